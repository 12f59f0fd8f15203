import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A discarded draft keeps its read-model row (its audit trail is read through it) but leaves every list. */
export class DiscardedDrafts1764810000000 implements MigrationInterface {
  name = 'DiscardedDrafts1764810000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE campaigns ADD COLUMN discarded_at timestamptz`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE campaigns DROP COLUMN IF EXISTS discarded_at`);
  }
}
