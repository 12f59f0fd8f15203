import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Where a campaign's configuration came from (a template or a past campaign) and the deadlines extended while it
 * ran (issue 16), read beside the campaign. Campaigns recorded before have neither: origin NULL, no extensions.
 */
export class CampaignOriginAndDeadlines1765610000000 implements MigrationInterface {
  name = 'CampaignOriginAndDeadlines1765610000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE campaigns ADD COLUMN origin jsonb`);
    await q.query(`ALTER TABLE campaigns ADD COLUMN deadline_extensions jsonb NOT NULL DEFAULT '[]'::jsonb`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE campaigns DROP COLUMN deadline_extensions`);
    await q.query(`ALTER TABLE campaigns DROP COLUMN origin`);
  }
}
