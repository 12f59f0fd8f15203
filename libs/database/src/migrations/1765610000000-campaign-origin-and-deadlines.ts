import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Where a campaign's configuration came from (a template or a past campaign) and the deadlines extended while it
 * ran (issue 16), read beside the campaign. Campaigns recorded before have neither: origin NULL, no extensions.
 * A shortlisted candidate may now withdraw during inspection: her shortlist row reads 'withdrawn'.
 */
export class CampaignOriginAndDeadlines1765610000000 implements MigrationInterface {
  name = 'CampaignOriginAndDeadlines1765610000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE campaigns ADD COLUMN origin jsonb`);
    await q.query(`ALTER TABLE campaigns ADD COLUMN deadline_extensions jsonb NOT NULL DEFAULT '[]'::jsonb`);
    await q.query(`ALTER TABLE shortlist_members DROP CONSTRAINT shortlist_members_status_check`);
    await q.query(
      `ALTER TABLE shortlist_members ADD CONSTRAINT shortlist_members_status_check CHECK (status IN ('shortlisted', 'failed-inspection', 'finalist', 'withdrawn'))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE shortlist_members DROP CONSTRAINT shortlist_members_status_check`);
    await q.query(
      `ALTER TABLE shortlist_members ADD CONSTRAINT shortlist_members_status_check CHECK (status IN ('shortlisted', 'failed-inspection', 'finalist'))`,
    );
    await q.query(`ALTER TABLE campaigns DROP COLUMN deadline_extensions`);
    await q.query(`ALTER TABLE campaigns DROP COLUMN origin`);
  }
}
