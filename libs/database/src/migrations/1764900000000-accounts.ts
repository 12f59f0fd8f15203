import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Real accounts: people who sign in with a password, their server-side sessions (one row per refresh token, rows of
 * one sign-in sharing a family whose id is the access token's `sid`), and one-time tokens for e-mail confirmation
 * and password reset. Only hashes of tokens are stored, so a copy of the database signs nobody in.
 */
export class Accounts1764900000000 implements MigrationInterface {
  name = 'Accounts1764900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE people (
        id uuid PRIMARY KEY,
        name text NOT NULL,
        email text,
        phone text,
        password_hash text,
        roles text[] NOT NULL DEFAULT '{}',
        disabled_at timestamptz,
        email_confirmed_at timestamptz,
        totp_secret_encrypted text,
        totp_enabled_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX people_email_unique ON people (lower(email)) WHERE email IS NOT NULL`);
    await q.query(`CREATE UNIQUE INDEX people_phone_unique ON people (phone) WHERE phone IS NOT NULL`);
    await q.query(`
      CREATE TABLE sessions (
        id uuid PRIMARY KEY,
        family_id uuid NOT NULL,
        person_id text NOT NULL,
        refresh_token_hash text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_used_at timestamptz,
        rotated_at timestamptz,
        revoked_at timestamptz,
        expires_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX sessions_family ON sessions (family_id)`);
    await q.query(`CREATE INDEX sessions_person_live ON sessions (person_id) WHERE revoked_at IS NULL`);
    await q.query(`
      CREATE TABLE account_tokens (
        token_hash text PRIMARY KEY,
        person_id text NOT NULL,
        purpose text NOT NULL CHECK (purpose IN ('email-confirmation', 'password-reset')),
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE account_tokens`);
    await q.query(`DROP TABLE sessions`);
    await q.query(`DROP TABLE people`);
  }
}
