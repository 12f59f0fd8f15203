import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who a person is at a federation's identity provider: (issuer, subject) names her there for good, whatever her
 * e-mail becomes. Her roles stay in `people`; the provider never gives any.
 */
export class PersonIdentities1765100000000 implements MigrationInterface {
  name = 'PersonIdentities1765100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE person_identities (
        issuer text NOT NULL,
        subject text NOT NULL,
        person_id text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (issuer, subject)
      )`);
    await q.query(`CREATE INDEX person_identities_person ON person_identities (person_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE person_identities`);
  }
}
