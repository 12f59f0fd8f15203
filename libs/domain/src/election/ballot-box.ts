import { createHash } from 'node:crypto';
import { canonicalJson } from '../integrity/canonical-json';
import type { CongressBallotBoxOpened, ReceiptedCongressBallot } from './congress-events';

/** A uniform random integer in [0, bound): crypto.randomInt in production, so that the shuffle cannot be predicted. */
export type RandomIndex = (bound: number) => number;

/**
 * Fisher–Yates: every order equally likely when `randomIndex` is uniform. The casting order is what would join
 * a ballot to the delegate seen voting at that moment, so the box is opened in an order that owes nothing to it.
 */
export function shuffled<T>(items: readonly T[], randomIndex: RandomIndex): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = randomIndex(i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/**
 * A delegate's receipt: sha256 of the round, her ballot and a salt only she is given. Without the salt nobody can
 * test a guess of a ballot against a published receipt, so the receipts in the opened box reveal no choice.
 */
export function congressBallotReceipt(roundId: string, ballot: { marks: ReceiptedCongressBallot['marks']; writeIns: readonly string[] }, salt: string): string {
  return createHash('sha256')
    .update(canonicalJson({ roundId, marks: ballot.marks, writeIns: [...ballot.writeIns] }))
    .update('\n')
    .update(salt)
    .digest('hex');
}

/** The event that opens a round's box: ballots shuffled, spent credentials sorted (neither order joins the other). */
export function openBallotBox(
  campaignId: string,
  roundId: string,
  box: { ballots: readonly ReceiptedCongressBallot[]; usedCodeHashes: readonly string[] },
  randomIndex: RandomIndex,
): CongressBallotBoxOpened {
  return {
    type: 'CongressBallotBoxOpened',
    payload: { campaignId, roundId, ballots: shuffled(box.ballots, randomIndex), usedCodeHashes: [...box.usedCodeHashes].sort() },
  };
}
