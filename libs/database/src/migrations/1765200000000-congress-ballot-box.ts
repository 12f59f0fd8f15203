import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A congress round's ballot box: ballots cast wait here, with neither code nor time, until the round closes and
 * they enter the log shuffled in one event. The opened ballots keep their receipt so a delegate can find hers.
 */
export class CongressBallotBox1765200000000 implements MigrationInterface {
  name = 'CongressBallotBox1765200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE election_ballot_box (
        ballot_id uuid PRIMARY KEY,
        campaign_id uuid NOT NULL,
        round_id uuid NOT NULL,
        marks jsonb NOT NULL,
        write_ins jsonb NOT NULL,
        receipt char(64) NOT NULL
      )`);
    await q.query(`CREATE INDEX election_ballot_box_round ON election_ballot_box (round_id)`);
    await q.query(`ALTER TABLE election_ballots ADD COLUMN receipt char(64)`);
    await q.query(`CREATE INDEX election_ballots_receipt ON election_ballots (campaign_id, receipt)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX election_ballots_receipt`);
    await q.query(`ALTER TABLE election_ballots DROP COLUMN receipt`);
    await q.query(`DROP TABLE election_ballot_box`);
  }
}
