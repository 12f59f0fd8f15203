import { createHash } from 'node:crypto';
import { canonicalJson } from '@app/domain';
import type { EntityManager } from 'typeorm';
import type { CommandEnvelope, CommandOutcome, CommandRejection, CommandStatus } from './command-envelope';

interface CommandRow {
  id: string;
  type: string;
  campaign_id: string;
  status: CommandStatus;
  result: unknown;
  error: CommandRejection | null;
  request_hash: string;
  created_at: Date;
  completed_at: Date | null;
  payload: unknown;
  actor: CommandEnvelope['actor'];
}

export const requestHash = (type: string, campaignId: string, payload: unknown): string =>
  createHash('sha256').update(canonicalJson({ type, campaignId, payload })).digest('hex');

export function toOutcome(row: CommandRow): CommandOutcome {
  return {
    commandId: row.id,
    type: row.type,
    campaignId: row.campaign_id,
    status: row.status,
    ...(row.status === 'succeeded' ? { result: row.result ?? undefined } : {}),
    ...(row.error ? { error: row.error } : {}),
    createdAt: row.created_at.toISOString(),
    ...(row.completed_at ? { completedAt: row.completed_at.toISOString() } : {}),
  };
}

export type RecordCommandResult =
  { kind: 'new'; outcome: CommandOutcome } | { kind: 'repeat'; outcome: CommandOutcome } | { kind: 'key-reused'; outcome: CommandOutcome };

/**
 * Records a command once per (actor, idempotency key). The unique constraint, not the queue, is what stops a
 * repeated request from being applied twice: a repeat finds the first row and gets its outcome.
 */
export async function recordCommand(
  m: EntityManager,
  envelope: CommandEnvelope,
  idempotencyKey: string,
  /** What identifies the request as the client sent it (server-made ids excluded); defaults to the payload. */
  fingerprint: string = requestHash(envelope.type, envelope.campaignId, envelope.payload),
): Promise<RecordCommandResult> {
  const hash = fingerprint;
  const inserted: CommandRow[] = await m.query(
    `INSERT INTO commands (id, actor_id, idempotency_key, request_hash, type, campaign_id, payload, actor)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
     ON CONFLICT (actor_id, idempotency_key) DO NOTHING
     RETURNING *`,
    [envelope.commandId, envelope.actor.id, idempotencyKey, hash, envelope.type, envelope.campaignId, envelope.payload, envelope.actor],
  );
  if (inserted.length === 1) return { kind: 'new', outcome: toOutcome(inserted[0]) };
  const [existing]: CommandRow[] = await m.query(`SELECT * FROM commands WHERE actor_id = $1 AND idempotency_key = $2`, [envelope.actor.id, idempotencyKey]);
  const same = existing.request_hash === hash;
  return { kind: same ? 'repeat' : 'key-reused', outcome: toOutcome(existing) };
}

export async function findCommand(m: EntityManager, commandId: string): Promise<(CommandOutcome & { actorId: string }) | undefined> {
  const rows: CommandRow[] = await m.query(`SELECT * FROM commands WHERE id = $1`, [commandId]);
  return rows[0] && { ...toOutcome(rows[0]), actorId: rows[0].actor.id };
}

export async function loadEnvelope(m: EntityManager, commandId: string): Promise<CommandEnvelope | undefined> {
  const rows: CommandRow[] = await m.query(`SELECT * FROM commands WHERE id = $1`, [commandId]);
  const row = rows[0];
  return row && { commandId: row.id, type: row.type, campaignId: row.campaign_id, payload: row.payload, actor: row.actor };
}

/** Commands accepted but not yet applied, oldest first: re-enqueued after a crash lost their job. */
export async function findStalePendingCommands(m: EntityManager, olderThanMs: number, limit = 500): Promise<CommandEnvelope[]> {
  const rows: CommandRow[] = await m.query(
    `SELECT * FROM commands WHERE status = 'pending' AND created_at < now() - ($1::int * interval '1 millisecond')
     ORDER BY created_at LIMIT $2`,
    [olderThanMs, limit],
  );
  return rows.map((row) => ({ commandId: row.id, type: row.type, campaignId: row.campaign_id, payload: row.payload, actor: row.actor }));
}
