import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The organiser's list of refused attempts reads commands by campaign: only the refused ones are indexed. */
export class AuditTrail1764700000000 implements MigrationInterface {
  name = 'AuditTrail1764700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX commands_refused ON commands (campaign_id, created_at) WHERE status IN ('rejected', 'failed')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS commands_refused`);
  }
}
