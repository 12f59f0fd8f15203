import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { AppConfig } from '@app/config';
import { CommandTransaction, toStoredEvent } from '@app/database';
import { enqueueBestEffort, type EventJobData, EventJobName, QueueName } from '@app/queue';
import { jobState } from './job-state';
import type { SqlRow } from '@app/database';

const BATCH = 500;
const POLL_MS = 500;

/**
 * Moves committed events from the outbox to the events queue. Rows are locked with SKIP LOCKED, so any number
 * of workers may relay at once; a crash between enqueue and commit re-sends, and the job id (the event's
 * sequence) plus idempotent consumers make that harmless. The events consumer marks a row processed; a row
 * relayed but still unprocessed after SWEEP_STALE_AFTER_MS whose job Redis no longer has (Redis restarted
 * empty) is relayed again.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private timer?: NodeJS.Timeout;
  private running = false;
  private again = false;
  private stopped = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue(QueueName.Events) private readonly events: Queue<EventJobData>,
    private readonly commands: CommandTransaction,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.commands.committed.on('committed', () => void this.relay());
    this.timer = setInterval(() => void this.relay(), POLL_MS);
    void this.relay();
  }

  onApplicationShutdown(): void {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
  }

  /** Relays until the outbox is empty; concurrent calls fold into one extra pass. */
  async relay(): Promise<void> {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = true;
    try {
      do {
        this.again = false;
        while (!this.stopped && (await this.relayBatch()) === BATCH);
      } while (this.again && !this.stopped);
    } catch (err) {
      this.logger.warn(`Outbox relay paused: ${(err as Error).message}`);
    } finally {
      this.running = false;
    }
  }

  private async relayBatch(): Promise<number> {
    return this.dataSource.transaction(async (m) => {
      const rows: SqlRow[] = await m.query(
        `SELECT e.*, o.relay_count FROM outbox o JOIN events e ON e.seq = o.event_seq
         WHERE o.processed_at IS NULL AND (o.published_at IS NULL OR o.published_at < now() - ($2::int * interval '1 millisecond'))
         ORDER BY o.event_seq LIMIT $1 FOR UPDATE OF o SKIP LOCKED`,
        [BATCH, this.config.SWEEP_STALE_AFTER_MS],
      );
      if (rows.length === 0) return 0;
      const jobs: { name: EventJobName; data: EventJobData; opts: { jobId: string } }[] = [];
      for (const row of rows) {
        const e = toStoredEvent(row);
        // Relayed before: still waiting in a long queue is fine; lost with Redis, or failed for good, it goes again.
        if (row.relay_count > 0 && (await jobState(this.events, relayJobId(e.seq, row.relay_count - 1))) === 'in-flight') continue;
        jobs.push({
          name: EventJobName.DomainEventPublished,
          data: {
            seq: e.seq,
            id: e.id,
            campaignId: e.campaignId,
            version: e.version,
            type: e.type,
            payload: e.payload,
            actorId: e.actorId,
            occurredAt: e.occurredAt.toISOString(),
          },
          opts: { jobId: relayJobId(e.seq, row.relay_count) },
        });
      }
      // Redis away: roll back (nothing marked) and try again on the next poll rather than hold the rows.
      if (
        jobs.length &&
        !(await enqueueBestEffort(
          () => this.events.addBulk(jobs),
          (reason) => this.logger.warn(`Outbox relay waits for Redis: ${reason}`),
        ))
      ) {
        throw new Error('Redis did not take the events');
      }
      await m.query(
        `UPDATE outbox SET published_at = now(), relay_count = relay_count + CASE WHEN event_seq = ANY($2::bigint[]) THEN 1 ELSE 0 END
         WHERE event_seq = ANY($1::bigint[])`,
        [rows.map((r) => r.seq), jobs.map((j) => j.data.seq)],
      );
      if (rows.some((r) => r.relay_count > 0) && jobs.length) this.logger.warn(`Relayed ${jobs.length} event(s) again whose jobs were lost`);
      return rows.length;
    });
  }
}

/** The first relay keeps the plain id (a repeat while queued is a no-op); a relay after a loss needs a fresh one. */
const relayJobId = (seq: string, relayCount: number): string => (relayCount === 0 ? `event-${seq}` : `event-${seq}-r${relayCount}`);
