import type { MigrationInterface, QueryRunner } from 'typeorm';
import { validateConfig } from '@app/config';
import { voterPseudonym, voterPseudonymKey } from '@app/domain';

/**
 * Jury ballots under a voter pseudonym (HMAC of campaign and juror under a key derived from JURY_SECRET, which the
 * database never holds): jury_ballots and jury_submissions are keyed by `voter`, not by juror, so no row ties a
 * juror to her marks; the roster keeps that she voted as a flag (`voted`), not a time. jury_voters is the set of pseudonyms entitled to a counted ballot (code opened, not revoked):
 * the worker joins ballots to it, as it joined them to the roster before; it holds no juror id.
 *
 * SQL cannot compute a pseudonym, but the processes that run migrations (api, worker, `npm run migrate`) hold
 * JURY_SECRET: rows written before — ballots, the submission log, batches still in jury_intake — are rewritten here
 * from juror id to pseudonym in the migration's own transaction, and the codes already opened (and not revoked) join
 * jury_voters. Without JURY_SECRET a production database with jury rows refuses to migrate rather than guess.
 */
export class JuryPseudonyms1765300000000 implements MigrationInterface {
  name = 'JuryPseudonyms1765300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE jury_ballots RENAME COLUMN juror_id TO voter`);
    await q.query(`ALTER TABLE jury_submissions RENAME COLUMN juror_id TO voter`);
    await q.query(`COMMENT ON COLUMN jury_ballots.voter IS 'voter pseudonym: HMAC of campaign and juror under a key the database does not hold'`);
    await q.query(`COMMENT ON COLUMN jury_submissions.voter IS 'voter pseudonym: HMAC of campaign and juror under a key the database does not hold'`);
    await q.query(`
      CREATE TABLE jury_voters (
        campaign_id uuid NOT NULL,
        voter uuid NOT NULL,
        PRIMARY KEY (campaign_id, voter)
      )`);
    await q.query(`COMMENT ON TABLE jury_voters IS 'pseudonyms of the jurors whose code is opened and not revoked: who may have a counted ballot'`);
    // That she voted, not when: a time next to her name could be lined up with the ballots' acceptance times.
    await q.query(`ALTER TABLE jury_jurors ADD COLUMN voted boolean NOT NULL DEFAULT false`);
    await q.query(`UPDATE jury_jurors SET voted = true WHERE voted_at IS NOT NULL`);
    await q.query(`ALTER TABLE jury_jurors DROP COLUMN voted_at`);
    await this.pseudonymiseExistingRows(q);
  }

  private async pseudonymiseExistingRows(q: QueryRunner): Promise<void> {
    const jurors: { juror_id: string; campaign_id: string; entitled: boolean }[] = await q.query(
      `SELECT juror_id, campaign_id, (used_at IS NOT NULL AND revoked_at IS NULL) AS entitled FROM jury_jurors`,
    );
    if (jurors.length === 0) return;
    const key = voterPseudonymKey(validateConfig(process.env).JURY_SECRET);
    const jurorIds = jurors.map((j) => j.juror_id);
    const voters = jurors.map((j) => voterPseudonym(key, j.campaign_id, j.juror_id));
    const mapping = `unnest($1::uuid[], $2::uuid[]) AS m(juror_id, voter)`;
    await q.query(`UPDATE jury_ballots b SET voter = m.voter FROM ${mapping} WHERE b.voter = m.juror_id`, [jurorIds, voters]);
    await q.query(`UPDATE jury_submissions s SET voter = m.voter FROM ${mapping} WHERE s.voter = m.juror_id`, [jurorIds, voters]);
    const entitled = jurors.flatMap((j, i) => (j.entitled ? [i] : []));
    await q.query(`INSERT INTO jury_voters (campaign_id, voter) SELECT * FROM unnest($1::uuid[], $2::uuid[]) ON CONFLICT DO NOTHING`, [
      entitled.map((i) => jurors[i].campaign_id),
      entitled.map((i) => voters[i]),
    ]);
    // Accepted batches not yet written: each ballot's jurorId becomes its voter (null for someone not on a roster,
    // whom the worker would not have counted anyway).
    await q.query(
      `UPDATE jury_intake i SET ballots = (
         SELECT jsonb_agg((x.e - 'jurorId') || jsonb_build_object('voter', m.voter) ORDER BY x.o)
         FROM jsonb_array_elements(i.ballots) WITH ORDINALITY AS x(e, o) LEFT JOIN ${mapping} ON m.juror_id::text = x.e->>'jurorId')
       WHERE jsonb_path_exists(i.ballots, '$[*].jurorId')`,
      [jurorIds, voters],
    );
  }

  async down(q: QueryRunner): Promise<void> {
    // When she voted is gone for good: the code's opening stands in for it.
    await q.query(`ALTER TABLE jury_jurors ADD COLUMN voted_at timestamptz`);
    await q.query(`UPDATE jury_jurors SET voted_at = coalesce(used_at, registered_at) WHERE voted`);
    await q.query(`ALTER TABLE jury_jurors DROP COLUMN voted`);
    await q.query(`DROP TABLE jury_voters`);
    await q.query(`ALTER TABLE jury_submissions RENAME COLUMN voter TO juror_id`);
    await q.query(`ALTER TABLE jury_ballots RENAME COLUMN voter TO juror_id`);
  }
}
