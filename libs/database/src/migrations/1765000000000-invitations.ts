import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Invitations by e-mail: an organiser invites a fellow organiser to an organisation, or an expert, inspector or
 * counting officer to a campaign. Only the hash of the link's token is stored. At most one pending invitation per
 * place, address and role: inviting again withdraws the earlier one in the same transaction.
 */
export class Invitations1765000000000 implements MigrationInterface {
  name = 'Invitations1765000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE invitations (
        id uuid PRIMARY KEY,
        token_hash text NOT NULL UNIQUE,
        email text NOT NULL,
        name text NOT NULL,
        role text NOT NULL CHECK (role IN ('organiser', 'expert', 'inspector', 'counting-officer')),
        organisation_id uuid,
        campaign_id uuid,
        invited_by text NOT NULL,
        invited_by_name text,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        accepted_at timestamptz,
        accepted_by text,
        withdrawn_at timestamptz,
        CONSTRAINT invitations_one_place CHECK ((organisation_id IS NULL) <> (campaign_id IS NULL)),
        CONSTRAINT invitations_organisation_role CHECK ((organisation_id IS NULL) <> (role = 'organiser'))
      )`);
    await q.query(`CREATE UNIQUE INDEX invitations_one_pending ON invitations (coalesce(organisation_id, campaign_id), lower(email), role)
      WHERE accepted_at IS NULL AND withdrawn_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE invitations`);
  }
}
