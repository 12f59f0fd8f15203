import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * How each candidacy came about (issue 16): self-application, an organisation's recommendation, a joint nomination
 * or a child campaign's finalist. NULL for candidacies recorded before nominations: self-applications. Joint
 * nominators' names are personal data: scrubbed with the rest at erasure (read-model-scrub.ts).
 */
export class CandidacyNominations1765620000000 implements MigrationInterface {
  name = 'CandidacyNominations1765620000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE candidacies ADD COLUMN nomination jsonb`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE candidacies DROP COLUMN nomination`);
  }
}
