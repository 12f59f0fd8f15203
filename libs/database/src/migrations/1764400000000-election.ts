import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Read models of the congress election (DOMAIN.md stage 9): the delegate roster, the rounds with their minutes,
 * the one-time credentials (hashes only) and the secret ballots (no delegate, no credential, no time), the filled
 * positions and the completed election. Keys are the idempotency rules: a delegate once per campaign, a round
 * number once per campaign, a credential hash once per campaign, a position filled once, an election completed once.
 */
export class Election1764400000000 implements MigrationInterface {
  name = 'Election1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE election_delegates (
        campaign_id uuid NOT NULL REFERENCES campaigns (id),
        delegate_id text NOT NULL,
        name text NOT NULL,
        ordinal integer NOT NULL CHECK (ordinal >= 1),
        checked_in_at timestamptz,
        PRIMARY KEY (campaign_id, delegate_id),
        CONSTRAINT election_delegates_ordinal UNIQUE (campaign_id, ordinal)
      )`);

    await q.query(`
      CREATE TABLE election_rounds (
        round_id uuid PRIMARY KEY,
        campaign_id uuid NOT NULL REFERENCES campaigns (id),
        position_key text NOT NULL,
        number integer NOT NULL CHECK (number >= 1),
        position_round integer NOT NULL CHECK (position_round >= 1),
        kind text NOT NULL CHECK (kind IN ('first', 'run-off', 'further')),
        repeat_of uuid REFERENCES election_rounds (round_id),
        method text NOT NULL CHECK (method IN ('electronic', 'paper')),
        status text NOT NULL CHECK (status IN ('open', 'closed')),
        seats integer NOT NULL CHECK (seats >= 1),
        candidate_ids jsonb NOT NULL,
        write_in_eligible_ids jsonb,
        competitive_exception jsonb,
        registered_delegates integer NOT NULL CHECK (registered_delegates >= 1),
        present_delegates integer NOT NULL CHECK (present_delegates >= 0 AND present_delegates <= registered_delegates),
        present_delegate_ids jsonb NOT NULL,
        quorum jsonb NOT NULL,
        majority_base text NOT NULL CHECK (majority_base IN ('present', 'registered')),
        credentials_issued integer NOT NULL DEFAULT 0 CHECK (credentials_issued >= 0 AND credentials_issued <= present_delegates),
        ballots_cast integer NOT NULL DEFAULT 0 CHECK (ballots_cast >= 0 AND ballots_cast <= credentials_issued),
        paper_count jsonb,
        outcome jsonb,
        opened_at timestamptz NOT NULL,
        closed_at timestamptz,
        CONSTRAINT election_rounds_number UNIQUE (campaign_id, number),
        CONSTRAINT election_rounds_position_round UNIQUE (campaign_id, position_key, position_round),
        CHECK ((status = 'closed') = (outcome IS NOT NULL))
      )`);
    await q.query(`CREATE UNIQUE INDEX election_rounds_one_open ON election_rounds (campaign_id) WHERE status = 'open'`);

    await q.query(`
      CREATE TABLE election_credentials (
        campaign_id uuid NOT NULL REFERENCES campaigns (id),
        code_hash char(64) NOT NULL,
        round_id uuid NOT NULL REFERENCES election_rounds (round_id),
        used boolean NOT NULL DEFAULT false,
        PRIMARY KEY (campaign_id, code_hash)
      )`);
    await q.query(`CREATE INDEX election_credentials_round ON election_credentials (round_id)`);

    await q.query(`
      CREATE TABLE election_ballots (
        ballot_id uuid PRIMARY KEY,
        campaign_id uuid NOT NULL REFERENCES campaigns (id),
        round_id uuid NOT NULL REFERENCES election_rounds (round_id),
        marks jsonb NOT NULL,
        write_ins jsonb NOT NULL
      )`);
    await q.query(`CREATE INDEX election_ballots_round ON election_ballots (round_id)`);
    await q.query(`COMMENT ON TABLE election_ballots IS 'Secret ballots: never add a delegate, credential or time column'`);

    await q.query(`
      CREATE TABLE election_positions (
        campaign_id uuid NOT NULL REFERENCES campaigns (id),
        position_key text NOT NULL,
        candidacy_ids jsonb NOT NULL,
        filled_at timestamptz NOT NULL,
        PRIMARY KEY (campaign_id, position_key)
      )`);

    await q.query(`
      CREATE TABLE election_completions (
        campaign_id uuid PRIMARY KEY REFERENCES campaigns (id),
        elected jsonb NOT NULL,
        completed_at timestamptz NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['election_completions', 'election_positions', 'election_ballots', 'election_credentials', 'election_rounds', 'election_delegates']) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
