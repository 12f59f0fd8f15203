import { createHmac, hkdfSync } from 'node:crypto';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { validateConfig } from '@app/config';
import { voterPseudonym, voterPseudonymKey } from '@app/domain';

/** What the acceptance signature of this era covered (the signature went in 1765710000000; kept here as it was). */
interface SignedBallotContent {
  readonly ballotId: string;
  readonly voter: string;
  readonly seq: string;
  readonly marks: readonly number[];
  readonly receipt: string;
}

const ballotAcceptanceKey = (jurySecret: string) => Buffer.from(hkdfSync('sha256', jurySecret, 'open-selection', 'jury:ballot-acceptance', 32));

const ballotAcceptanceSignature = (key: Buffer, campaignId: string, ballot: SignedBallotContent) =>
  createHmac('sha256', key)
    .update(`accepted:${campaignId}:${ballot.ballotId}:${ballot.voter}:${ballot.seq}:${ballot.marks.join(',')}:${ballot.receipt}`)
    .digest('base64url');

/**
 * Nothing juror-identifying is written while jurors vote. Before, opening a code added her pseudonym to
 * jury_voters (so a reader watching it could pair each pseudonym with the code just opened) and her first ballot set
 * jury_jurors.voted (so the roster row changed as her ballot landed). Now the api signs every ballot it accepts
 * (it checked her token and that she may vote) and the worker counts signed ballots only: jury_voters goes; that
 * she voted is derived from the counted ballots by pseudonym, when it is asked, and the column goes.
 *
 * Batches accepted by the older api and still waiting in jury_intake carry no signature: they were checked at its
 * door, so they are signed here (the processes that migrate hold JURY_SECRET).
 */
export class JurySignedBallots1765510000000 implements MigrationInterface {
  name = 'JurySignedBallots1765510000000';

  async up(q: QueryRunner): Promise<void> {
    const waiting: { batch_id: string; campaign_id: string; ballots: (SignedBallotContent & { signature?: string })[] }[] = await q.query(
      `SELECT batch_id, campaign_id, ballots FROM jury_intake WHERE NOT jsonb_path_exists(ballots, '$[*].signature')`,
    );
    if (waiting.length) {
      const key = ballotAcceptanceKey(validateConfig(process.env).JURY_SECRET);
      for (const batch of waiting) {
        // A ballot the older migration could not give a pseudonym (voter null) was never going to be counted.
        const ballots = batch.ballots.map((b) => (b.voter ? { ...b, signature: ballotAcceptanceSignature(key, batch.campaign_id, b) } : b));
        await q.query(`UPDATE jury_intake SET ballots = $2::jsonb WHERE batch_id = $1`, [batch.batch_id, JSON.stringify(ballots)]);
      }
    }
    await q.query(`DROP TABLE jury_voters`);
    await q.query(`ALTER TABLE jury_jurors DROP COLUMN voted`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE jury_jurors ADD COLUMN voted boolean NOT NULL DEFAULT false`);
    await q.query(`CREATE TABLE jury_voters (campaign_id uuid NOT NULL, voter uuid NOT NULL, PRIMARY KEY (campaign_id, voter))`);
    const jurors: { juror_id: string; campaign_id: string; entitled: boolean }[] = await q.query(
      `SELECT juror_id, campaign_id, (used_at IS NOT NULL AND revoked_at IS NULL) AS entitled FROM jury_jurors`,
    );
    if (jurors.length === 0) return;
    const key = voterPseudonymKey(validateConfig(process.env).JURY_SECRET);
    const voters = jurors.map((j) => voterPseudonym(key, j.campaign_id, j.juror_id));
    await q.query(
      `UPDATE jury_jurors j SET voted = true FROM unnest($1::uuid[], $2::uuid[]) AS m(juror_id, voter)
       WHERE j.juror_id = m.juror_id AND EXISTS (SELECT 1 FROM jury_ballots b WHERE b.campaign_id = j.campaign_id AND b.voter = m.voter)`,
      [jurors.map((j) => j.juror_id), voters],
    );
    const entitled = jurors.flatMap((j, i) => (j.entitled ? [i] : []));
    await q.query(`INSERT INTO jury_voters (campaign_id, voter) SELECT * FROM unnest($1::uuid[], $2::uuid[]) ON CONFLICT DO NOTHING`, [
      entitled.map((i) => jurors[i].campaign_id),
      entitled.map((i) => voters[i]),
    ]);
  }
}
