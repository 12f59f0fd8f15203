import { CongressRound, CongressRoundConfig, MajorityBase, QuorumRule, openCongressRound } from './congress-round';
import { CandidateTally, InvalidBallotReason, RoundVotes, VoteCount, countVotes } from './ballot-count';
import { Contender, SeatAllocation, allocateSeats } from './seat-allocation';

/**
 * Stage 9 — the result of one congress round.
 *
 * - returned > issued: the whole vote is void and must be repeated (status 'void', nobody elected).
 * - Elected: approvals MORE than half of the majority base (delegates present by default, or registered);
 *   exactly half is not enough. Those with a majority take seats by approvals until the seats are filled.
 * - A tie at the last seat among majority candidates: the seats above the tie are filled, the rest go to a
 *   run-off among the tied (status 'run-off-required').
 * - Too few with a majority: the seats left go to a further round (另行选举) among those not elected
 *   (status 'further-round-required'); that round must again be competitive unless an exception is recorded.
 */
export type CongressElectionStatus = 'elected' | 'run-off-required' | 'further-round-required' | 'void';

/** 'run-off': tied for the last seats; 'void': the vote was void, so nobody's outcome is decided. */
export type CandidateOutcome = 'elected' | 'run-off' | 'not-elected' | 'void';

export interface MinutesLine extends CandidateTally {
  /**
   * Whether the approvals pass the majority threshold; null in a run-off, which needs no majority (most votes
   * wins), so that the minutes never state 过半数 for someone who had, say, 40 of 100.
   */
  readonly passesMajority: boolean | null;
  readonly outcome: CandidateOutcome;
}

/**
 * What decides who is elected: more than half of the majority base in a round (过半数), or the most votes among
 * the tied in a run-off (得票多者当选) — the tied candidates already passed the majority in the round that tied them.
 */
export type ElectedBy = 'majority' | 'most-votes';

/** The election minutes (选举记录) as published. */
export interface ElectionMinutes {
  readonly positionId: string | null;
  readonly round: 'congress' | 'run-off';
  readonly electedBy: ElectedBy;
  readonly registeredDelegates: number;
  readonly presentDelegates: number;
  readonly quorum: QuorumRule;
  /** null in a run-off: most approvals wins, no majority needed. */
  readonly majorityBase: MajorityBase | null;
  readonly majorityThreshold: number | null;
  readonly seats: number;
  readonly method: 'electronic' | 'paper';
  readonly ballotsIssued: number;
  readonly ballotsReturned: number;
  readonly validBallots: number;
  readonly invalidBallots: number;
  readonly invalidReasons: Readonly<Partial<Record<InvalidBallotReason, number>>>;
  readonly disregardedWriteIns: number;
  readonly candidates: readonly MinutesLine[];
  readonly elected: readonly string[];
  readonly status: CongressElectionStatus;
}

export interface RunOffCall {
  readonly seats: number;
  readonly candidateIds: readonly string[];
}

export interface FurtherRoundCall {
  readonly seats: number;
  /** Everyone not elected (ballot candidates and written-in persons with approvals), most approvals first. */
  readonly eligibleCandidateIds: readonly string[];
  /** Whether more are eligible than seats; if not, the further round needs a recorded exception. */
  readonly competitive: boolean;
}

export interface CongressElectionResult {
  readonly status: CongressElectionStatus;
  /** Elected, most approvals first; empty when void. */
  readonly elected: readonly Contender[];
  readonly runOff: RunOffCall | null;
  readonly furtherRound: FurtherRoundCall | null;
  readonly voidReason: string | null;
  readonly minutes: ElectionMinutes;
}

/** Returned > issued voids the whole vote (more ballots came back than were handed out). */
export const voidReasonOf = (count: VoteCount): string | null =>
  count.ballotsReturned > count.ballotsIssued
    ? `${count.ballotsReturned} ballots returned but only ${count.ballotsIssued} issued: the vote is void and must be repeated`
    : null;

/**
 * Assembles minutes and result from a count and a seat allocation; shared with the run-off, where every tied
 * candidate may take a seat and the approvals alone order them.
 */
export const buildElectionResult = (kind: 'congress' | 'run-off', round: CongressRound, count: VoteCount): CongressElectionResult => {
  const passes = (tally: CandidateTally) => kind === 'run-off' || tally.approve >= round.majorityThreshold;
  const voidReason = voidReasonOf(count);
  const allocation: SeatAllocation | null =
    voidReason === null
      ? allocateSeats(
          count.tallies.filter(passes).map((t) => ({ candidateId: t.candidateId, approvals: t.approve })),
          round.seats,
        )
      : null;
  const electedIds = new Set(allocation?.elected.map((c) => c.candidateId) ?? []);
  const tiedIds = new Set(allocation?.tied.map((c) => c.candidateId) ?? []);

  let status: CongressElectionStatus;
  if (allocation === null) status = 'void';
  else if (allocation.tied.length > 0) status = 'run-off-required';
  else if (allocation.unfilledSeats > 0) status = 'further-round-required';
  else status = 'elected';

  let furtherRound: FurtherRoundCall | null = null;
  if (allocation && allocation.unfilledSeats > 0) {
    const eligible = allocateSeats(
      count.tallies.filter((t) => !electedIds.has(t.candidateId)).map((t) => ({ candidateId: t.candidateId, approvals: t.approve })),
      Number.MAX_SAFE_INTEGER,
    ).elected.map((c) => c.candidateId);
    furtherRound = { seats: allocation.unfilledSeats, eligibleCandidateIds: eligible, competitive: eligible.length > allocation.unfilledSeats };
  }

  const elected = allocation?.elected ?? [];
  const minutes: ElectionMinutes = {
    positionId: round.positionId,
    round: kind,
    electedBy: kind === 'congress' ? 'majority' : 'most-votes',
    registeredDelegates: round.registeredDelegates,
    presentDelegates: round.presentDelegates,
    quorum: round.quorum,
    majorityBase: kind === 'congress' ? round.majorityBase : null,
    majorityThreshold: kind === 'congress' ? round.majorityThreshold : null,
    seats: round.seats,
    method: count.method,
    ballotsIssued: count.ballotsIssued,
    ballotsReturned: count.ballotsReturned,
    validBallots: count.validBallots,
    invalidBallots: count.invalidBallots,
    invalidReasons: count.invalidReasons,
    disregardedWriteIns: count.disregardedWriteIns,
    candidates: count.tallies.map((t) => ({
      ...t,
      passesMajority: kind === 'congress' ? passes(t) : null,
      outcome: allocation === null ? 'void' : electedIds.has(t.candidateId) ? 'elected' : tiedIds.has(t.candidateId) ? 'run-off' : 'not-elected',
    })),
    elected: elected.map((c) => c.candidateId),
    status,
  };
  return {
    status,
    elected,
    runOff: allocation && allocation.tied.length > 0 ? { seats: allocation.tiedSeats, candidateIds: allocation.tied.map((c) => c.candidateId) } : null,
    furtherRound,
    voidReason,
    minutes,
  };
};

/**
 * Tallies one congress round for one position. Opens the round first, so it throws conflict
 * 'election.quorum-not-met' / 'election.not-competitive' when the round could not have been held, and
 * 'invalid' for malformed input or a paper count that does not add up (see `countVotes`).
 */
export const tallyCongressElection = (config: CongressRoundConfig, votes: RoundVotes): CongressElectionResult => {
  const round = openCongressRound(config);
  const count = countVotes(round, votes);
  return buildElectionResult('congress', round, count);
};
