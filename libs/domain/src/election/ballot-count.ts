import { invalid } from '../shared/domain-error';
import { CongressRound } from './congress-round';

/**
 * Counting the votes of one round, from electronic secret ballots or from a paper count entered by the counting
 * officers — the same rules either way, so both produce the same `VoteCount`.
 *
 * Rules (stage 9):
 * - A ballot marks each candidate approve / oppose / abstain. A candidate left unmarked on a ballot counts as an
 *   abstention, so for every candidate approve + oppose + abstain = valid ballots (the check a paper count must pass).
 * - A ballot with no marks at all (blank) is valid: it approves nobody.
 * - A ballot approving more people than there are seats (write-ins included) is invalid for the position.
 * - A write-in (另选他人) counts as an approval of the written-in person when write-ins are allowed and she is
 *   eligible; otherwise that one entry is disregarded and the rest of the ballot stands. A person written in twice
 *   on one ballot counts once.
 * - A ballot marking someone who is not on the ballot, or with a mark other than the three, is malformed: invalid.
 */
export type Mark = 'approve' | 'oppose' | 'abstain';

export interface CongressBallot {
  /** Mark per candidate id; candidates not listed count as abstain. `{}` is a blank ballot. */
  readonly marks: Readonly<Record<string, Mark>>;
  readonly writeIns?: readonly string[];
}

export interface ElectronicVotes {
  readonly method: 'electronic';
  readonly ballotsIssued: number;
  /** Defaults to the number of ballots; if given it must equal it. */
  readonly ballotsReturned?: number;
  readonly ballots: readonly CongressBallot[];
}

export interface CandidateMarks {
  readonly approve: number;
  readonly oppose: number;
  readonly abstain: number;
}

/**
 * A paper count as the counting officers enter it. Consistency rule checked before it is accepted:
 * 1. every number is a whole number ≥ 0; invalid ≤ returned; valid = returned − invalid;
 * 2. exactly the round's candidates are listed;
 * 3. for each candidate approve + oppose + abstain = valid (unmarked counts as abstain);
 * 4. write-ins only when allowed, only for eligible persons, each at most valid;
 * 5. all approvals together (write-ins included) ≤ valid × seats, since no valid ballot approves more than seats.
 * (returned > issued is not an inconsistency but a void vote, see the tally.)
 */
export interface PaperCount {
  readonly method: 'paper';
  readonly ballotsIssued: number;
  readonly ballotsReturned: number;
  readonly invalidBallots: number;
  readonly perCandidate: Readonly<Record<string, CandidateMarks>>;
  /** Approvals per written-in person. */
  readonly writeIns?: Readonly<Record<string, number>>;
}

export type RoundVotes = ElectronicVotes | PaperCount;

export type InvalidBallotReason = 'over-approval' | 'unknown-candidate' | 'bad-mark';

export interface CandidateTally extends CandidateMarks {
  readonly candidateId: string;
  /** True for a written-in person (not on the ballot); her approvals are write-ins, oppose/abstain are 0. */
  readonly writeIn: boolean;
}

export interface VoteCount {
  readonly method: 'electronic' | 'paper';
  readonly ballotsIssued: number;
  readonly ballotsReturned: number;
  readonly validBallots: number;
  readonly invalidBallots: number;
  /** Why electronic ballots were invalid (empty for a paper count, whose officers only enter the total). */
  readonly invalidReasons: Readonly<Partial<Record<InvalidBallotReason, number>>>;
  /** Write-in entries on valid ballots that were not counted (not allowed, not eligible, or repeated). */
  readonly disregardedWriteIns: number;
  /** Ballot candidates in ballot order, then written-in persons with at least one approval, by id. */
  readonly tallies: readonly CandidateTally[];
}

const MARKS: ReadonlySet<string> = new Set(['approve', 'oppose', 'abstain']);

const wholeNumber = (value: number, field: string): void => {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw invalid('election.count-invalid', `${field} must be a whole number of at least 0`, field);
  }
};

const inconsistent = (message: string, field: string) => invalid('election.paper-count-inconsistent', message, field);

const countElectronic = (round: CongressRound, votes: ElectronicVotes): VoteCount => {
  if (!Array.isArray(votes.ballots)) throw invalid('election.ballots-missing', 'Ballots are required', 'ballots');
  const returned = votes.ballots.length;
  if (votes.ballotsReturned !== undefined && votes.ballotsReturned !== returned) {
    throw invalid('election.returned-mismatch', `${votes.ballotsReturned} ballots said returned but ${returned} recorded`, 'ballotsReturned');
  }
  const onBallot = new Set(round.candidateIds);
  const eligibleWriteIns = new Set(round.writeInEligibleIds ?? []);
  const marks = new Map(round.candidateIds.map((id) => [id, { approve: 0, oppose: 0, abstain: 0 }]));
  const writeIns = new Map<string, number>();
  const invalidReasons: Partial<Record<InvalidBallotReason, number>> = {};
  let validBallots = 0;
  let disregardedWriteIns = 0;

  const reject = (reason: InvalidBallotReason) => {
    invalidReasons[reason] = (invalidReasons[reason] ?? 0) + 1;
  };

  for (const ballot of votes.ballots) {
    const entries: Array<[string, Mark]> = Object.entries(ballot?.marks ?? {}) as Array<[string, Mark]>;
    if (entries.some(([id]) => !onBallot.has(id))) {
      reject('unknown-candidate');
      continue;
    }
    if (entries.some(([, mark]) => !MARKS.has(mark))) {
      reject('bad-mark');
      continue;
    }
    const accepted = new Set<string>();
    let ignored = 0;
    for (const person of ballot?.writeIns ?? []) {
      if (eligibleWriteIns.has(person) && !accepted.has(person)) accepted.add(person);
      else ignored++;
    }
    const approvals = entries.filter(([, mark]) => mark === 'approve').length + accepted.size;
    if (approvals > round.seats) {
      reject('over-approval');
      continue;
    }
    validBallots++;
    disregardedWriteIns += ignored;
    const given = new Map(entries);
    for (const id of round.candidateIds) {
      marks.get(id)![given.get(id) ?? 'abstain']++;
    }
    for (const person of accepted) writeIns.set(person, (writeIns.get(person) ?? 0) + 1);
  }

  return {
    method: 'electronic',
    ballotsIssued: votes.ballotsIssued,
    ballotsReturned: returned,
    validBallots,
    invalidBallots: returned - validBallots,
    invalidReasons,
    disregardedWriteIns,
    tallies: [
      ...round.candidateIds.map((id) => ({ candidateId: id, ...marks.get(id)!, writeIn: false })),
      ...[...writeIns.keys()].sort().map((id) => ({ candidateId: id, approve: writeIns.get(id)!, oppose: 0, abstain: 0, writeIn: true })),
    ],
  };
};

const checkPaper = (round: CongressRound, votes: PaperCount): VoteCount => {
  wholeNumber(votes.ballotsReturned, 'ballotsReturned');
  wholeNumber(votes.invalidBallots, 'invalidBallots');
  if (votes.invalidBallots > votes.ballotsReturned) {
    throw inconsistent('More invalid ballots than ballots returned', 'invalidBallots');
  }
  const valid = votes.ballotsReturned - votes.invalidBallots;
  const per = votes.perCandidate ?? {};
  const onBallot = new Set(round.candidateIds);
  const extra = Object.keys(per).find((id) => !onBallot.has(id));
  if (extra !== undefined) throw inconsistent(`${extra} is not on the ballot`, 'perCandidate');

  let totalApprovals = 0;
  const tallies: CandidateTally[] = round.candidateIds.map((id) => {
    const m = per[id];
    if (!m) throw inconsistent(`No count for candidate ${id}`, 'perCandidate');
    wholeNumber(m.approve, `perCandidate.${id}.approve`);
    wholeNumber(m.oppose, `perCandidate.${id}.oppose`);
    wholeNumber(m.abstain, `perCandidate.${id}.abstain`);
    if (m.approve + m.oppose + m.abstain !== valid) {
      throw inconsistent(`Candidate ${id}: approve ${m.approve} + oppose ${m.oppose} + abstain ${m.abstain} ≠ ${valid} valid ballots`, 'perCandidate');
    }
    totalApprovals += m.approve;
    return { candidateId: id, approve: m.approve, oppose: m.oppose, abstain: m.abstain, writeIn: false };
  });

  const writeIns = votes.writeIns ?? {};
  const eligible = new Set(round.writeInEligibleIds ?? []);
  for (const person of Object.keys(writeIns).sort()) {
    const approvals = writeIns[person];
    wholeNumber(approvals, `writeIns.${person}`);
    if (approvals === 0) continue;
    if (round.writeInEligibleIds === null) throw inconsistent('Write-ins are not allowed in this round', 'writeIns');
    if (!eligible.has(person)) throw inconsistent(`${person} is not eligible to be written in`, 'writeIns');
    if (approvals > valid) throw inconsistent(`Write-in ${person} has more approvals than valid ballots`, 'writeIns');
    totalApprovals += approvals;
    tallies.push({ candidateId: person, approve: approvals, oppose: 0, abstain: 0, writeIn: true });
  }
  if (totalApprovals > valid * round.seats) {
    throw inconsistent(`${totalApprovals} approvals cannot come from ${valid} valid ballots approving at most ${round.seats} each`, 'perCandidate');
  }
  return {
    method: 'paper',
    ballotsIssued: votes.ballotsIssued,
    ballotsReturned: votes.ballotsReturned,
    validBallots: valid,
    invalidBallots: votes.invalidBallots,
    invalidReasons: {},
    disregardedWriteIns: 0,
    tallies,
  };
};

/**
 * Counts a round's votes. Throws DomainError 'invalid' when the input is malformed or a paper count does not add
 * up, or when more ballots were issued than delegates are present (one delegate, one ballot). Does not judge
 * returned > issued: that voids the vote and is reported by the tally, not refused.
 */
export const countVotes = (round: CongressRound, votes: RoundVotes): VoteCount => {
  wholeNumber(votes?.ballotsIssued, 'ballotsIssued');
  if (votes.ballotsIssued > round.presentDelegates) {
    throw invalid('election.issued-exceeds-present', 'More ballots issued than delegates present', 'ballotsIssued');
  }
  if (votes.method === 'electronic') return countElectronic(round, votes);
  if (votes.method === 'paper') return checkPaper(round, votes);
  throw invalid('election.method-invalid', 'Votes must be electronic ballots or a paper count', 'method');
};
