import type { CampaignState } from '../campaign/campaign';
import { conflict, forbidden, invalid } from '../shared/domain-error';
import { type InvalidBallotReason, type Mark, type PaperCount, countVotes } from './ballot-count';
import type { CongressElectionState, CongressRoundState } from './congress-election-state';
import type { CongressCredentialsIssued, CongressPaperCountRecorded, ReceiptedCongressBallot } from './congress-events';
import { assertElectionStage, requireOpenRound, requireRound } from './congress-guards';
import { countedRound } from './congress-round-count';

/** SHA-256 of a one-time code, lowercase hex. */
const CODE_HASH = /^[0-9a-f]{64}$/;

/**
 * One-time credentials for an electronic round: one per delegate present when it opened, as SHA-256 hashes of
 * the codes (the codes themselves are never stored). Issuing again replaces the earlier codes, but only while no
 * ballot has been cast.
 */
export function issueCongressCredentials(
  campaign: CampaignState,
  state: CongressElectionState,
  input: { roundId: string; codeHashes: readonly string[] },
  box: CongressBallotBox = EMPTY_BALLOT_BOX,
): CongressCredentialsIssued[] {
  assertElectionStage(campaign, 'issue credentials');
  const round = requireOpenRound(state, input.roundId, 'issue credentials');
  if (round.method !== 'electronic')
    throw conflict('election.not-electronic', `Round ${round.number} is counted on paper: no credentials.`, undefined, { round: round.number });
  if (round.ballots.length > 0 || box.ballots.length > 0)
    throw conflict('election.ballots-already-cast', 'Ballots have been cast with the codes issued; they cannot be replaced now.');
  const hashes = [...(input.codeHashes ?? [])];
  if (hashes.length !== round.presentDelegates) {
    throw conflict(
      'election.credential-count',
      `Round ${round.number} was opened with ${round.presentDelegates} delegates present; ${hashes.length} codes were given.`,
      undefined,
      {
        round: round.number,
        present: round.presentDelegates,
        given: hashes.length,
      },
    );
  }
  const seen = new Set<string>();
  const elsewhere = new Set(state.rounds.filter((r) => r.roundId !== round.roundId).flatMap((r) => [...r.credentials.keys()]));
  for (const h of hashes) {
    if (typeof h !== 'string' || !CODE_HASH.test(h))
      throw invalid('election.code-hash-invalid', 'A code hash is 64 lowercase hex digits (SHA-256).', 'codeHashes');
    if (seen.has(h) || elsewhere.has(h)) throw conflict('election.code-collision', 'Two credentials have the same code; issue again.');
    seen.add(h);
  }
  return [{ type: 'CongressCredentialsIssued', payload: { campaignId: campaign.id, roundId: round.roundId, codeHashes: hashes.sort() } }];
}

/** Finds the round a credential belongs to (the delegate only has her code). */
export function roundOfCredential(state: CongressElectionState, codeHash: string): CongressRoundState | undefined {
  return state.rounds.find((r) => r.credentials.has(codeHash));
}

export interface CastBallotVerdict {
  readonly valid: boolean;
  readonly invalidReason: InvalidBallotReason | null;
}

/** The round's ballot box while it is open: what was cast (no code, no time) and the credentials spent (no order). */
export interface CongressBallotBox {
  readonly ballots: readonly ReceiptedCongressBallot[];
  readonly usedCodeHashes: ReadonlySet<string>;
}

export const EMPTY_BALLOT_BOX: CongressBallotBox = { ballots: [], usedCodeHashes: new Set() };

/**
 * A delegate casts her secret ballot with her one-time code. A spent code is refused; a code of another round or
 * an unknown code is refused. The ballot goes into the round's box, not the log: no event, so that nobody watching
 * the history while delegates vote one at a time learns anything but that the box fills.
 * An over-approving ballot is accepted and counted invalid, as on paper; a ballot marking someone not on it is
 * refused (the electronic ballot offers only its candidates).
 */
export function castCongressBallot(
  campaign: CampaignState,
  state: CongressElectionState,
  box: CongressBallotBox,
  input: { roundId?: string; codeHash: string; marks: Readonly<Record<string, Mark>>; writeIns?: readonly string[] },
): { roundId: string; ballot: { marks: Record<string, Mark>; writeIns: string[] }; verdict: CastBallotVerdict } {
  assertElectionStage(campaign, 'cast a ballot');
  const round = input.roundId ? requireRound(state, input.roundId) : roundOfCredential(state, input.codeHash);
  if (!round || !round.credentials.has(input.codeHash)) throw forbidden('election.credential-unknown', 'This code is not a credential of the round.');
  if (round.status !== 'open') throw conflict('election.round-closed', `Round ${round.number} is closed.`, undefined, { round: round.number });
  if (round.credentials.get(input.codeHash) || box.usedCodeHashes.has(input.codeHash))
    throw conflict('election.credential-used', 'This code has already been used to vote in this round.');
  const marks = input.marks ?? {};
  const onBallot = new Set(round.candidateIds);
  for (const [id, mark] of Object.entries(marks)) {
    if (!onBallot.has(id)) throw invalid('election.ballot-unknown-candidate', `${id} is not on the ballot of this round.`, 'marks');
    if (mark !== 'approve' && mark !== 'oppose' && mark !== 'abstain')
      throw invalid('election.ballot-bad-mark', `The mark for ${id} must be approve, oppose or abstain.`, 'marks');
  }
  const writeIns = [...(input.writeIns ?? [])];
  const ballot = { marks: { ...marks }, writeIns };
  const count = countVotes(countedRound(round), { method: 'electronic', ballotsIssued: round.credentials.size, ballots: [ballot] });
  const invalidReason = (Object.keys(count.invalidReasons)[0] as InvalidBallotReason | undefined) ?? null;
  return { roundId: round.roundId, ballot, verdict: { valid: count.validBallots === 1, invalidReason } };
}

/** The counting officers' paper count for a paper round; it must add up (see `countVotes`). A new entry replaces the last. */
export function recordCongressPaperCount(
  campaign: CampaignState,
  state: CongressElectionState,
  input: { roundId: string; count: Omit<PaperCount, 'method'> },
): CongressPaperCountRecorded[] {
  assertElectionStage(campaign, 'record a paper count');
  const round = requireOpenRound(state, input.roundId, 'record a paper count');
  if (round.method !== 'paper')
    throw conflict('election.not-paper', `Round ${round.number} is electronic: its ballots are counted by the system.`, undefined, { round: round.number });
  const count: PaperCount = {
    method: 'paper',
    ballotsIssued: input.count.ballotsIssued,
    ballotsReturned: input.count.ballotsReturned,
    invalidBallots: input.count.invalidBallots,
    perCandidate: input.count.perCandidate,
    ...(input.count.writeIns && Object.keys(input.count.writeIns).length ? { writeIns: input.count.writeIns } : {}),
  };
  countVotes(countedRound(round), count); // throws 'invalid' unless the totals add up
  return [{ type: 'CongressPaperCountRecorded', payload: { campaignId: campaign.id, roundId: round.roundId, count } }];
}
