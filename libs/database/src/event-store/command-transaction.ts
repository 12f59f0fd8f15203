import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DomainError, type DomainEvent, eventHash, GENESIS_HASH } from '@app/domain';
import { DataSource, type EntityManager } from 'typeorm';
import type { CommandEnvelope, CommandOutcome, CommandRejection } from '../commands/command-envelope';
import { findCommand } from '../commands/command-store';
import { openStoredEvents, sealForAppend } from '../personal-data/personal-data-vault';
import { ProjectionRegistry } from './projector';
import type { StoredEvent } from './stored-event';
import { StreamCache, toDomainEvent } from './stream-cache';
import type { SqlRow } from '../sql-row';

/** What a handler's decision returns: the new events and what the client should learn. */
export interface Decision<R = unknown> {
  readonly events: readonly DomainEvent[];
  readonly result?: R;
}

export interface DecisionContext {
  readonly now: Date;
  readonly envelope: CommandEnvelope;
  /** Hash of the stream's last event before this decision: results carry it to pin what they were computed from. */
  readonly lastEventHash: string;
  /**
   * The command's transaction, for the few decisions that keep state outside the log on purpose (a congress
   * round's ballot box, which must not enter the history until the round closes). Anything else stays in events.
   */
  readonly manager: EntityManager;
}

export type Decide<R = unknown> = (history: readonly DomainEvent[], context: DecisionContext) => Decision<R> | Promise<Decision<R>>;

/**
 * Applies one command exactly once, in one PostgreSQL transaction: lock the command row, serialise on the
 * campaign's stream, replay its history, let the domain decide, append the hash-chained events, update the
 * read models, write the outbox and record the outcome. A domain rejection is recorded too, and changes nothing else.
 */
@Injectable()
export class CommandTransaction {
  private readonly logger = new Logger(CommandTransaction.name);
  /** Emits 'committed' after a transaction that wrote outbox rows, so that the relay need not wait for its next poll. */
  readonly committed = new EventEmitter();
  /** The streams this process has replayed, with their folds' snapshots: see `history`. */
  private readonly streams = new StreamCache(toStoredEvent);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly projections: ProjectionRegistry,
  ) {}

  async execute<R>(envelope: CommandEnvelope, decide: Decide<R>): Promise<CommandOutcome> {
    let rejection: CommandRejection | undefined;
    let appended = 0;
    await this.dataSource.transaction('READ COMMITTED', async (m) => {
      const [command] = await m.query(`SELECT status FROM commands WHERE id = $1 FOR UPDATE`, [envelope.commandId]);
      if (!command) throw new Error(`Command ${envelope.commandId} is not recorded`);
      if (command.status !== 'pending') return; // applied or rejected before: a redelivered job changes nothing

      await m.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [envelope.campaignId]);
      const { events: history, history: domainHistory } = await this.streams.read(m, envelope.campaignId);
      const now = new Date();
      let decision: Decision<R>;
      try {
        decision = await decide(domainHistory, { now, envelope, lastEventHash: history[history.length - 1]?.hash ?? GENESIS_HASH, manager: m });
      } catch (err) {
        // The decision is pure, so anything but a DomainError is a defect that a retry would only repeat:
        // record it as failed (nothing applied) instead of retrying a poison command forever.
        const failed = !(err instanceof DomainError);
        if (failed) this.logger.error(`${envelope.type} ${envelope.commandId} failed: ${(err as Error).stack ?? err}`);
        rejection = failed
          ? {
              code: 'internal-error',
              message: `An internal error stopped this command; nothing was applied. Reference: ${envelope.commandId}`,
              kind: 'internal',
            }
          : { code: err.code, message: err.message, kind: err.kind, ...(err.field ? { field: err.field } : {}), ...(err.params ? { params: err.params } : {}) };
        await m.query(`UPDATE commands SET status = $3, error = $2, completed_at = now() WHERE id = $1`, [
          envelope.commandId,
          rejection,
          failed ? 'failed' : 'rejected',
        ]);
        return;
      }

      const last = history[history.length - 1];
      const sealed = await sealForAppend(m, envelope.campaignId, decision.events);
      let prevHash = last?.hash ?? GENESIS_HASH;
      let version = last?.version ?? 0;
      for (const [i, event] of decision.events.entries()) {
        version += 1;
        const occurredAt = now.toISOString();
        // Stored and hashed sealed; the read models are projected from the event in clear.
        const sealedPayload = sealed[i].payload;
        const hash = eventHash({
          campaignId: envelope.campaignId,
          version,
          type: event.type,
          payload: sealedPayload,
          actorId: envelope.actor.id,
          occurredAt,
          prevHash,
        });
        const id = randomUUID();
        const [{ seq }] = await m.query(
          `INSERT INTO events (id, campaign_id, version, type, payload, actor_id, command_id, occurred_at, prev_hash, hash)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING seq`,
          [id, envelope.campaignId, version, event.type, JSON.stringify(sealedPayload), envelope.actor.id, envelope.commandId, occurredAt, prevHash, hash],
        );
        const stored: StoredEvent = {
          seq: String(seq),
          id,
          campaignId: envelope.campaignId,
          version,
          type: event.type,
          payload: event.payload,
          actorId: envelope.actor.id,
          commandId: envelope.commandId,
          occurredAt: now,
          prevHash,
          hash,
        };
        await this.projections.project(m, stored);
        await m.query(`INSERT INTO outbox (event_seq) VALUES ($1)`, [seq]);
        prevHash = hash;
        appended += 1;
      }
      await m.query(`UPDATE commands SET status = 'succeeded', result = $2, completed_at = now() WHERE id = $1`, [
        envelope.commandId,
        JSON.stringify(decision.result ?? null),
      ]);
    });
    if (appended > 0) this.committed.emit('committed');
    if (rejection) this.logger.log(`${envelope.type} ${envelope.commandId} rejected: ${rejection.code}`);
    const outcome = await findCommand(this.dataSource.manager, envelope.commandId);
    if (!outcome) throw new Error(`Command ${envelope.commandId} vanished`);
    return outcome;
  }

  /**
   * A campaign's history as the domain reads it, for queries and projectors: read incrementally from this
   * process's cache of streams, and carrying the folds' snapshots, so that `foldX(history)` costs the events
   * appended since the last fold instead of the whole stream. Inside a command's transaction it includes the
   * events appended so far (a rollback is noticed at the next load).
   */
  async history(m: EntityManager, campaignId: string): Promise<readonly DomainEvent[]> {
    return (await this.streams.read(m, campaignId)).history;
  }
}

/** A campaign's whole stream in order, personal data opened: what every decision, and every recomputation from events, starts from. */
export async function loadHistory(m: EntityManager, campaignId: string): Promise<StoredEvent[]> {
  return openStoredEvents(m, campaignId, await loadStoredHistory(m, campaignId));
}

/** A campaign's whole stream exactly as stored and hashed: personal data sealed (what the export carries). */
export async function loadStoredHistory(m: EntityManager, campaignId: string): Promise<StoredEvent[]> {
  const rows = await m.query(
    `SELECT seq, id, campaign_id, version, type, payload, actor_id, command_id, occurred_at, prev_hash, hash
     FROM events WHERE campaign_id = $1 ORDER BY version`,
    [campaignId],
  );
  return rows.map(toStoredEvent);
}

/** The stored events as the domain reads them today (older recorded shapes brought up to date, never rewritten). */
export const asDomainEvents = (events: readonly StoredEvent[]): DomainEvent[] => events.map(toDomainEvent);

export function toStoredEvent(row: SqlRow): StoredEvent {
  return {
    seq: String(row.seq),
    id: row.id,
    campaignId: row.campaign_id,
    version: row.version,
    type: row.type,
    payload: row.payload,
    actorId: row.actor_id,
    commandId: row.command_id,
    occurredAt: row.occurred_at,
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}
