import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Commands, the hash-chained event store, the outbox, and the first read models (campaigns, candidacies). */
export class Foundation1764100000000 implements MigrationInterface {
  name = 'Foundation1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE commands (
        id uuid PRIMARY KEY,
        actor_id text NOT NULL,
        idempotency_key text NOT NULL,
        request_hash text NOT NULL,
        type text NOT NULL,
        campaign_id uuid NOT NULL,
        payload jsonb NOT NULL,
        actor jsonb NOT NULL,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'succeeded', 'rejected', 'failed')),
        result jsonb,
        error jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        completed_at timestamptz,
        CONSTRAINT commands_idempotency_key UNIQUE (actor_id, idempotency_key)
      )`);
    await q.query(`CREATE INDEX commands_pending ON commands (created_at) WHERE status = 'pending'`);

    await q.query(`
      CREATE TABLE events (
        seq bigserial PRIMARY KEY,
        id uuid NOT NULL UNIQUE,
        campaign_id uuid NOT NULL,
        version integer NOT NULL,
        type text NOT NULL,
        payload jsonb NOT NULL,
        actor_id text NOT NULL,
        command_id uuid REFERENCES commands (id),
        occurred_at timestamptz NOT NULL,
        prev_hash char(64) NOT NULL,
        hash char(64) NOT NULL,
        CONSTRAINT events_stream_version UNIQUE (campaign_id, version)
      )`);

    await q.query(`
      CREATE TABLE outbox (
        event_seq bigint PRIMARY KEY REFERENCES events (seq),
        published_at timestamptz
      )`);
    await q.query(`CREATE INDEX outbox_unpublished ON outbox (event_seq) WHERE published_at IS NULL`);

    await q.query(`
      CREATE TABLE campaigns (
        id uuid PRIMARY KEY,
        title text NOT NULL,
        organising_body text NOT NULL,
        stage text NOT NULL,
        config jsonb NOT NULL,
        created_by text NOT NULL,
        version integer NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);

    await q.query(`
      CREATE TABLE candidacies (
        id uuid PRIMARY KEY,
        campaign_id uuid NOT NULL REFERENCES campaigns (id),
        candidate_id text NOT NULL,
        name text NOT NULL,
        details jsonb NOT NULL,
        proposal jsonb NOT NULL,
        status text NOT NULL,
        qualification_reason text,
        submitted_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX candidacies_campaign ON candidacies (campaign_id, submitted_at)`);
    await q.query(`CREATE INDEX candidacies_candidate ON candidacies (candidate_id)`);

    await q.query(`
      CREATE TABLE audit_log (
        event_seq bigint PRIMARY KEY,
        campaign_id uuid NOT NULL,
        actor_id text NOT NULL,
        type text NOT NULL,
        occurred_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX audit_log_campaign ON audit_log (campaign_id, event_seq)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['audit_log', 'candidacies', 'campaigns', 'outbox', 'events', 'commands']) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
