import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';

/** What the api's acceptance signature covers: everything the worker writes of a ballot but its acceptance time. */
export interface SignedBallotContent {
  readonly ballotId: string;
  readonly voter: string;
  readonly seq: string;
  readonly marks: readonly number[];
  readonly receipt: string;
}

/**
 * The api signs each ballot it accepts, having checked the juror's token and that she may vote (code opened, not
 * revoked). The worker counts a ballot on that signature alone, so no set of entitled jurors is written when a code
 * is opened and nothing about her is written when her ballot lands: a database watched while jurors vote shows
 * nothing that joins a ballot to a juror. The key is derived from JURY_SECRET, which the database never holds.
 */
export function ballotAcceptanceKey(jurySecret: string): Buffer {
  return Buffer.from(hkdfSync('sha256', jurySecret, 'open-selection', 'jury:ballot-acceptance', 32));
}

export function ballotAcceptanceSignature(key: Buffer, campaignId: string, ballot: SignedBallotContent): string {
  return createHmac('sha256', key)
    .update(`accepted:${campaignId}:${ballot.ballotId}:${ballot.voter}:${ballot.seq}:${ballot.marks.join(',')}:${ballot.receipt}`)
    .digest('base64url');
}

export function ballotAcceptanceSignatureValid(key: Buffer, campaignId: string, ballot: SignedBallotContent & { readonly signature?: unknown }): boolean {
  if (typeof ballot.signature !== 'string' || !Array.isArray(ballot.marks)) return false;
  const expected = Buffer.from(ballotAcceptanceSignature(key, campaignId, ballot));
  const given = Buffer.from(ballot.signature);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
