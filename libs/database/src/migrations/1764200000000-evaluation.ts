import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Read models of expert evaluation (DOMAIN.md stages 4 and 5): the panel, conflicts of interest, score sheets,
 * the project review score per candidacy and the panel grades. One row per (expert, candidacy) wherever the
 * rules say "one": the primary keys are the idempotency rules.
 */
export class Evaluation1764200000000 implements MigrationInterface {
  name = 'Evaluation1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE evaluation_experts (
        campaign_id uuid NOT NULL REFERENCES campaigns (id),
        expert_id text NOT NULL,
        name text NOT NULL,
        candidacy_ids jsonb,
        added_seq bigint NOT NULL,
        added_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        PRIMARY KEY (campaign_id, expert_id)
      )`);
    await q.query(`COMMENT ON COLUMN evaluation_experts.candidacy_ids IS 'NULL: assigned to every qualified candidacy; else a JSON array of candidacy ids'`);
    await q.query(`CREATE INDEX evaluation_experts_expert ON evaluation_experts (expert_id)`);

    await q.query(`
      CREATE TABLE evaluation_recusals (
        campaign_id uuid NOT NULL REFERENCES campaigns (id),
        expert_id text NOT NULL,
        candidacy_id uuid NOT NULL REFERENCES candidacies (id),
        reason text NOT NULL,
        declared_by text NOT NULL CHECK (declared_by IN ('expert', 'organiser')),
        declared_by_actor text NOT NULL,
        declared_at timestamptz NOT NULL,
        PRIMARY KEY (campaign_id, expert_id, candidacy_id)
      )`);

    await q.query(`
      CREATE TABLE score_sheets (
        campaign_id uuid NOT NULL REFERENCES campaigns (id),
        candidacy_id uuid NOT NULL REFERENCES candidacies (id),
        expert_id text NOT NULL,
        status text NOT NULL CHECK (status IN ('draft', 'submitted', 'unlocked')),
        scores jsonb NOT NULL,
        comment text NOT NULL,
        total numeric CHECK (total IS NULL OR total >= 0),
        submitted_at timestamptz,
        submit_count integer NOT NULL DEFAULT 0,
        unlock_count integer NOT NULL DEFAULT 0,
        last_unlock_reason text,
        updated_at timestamptz NOT NULL,
        PRIMARY KEY (campaign_id, candidacy_id, expert_id),
        CHECK ((status = 'submitted') = (total IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX score_sheets_expert ON score_sheets (campaign_id, expert_id)`);

    await q.query(`
      CREATE TABLE project_review_scores (
        candidacy_id uuid PRIMARY KEY REFERENCES candidacies (id),
        campaign_id uuid NOT NULL REFERENCES campaigns (id),
        score numeric(5, 2) CHECK (score IS NULL OR (score >= 0 AND score <= 100)),
        sheet_count integer NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX project_review_scores_campaign ON project_review_scores (campaign_id)`);

    await q.query(`
      CREATE TABLE panel_grades (
        campaign_id uuid NOT NULL REFERENCES campaigns (id),
        candidacy_id uuid NOT NULL REFERENCES candidacies (id),
        expert_id text NOT NULL,
        grade text NOT NULL CHECK (grade IN ('excellent', 'good', 'fair', 'poor')),
        opinion text NOT NULL,
        recorded_at timestamptz NOT NULL,
        PRIMARY KEY (campaign_id, candidacy_id, expert_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['panel_grades', 'project_review_scores', 'score_sheets', 'evaluation_recusals', 'evaluation_experts']) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
