import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The grassroots jury: the juror roster (read model of the roster events, plus when each one-time credential was
 * used), the ballot paper fixed when the jury stage starts, and the ballot tables the worker fills in batches.
 * Idempotency lives in unique constraints: a batch is applied once (jury_batches), a ballot id is logged once
 * (jury_submissions), a juror has one counted ballot (jury_ballots, the latest by acceptance sequence).
 */
export class Jury1764300000000 implements MigrationInterface {
  name = 'Jury1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE jury_jurors (
        juror_id uuid PRIMARY KEY,
        campaign_id uuid NOT NULL REFERENCES campaigns (id),
        name text NOT NULL,
        reference text,
        user_id text,
        code_hash text NOT NULL,
        line integer,
        registered_at timestamptz NOT NULL,
        used_at timestamptz,
        revoked_at timestamptz,
        revoke_reason text,
        CONSTRAINT jury_jurors_code_hash UNIQUE (code_hash)
      )`);
    await q.query(`CREATE UNIQUE INDEX jury_jurors_reference ON jury_jurors (campaign_id, lower(reference)) WHERE reference IS NOT NULL`);
    await q.query(`CREATE UNIQUE INDEX jury_jurors_user ON jury_jurors (campaign_id, user_id) WHERE user_id IS NOT NULL`);
    await q.query(`CREATE INDEX jury_jurors_campaign ON jury_jurors (campaign_id, registered_at, juror_id)`);

    await q.query(`
      CREATE TABLE jury_ballot_papers (
        campaign_id uuid PRIMARY KEY REFERENCES campaigns (id),
        mode text NOT NULL CHECK (mode IN ('score', 'approval')),
        approval_limit integer,
        candidate_ids uuid[] NOT NULL,
        fixed_at timestamptz NOT NULL
      )`);

    // One number per flush of the api's ballot batcher; a ballot's acceptance sequence is flush × 1e6 + position.
    await q.query(`CREATE SEQUENCE jury_flush_seq`);

    await q.query(`
      CREATE TABLE jury_batches (
        batch_id uuid PRIMARY KEY,
        campaign_id uuid NOT NULL,
        size integer NOT NULL,
        processed_at timestamptz NOT NULL DEFAULT now()
      )`);

    await q.query(`
      CREATE TABLE jury_submissions (
        ballot_id uuid PRIMARY KEY,
        campaign_id uuid NOT NULL,
        juror_id uuid NOT NULL,
        seq bigint NOT NULL,
        marks smallint[] NOT NULL,
        receipt text COLLATE "C" NOT NULL,
        accepted_at timestamptz NOT NULL,
        batch_id uuid NOT NULL,
        logged_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX jury_submissions_receipt ON jury_submissions (campaign_id, receipt)`);

    await q.query(`
      CREATE TABLE jury_ballots (
        campaign_id uuid NOT NULL,
        juror_id uuid NOT NULL,
        ballot_id uuid NOT NULL,
        seq bigint NOT NULL,
        marks smallint[] NOT NULL,
        receipt text COLLATE "C" NOT NULL,
        accepted_at timestamptz NOT NULL,
        counted_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (campaign_id, juror_id),
        CONSTRAINT jury_ballots_ballot_id UNIQUE (ballot_id)
      )`);
    await q.query(`CREATE INDEX jury_ballots_receipt ON jury_ballots (campaign_id, receipt)`);

    // Progress counters, spread over 16 rows per campaign so that concurrent api flushes and worker batches do
    // not queue on one row lock; progress is the sum of a campaign's rows.
    await q.query(`
      CREATE TABLE jury_counters (
        campaign_id uuid NOT NULL,
        shard smallint NOT NULL CHECK (shard BETWEEN 0 AND 15),
        received bigint NOT NULL DEFAULT 0,
        processed bigint NOT NULL DEFAULT 0,
        counted bigint NOT NULL DEFAULT 0,
        PRIMARY KEY (campaign_id, shard)
      )`);

    await q.query(`
      CREATE TABLE jury_paper_counts (
        campaign_id uuid PRIMARY KEY REFERENCES campaigns (id),
        count jsonb NOT NULL,
        recorded_by text NOT NULL,
        recorded_at timestamptz NOT NULL
      )`);

    await q.query(`
      CREATE TABLE jury_results (
        campaign_id uuid PRIMARY KEY REFERENCES campaigns (id),
        result jsonb NOT NULL,
        event_seq bigint NOT NULL,
        recorded_at timestamptz NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'jury_results',
      'jury_paper_counts',
      'jury_counters',
      'jury_ballots',
      'jury_submissions',
      'jury_batches',
      'jury_ballot_papers',
      'jury_jurors',
    ]) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
    await q.query(`DROP SEQUENCE IF EXISTS jury_flush_seq`);
  }
}
