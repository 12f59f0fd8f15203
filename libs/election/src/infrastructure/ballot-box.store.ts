import { randomBytes, randomUUID } from 'node:crypto';
import { type CongressBallotBox, congressBallotReceipt, type Mark } from '@app/domain';
import type { EntityManager } from 'typeorm';
import { ElectionBallotBoxOrmEntity, ElectionCredentialOrmEntity } from './election.orm-entities';

/** An open round's ballot box as the domain reads it: the ballots dropped in and the credentials they spent. */
export async function loadBallotBox(m: EntityManager, roundId: string): Promise<CongressBallotBox> {
  const [ballots, used] = await Promise.all([
    m.getRepository(ElectionBallotBoxOrmEntity).find({ where: { roundId }, select: { marks: true, writeIns: true, receipt: true } }),
    m.getRepository(ElectionCredentialOrmEntity).find({ where: { roundId, used: true }, select: { codeHash: true } }),
  ]);
  return { ballots: ballots.map((b) => ({ marks: b.marks, writeIns: b.writeIns, receipt: b.receipt })), usedCodeHashes: new Set(used.map((c) => c.codeHash)) };
}

/**
 * Drops a ballot into the box and spends its credential, in the command's transaction. The two rows share
 * nothing (a random id, no time), so the box says what was cast and the credentials who may still vote, never both.
 * Returns the receipt and the salt only its delegate is given.
 */
export async function dropIntoBallotBox(
  m: EntityManager,
  input: { campaignId: string; roundId: string; codeHash: string; ballot: { marks: Record<string, Mark>; writeIns: string[] } },
): Promise<{ receipt: string; salt: string }> {
  const salt = randomBytes(16).toString('hex');
  const receipt = congressBallotReceipt(input.roundId, input.ballot, salt);
  await m.getRepository(ElectionBallotBoxOrmEntity).insert({
    ballotId: randomUUID(),
    campaignId: input.campaignId,
    roundId: input.roundId,
    marks: input.ballot.marks,
    writeIns: input.ballot.writeIns,
    receipt,
  });
  await m.getRepository(ElectionCredentialOrmEntity).update({ campaignId: input.campaignId, codeHash: input.codeHash }, { used: true });
  await m.query(`UPDATE election_rounds SET ballots_cast = ballots_cast + 1 WHERE round_id = $1`, [input.roundId]);
  return { receipt, salt };
}

/**
 * When the box is opened, the cast commands of the round forget their ballot: each row keeps its time, so its
 * marks, receipt, salt or a fingerprint of the request would join an opened ballot to the moment (and so the
 * delegate seen) it was cast. Kept: the spent code's hash and that it was counted. A retry of a forgotten cast
 * no longer matches its request, which is refused anyway since the round is closed.
 */
export async function forgetCastBallots(m: EntityManager, campaignId: string, roundId: string): Promise<void> {
  await m.query(
    `UPDATE commands
        SET payload = jsonb_build_object('roundId', payload->'roundId', 'codeHash', payload->'codeHash'),
            result = CASE WHEN result IS NULL THEN NULL ELSE jsonb_build_object('roundId', result->'roundId', 'counted', result->'counted') END,
            request_hash = 'forgotten when the ballot box was opened'
      WHERE type = 'CastCongressBallot' AND campaign_id = $1 AND payload->>'roundId' = $2`,
    [campaignId, roundId],
  );
}
