import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Crypto-shredding: each person's data key, kept outside the hash-chained history (the events hold only
 * ciphertext and the key id). Shredding deletes the key material and records when and why; the row stays, so a
 * shredded person is told apart from one who never had a key. A person's erasure request records when it was done.
 */
export class PersonalDataKeys1765500000000 implements MigrationInterface {
  name = 'PersonalDataKeys1765500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE personal_data_keys (
        person_key text PRIMARY KEY,
        campaign_id uuid NOT NULL,
        key bytea,
        created_at timestamptz NOT NULL DEFAULT now(),
        shredded_at timestamptz,
        shred_reason text,
        CONSTRAINT personal_data_keys_held_or_shredded CHECK ((key IS NULL) = (shredded_at IS NOT NULL)),
        CONSTRAINT personal_data_keys_length CHECK (key IS NULL OR octet_length(key) = 32)
      )`);
    await q.query(`CREATE INDEX personal_data_keys_campaign ON personal_data_keys (campaign_id)`);
    await q.query(`ALTER TABLE erasure_requests ADD COLUMN erased_at timestamptz`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE erasure_requests DROP COLUMN erased_at`);
    await q.query(`DROP TABLE personal_data_keys`);
  }
}
