import { invalid } from '../shared/domain-error';
import type { BallotPaper } from './ballot';
import { type JuryCounts, tallyJury } from './jury-tally';

/**
 * A paper jury's count, entered by the counting officers: ballots issued, returned and invalid, and per
 * candidate either the score totals (score mode: how many scored her, the sum, the highest and the lowest) or
 * the approvals (approval mode).
 */
export interface JuryPaperCount {
  readonly issued: number;
  readonly returned: number;
  readonly invalid: number;
  readonly candidates: readonly JuryPaperCountLine[];
}

export interface JuryPaperCountLine {
  readonly candidacyId: string;
  readonly ballots?: number;
  readonly sum?: number;
  readonly highest?: number | null;
  readonly lowest?: number | null;
  readonly approvals?: number;
}

const whole = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

/**
 * Checks that a paper count adds up and turns it into the counts a tally starts from. Throws an `invalid`
 * DomainError naming the first field that does not add up.
 */
export function checkJuryPaperCount(paper: BallotPaper, count: JuryPaperCount): JuryCounts {
  for (const f of ['issued', 'returned', 'invalid'] as const) {
    if (!whole(count[f])) throw invalid('paper-count.number', `${f} must be a whole number ≥ 0.`, f);
  }
  if (count.returned > count.issued) {
    throw invalid(
      'paper-count.returned-exceeds-issued',
      `More ballots returned (${count.returned}) than issued (${count.issued}): the count is void and must be repeated.`,
      'returned',
    );
  }
  if (count.invalid > count.returned)
    throw invalid('paper-count.invalid-exceeds-returned', `More invalid ballots (${count.invalid}) than returned (${count.returned}).`, 'invalid');
  const validBallots = count.returned - count.invalid;

  const lines = new Map<string, JuryPaperCountLine>();
  count.candidates.forEach((line, i) => {
    if (!paper.candidateIds.includes(line.candidacyId))
      throw invalid('paper-count.unknown-candidate', `Candidate ${line.candidacyId} is not on the ballot paper.`, `candidates.${i}.candidacyId`);
    if (lines.has(line.candidacyId))
      throw invalid('paper-count.duplicate-candidate', `Candidate ${line.candidacyId} is counted twice.`, `candidates.${i}.candidacyId`);
    lines.set(line.candidacyId, line);
  });
  const missing = paper.candidateIds.filter((id) => !lines.has(id));
  if (missing.length) throw invalid('paper-count.missing-candidate', `Every candidate needs a line; missing: ${missing.join(', ')}.`, 'candidates');

  const perCandidate = paper.candidateIds.map((id) => {
    const line = lines.get(id)!;
    const field = `candidates.${count.candidates.indexOf(line)}`;
    if (paper.mode === 'approval') {
      if (!whole(line.approvals)) throw invalid('paper-count.number', 'approvals must be a whole number ≥ 0.', `${field}.approvals`);
      if (line.approvals > validBallots) {
        throw invalid(
          'paper-count.approvals-exceed-valid',
          `Candidate ${id} has ${line.approvals} approvals but there are only ${validBallots} valid ballots.`,
          `${field}.approvals`,
        );
      }
      return line.approvals;
    }
    if (!whole(line.ballots) || !whole(line.sum)) throw invalid('paper-count.number', 'ballots and sum must be whole numbers ≥ 0.', field);
    // Every valid score ballot scores every candidate, so each candidate was scored on every valid ballot.
    if (line.ballots !== validBallots) {
      throw invalid(
        'paper-count.ballots-mismatch',
        `Candidate ${id} was scored on ${line.ballots} ballots, but ${validBallots} ballots are valid.`,
        `${field}.ballots`,
      );
    }
    return { ballots: line.ballots, sum: line.sum, lowest: line.lowest ?? null, highest: line.highest ?? null };
  });
  if (paper.mode === 'approval') {
    const total = (perCandidate as number[]).reduce((a, b) => a + b, 0);
    const limit = paper.approvalLimit ?? paper.candidateIds.length;
    if (total > limit * validBallots) {
      throw invalid(
        'paper-count.too-many-approvals',
        `${total} approvals on ${validBallots} valid ballots is more than ${limit} per ballot allows.`,
        'candidates',
      );
    }
  }
  const counts = { validBallots, perCandidate };
  // The tally re-checks each score line (lowest ≤ highest, the sum between what they allow).
  tallyJury(paper, counts);
  return counts;
}
