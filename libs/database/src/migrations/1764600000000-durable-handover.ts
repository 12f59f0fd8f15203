import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * PostgreSQL, not Redis, holds everything accepted until it is applied: Redis may restart empty and nothing is lost.
 * - jury_intake: each accepted ballot batch, committed before any of its ballots is answered 202 and deleted in
 *   the same statement that applies it; a worker sweeper re-queues the rows whose job Redis no longer has.
 * - outbox.processed_at: set by the events consumer, so an event whose job vanished after relaying is relayed again.
 */
export class DurableHandover1764600000000 implements MigrationInterface {
  name = 'DurableHandover1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE jury_intake (
        batch_id uuid PRIMARY KEY,
        campaign_id uuid NOT NULL,
        ballots jsonb NOT NULL,
        queued_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX jury_intake_queued_at ON jury_intake (queued_at)`);
    await q.query(`ALTER TABLE outbox ADD COLUMN processed_at timestamptz, ADD COLUMN relay_count integer NOT NULL DEFAULT 0`);
    // Rows relayed before this migration were consumed by then (or are recoverable only by hand): mark them done.
    await q.query(`UPDATE outbox SET processed_at = published_at WHERE published_at IS NOT NULL`);
    await q.query(`CREATE INDEX outbox_unprocessed ON outbox (event_seq) WHERE processed_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS outbox_unprocessed`);
    await q.query(`ALTER TABLE outbox DROP COLUMN IF EXISTS processed_at, DROP COLUMN IF EXISTS relay_count`);
    await q.query(`DROP TABLE IF EXISTS jury_intake`);
  }
}
