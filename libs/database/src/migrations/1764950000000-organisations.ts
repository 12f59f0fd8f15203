import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The development root organisation: campaigns made before organisations existed belong to it. */
const DEVELOPMENT_ROOT = { id: '00000000-0000-4000-8000-00000000d001', name: '开发用根组织 (development root)', level: 'province' };

/**
 * Organisations (a tree: province → city → district → street / community), their organisers, the organisation each
 * campaign belongs to, and the per-campaign grants (inspector, counting officer) read model. Person ids are text:
 * they are token subjects, kept by the accounts part (no foreign key across the two).
 */
export class Organisations1764950000000 implements MigrationInterface {
  name = 'Organisations1764950000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE organisations (
        id uuid PRIMARY KEY,
        parent_id uuid REFERENCES organisations (id),
        name text NOT NULL,
        level text NOT NULL CHECK (level IN ('province', 'city', 'district', 'street', 'community')),
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX organisations_parent ON organisations (parent_id)`);
    await q.query(`
      CREATE TABLE organisation_members (
        organisation_id uuid NOT NULL REFERENCES organisations (id),
        person_id text NOT NULL,
        name text NOT NULL,
        role text NOT NULL DEFAULT 'organiser' CHECK (role IN ('organiser')),
        includes_descendants boolean NOT NULL DEFAULT false,
        added_by text NOT NULL,
        added_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (organisation_id, person_id, role)
      )`);
    await q.query(`CREATE INDEX organisation_members_person ON organisation_members (person_id)`);
    // Organisation changes are not campaign history; their idempotency keys live here (one answer per actor + key).
    await q.query(`
      CREATE TABLE organisation_requests (
        actor_id text NOT NULL,
        idempotency_key text NOT NULL,
        fingerprint text NOT NULL,
        response jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (actor_id, idempotency_key)
      )`);
    await q.query(`ALTER TABLE campaigns ADD COLUMN organisation_id uuid REFERENCES organisations (id)`);
    await q.query(`CREATE INDEX campaigns_organisation ON campaigns (organisation_id)`);
    const [{ count }] = await q.query(`SELECT count(*)::int AS count FROM campaigns`);
    if (count > 0) {
      await q.query(`INSERT INTO organisations (id, parent_id, name, level, created_by) VALUES ($1, NULL, $2, $3, 'migration') ON CONFLICT DO NOTHING`, [
        DEVELOPMENT_ROOT.id,
        DEVELOPMENT_ROOT.name,
        DEVELOPMENT_ROOT.level,
      ]);
      await q.query(`UPDATE campaigns SET organisation_id = $1 WHERE organisation_id IS NULL`, [DEVELOPMENT_ROOT.id]);
    }
    await q.query(`
      CREATE TABLE campaign_grants (
        campaign_id uuid NOT NULL REFERENCES campaigns (id),
        person_id text NOT NULL,
        role text NOT NULL,
        name text NOT NULL,
        granted_at timestamptz NOT NULL,
        PRIMARY KEY (campaign_id, person_id, role)
      )`);
    await q.query(`CREATE INDEX campaign_grants_person ON campaign_grants (person_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE campaign_grants`);
    await q.query(`ALTER TABLE campaigns DROP COLUMN organisation_id`);
    await q.query(`DROP TABLE organisation_requests`);
    await q.query(`DROP TABLE organisation_members`);
    await q.query(`DROP TABLE organisations`);
  }
}
