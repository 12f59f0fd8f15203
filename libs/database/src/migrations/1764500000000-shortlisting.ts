import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Read models of the ranking (live until frozen), the shortlist and inspection. */
export class Shortlisting1764500000000 implements MigrationInterface {
  name = 'Shortlisting1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE ranking_lines (
        campaign_id uuid NOT NULL REFERENCES campaigns (id),
        candidacy_id uuid NOT NULL REFERENCES candidacies (id),
        project_review numeric(7, 2) NOT NULL,
        panel_points numeric(7, 2) NOT NULL,
        panel_grade text,
        jury numeric(7, 2) NOT NULL,
        composite numeric(9, 4) NOT NULL,
        rank integer NOT NULL,
        decided_by text,
        missing_parts jsonb NOT NULL,
        frozen boolean NOT NULL DEFAULT false,
        PRIMARY KEY (campaign_id, candidacy_id)
      )`);
    await q.query(`
      CREATE TABLE shortlists (
        campaign_id uuid PRIMARY KEY REFERENCES campaigns (id),
        size integer NOT NULL,
        weights jsonb NOT NULL,
        swaps jsonb NOT NULL,
        unmet_quotas jsonb NOT NULL,
        closed boolean NOT NULL DEFAULT false
      )`);
    await q.query(`
      CREATE TABLE shortlist_members (
        campaign_id uuid NOT NULL REFERENCES campaigns (id),
        candidacy_id uuid NOT NULL REFERENCES candidacies (id),
        rank integer NOT NULL,
        via text NOT NULL,
        status text NOT NULL CHECK (status IN ('shortlisted', 'failed-inspection', 'finalist')),
        inspection_result text,
        findings text,
        inspector_id text,
        PRIMARY KEY (campaign_id, candidacy_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS shortlist_members`);
    await q.query(`DROP TABLE IF EXISTS shortlists`);
    await q.query(`DROP TABLE IF EXISTS ranking_lines`);
  }
}
