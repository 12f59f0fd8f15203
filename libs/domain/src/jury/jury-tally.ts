import Decimal from 'decimal.js';
import { TRIM_THRESHOLD } from '../evaluation/trimmed-mean';
import { invalid } from '../shared/domain-error';
import { dec, formatScore, roundPartScore } from '../shared/score';
import type { BallotPaper } from './ballot';
import { MAX_SCORE, MIN_SCORE } from './ballot';

/**
 * One candidate's scores reduced to what the trimmed mean needs — the count, the sum, the lowest and the
 * highest — as SQL aggregates produce them (count/min/max as numbers, sum as exact text or bigint).
 */
export interface ScoreAggregate {
  readonly ballots: number;
  readonly sum: string | number | bigint;
  readonly lowest: number | null;
  readonly highest: number | null;
}

/** What a tally starts from: the number of valid ballots and one aggregate per candidate, in paper order. */
export interface JuryCounts {
  readonly validBallots: number;
  /** Score mode: one ScoreAggregate per candidate. Approval mode: approvals per candidate. */
  readonly perCandidate: readonly (ScoreAggregate | number)[];
}

/** One candidate's line of a jury tally; numbers that decide an outcome are exact decimal strings. */
export interface JuryTallyRow {
  readonly candidacyId: string;
  /** Ballots that gave this candidate a mark (score mode) or valid ballots (approval mode). */
  readonly ballots: number;
  readonly sum?: string;
  readonly lowest?: number | null;
  readonly highest?: number | null;
  /** Score mode: mean after dropping one highest and one lowest when there are at least 5 scores; unrounded. */
  readonly trimmedMean?: string | null;
  readonly approvals?: number;
  /** The jury part score, 0–100, 2 decimals, half up; null when nobody voted. */
  readonly juryScore: string | null;
}

export interface JuryTally {
  readonly mode: BallotPaper['mode'];
  readonly validBallots: number;
  readonly candidates: readonly JuryTallyRow[];
}

function checkAggregate(a: ScoreAggregate, field: string): Decimal {
  const n = a.ballots;
  if (!Number.isInteger(n) || n < 0) throw invalid('tally.count', 'A count of ballots must be a whole number ≥ 0.', field);
  const total = dec(typeof a.sum === 'bigint' ? a.sum.toString() : a.sum);
  if (!total.isInteger() || total.isNegative()) throw invalid('tally.sum', 'A sum of scores must be a whole number ≥ 0.', field);
  if (n === 0) {
    if (!total.isZero()) throw invalid('tally.sum', 'With no ballots the sum must be 0.', field);
    return total;
  }
  const { lowest, highest } = a;
  if (lowest === null || highest === null || !Number.isInteger(lowest) || !Number.isInteger(highest)) {
    throw invalid('tally.extremes', 'With ballots, the lowest and highest scores are needed.', field);
  }
  if (lowest < MIN_SCORE || highest > MAX_SCORE || lowest > highest) {
    throw invalid('tally.extremes', `Lowest and highest must satisfy ${MIN_SCORE} ≤ lowest ≤ highest ≤ ${MAX_SCORE}.`, field);
  }
  // The other n−2 scores lie between lowest and highest; with one score, lowest = highest = sum.
  const rest = total.minus(n === 1 ? lowest : lowest + highest);
  const others = Math.max(n - 2, 0);
  if (n === 1 && lowest !== highest) throw invalid('tally.inconsistent', 'With one ballot the lowest and highest score are the same.', field);
  if (rest.lessThan(dec(lowest).times(others)) || rest.greaterThan(dec(highest).times(others))) {
    throw invalid('tally.inconsistent', `A sum of ${total.toString()} over ${n} scores cannot have lowest ${lowest} and highest ${highest}.`, field);
  }
  return total;
}

/**
 * The documented aggregate from sum/min/max/count: with at least 5 scores drop one highest and one lowest,
 * (sum − highest − lowest) ÷ (n − 2); otherwise sum ÷ n. Exact; undefined when nobody scored.
 */
export function trimmedMeanFromAggregate(a: ScoreAggregate, field = 'aggregate'): Decimal | undefined {
  const total = checkAggregate(a, field);
  if (a.ballots === 0) return undefined;
  if (a.ballots >= TRIM_THRESHOLD)
    return total
      .minus(a.lowest!)
      .minus(a.highest!)
      .div(a.ballots - 2);
  return total.div(a.ballots);
}

/** Approval mode: approvals ÷ valid ballots × 100, exact; undefined when there are no valid ballots. */
export function approvalShare(approvals: number, validBallots: number): Decimal | undefined {
  if (!Number.isInteger(approvals) || approvals < 0 || approvals > validBallots) {
    throw invalid('tally.approvals', `Approvals must be a whole number between 0 and the ${validBallots} valid ballots.`);
  }
  return validBallots === 0 ? undefined : dec(approvals).times(100).div(validBallots);
}

/** The jury part score of every candidate on the paper, from counts (SQL aggregates or a paper count). */
export function tallyJury(paper: BallotPaper, counts: JuryCounts): JuryTally {
  if (counts.perCandidate.length !== paper.candidateIds.length) {
    throw invalid('tally.candidates', `Expected ${paper.candidateIds.length} candidates, got ${counts.perCandidate.length}.`);
  }
  if (!Number.isInteger(counts.validBallots) || counts.validBallots < 0) throw invalid('tally.count', 'Valid ballots must be a whole number ≥ 0.');
  const candidates = paper.candidateIds.map((candidacyId, i): JuryTallyRow => {
    const entry = counts.perCandidate[i];
    if (paper.mode === 'score') {
      if (typeof entry !== 'object') throw invalid('tally.shape', 'Score mode needs score aggregates.');
      if (entry.ballots > counts.validBallots)
        throw invalid('tally.count', 'A candidate cannot have more scores than there are valid ballots.', `candidates.${i}`);
      const mean = trimmedMeanFromAggregate(entry, `candidates.${i}`);
      return {
        candidacyId,
        ballots: entry.ballots,
        sum: dec(typeof entry.sum === 'bigint' ? entry.sum.toString() : entry.sum).toFixed(0),
        lowest: entry.ballots ? entry.lowest : null,
        highest: entry.ballots ? entry.highest : null,
        trimmedMean: mean ? mean.toSignificantDigits(30).toString() : null,
        juryScore: mean ? formatScore(roundPartScore(mean)) : null,
      };
    }
    if (typeof entry !== 'number') throw invalid('tally.shape', 'Approval mode needs approval counts.');
    const share = approvalShare(entry, counts.validBallots);
    return { candidacyId, ballots: counts.validBallots, approvals: entry, juryScore: share ? formatScore(roundPartScore(share)) : null };
  });
  return { mode: paper.mode, validBallots: counts.validBallots, candidates };
}
