import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Personal data (PIPL): the candidate's consents in the candidacy read model (null: recorded before consent was
 * asked for), and each person's request for erasure, kept until the data can be shredded after every campaign's
 * retention period.
 */
export class PersonalData1765400000000 implements MigrationInterface {
  name = 'PersonalData1765400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE candidacies ADD COLUMN consent jsonb`);
    await q.query(`
      CREATE TABLE erasure_requests (
        person_id text PRIMARY KEY,
        requested_at timestamptz NOT NULL,
        erasable_from timestamptz
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE erasure_requests`);
    await q.query(`ALTER TABLE candidacies DROP COLUMN consent`);
  }
}
