import type { CampaignState } from '../campaign/campaign';
import type { JuryMode } from '../campaign/campaign-config';
import type { Candidacies } from '../candidacy/candidacy';
import { invalid } from '../shared/domain-error';

export const MIN_SCORE = 0;
export const MAX_SCORE = 100;

/**
 * What a juror votes on: the mode and the candidates in a fixed order. The order is fixed when the jury stage
 * starts (accepted candidacies by submission time, then id) and a counted ballot is stored as marks in that order.
 */
export interface BallotPaper {
  readonly mode: JuryMode;
  readonly candidateIds: readonly string[];
  /** Approval mode: the most candidates one ballot may approve (K). */
  readonly approvalLimit?: number;
}

export interface ScoreMark {
  readonly candidacyId: string;
  readonly score: number;
}

/** A ballot as the juror sends it: scores (score mode) or the approved candidates (approval mode). */
export interface BallotChoice {
  readonly scores?: readonly ScoreMark[];
  readonly approvals?: readonly string[];
}

/** The ballot paper of a campaign from its folded state: accepted candidacies in submission order, then by id. */
export function ballotPaperOf(campaign: CampaignState, candidacies: Candidacies): BallotPaper {
  const candidateIds = [...candidacies.values()]
    .filter((c) => c.status === 'accepted')
    .sort((a, b) => (a.submittedAt < b.submittedAt ? -1 : a.submittedAt > b.submittedAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((c) => c.id);
  return {
    mode: campaign.config.juryMode,
    candidateIds,
    ...(campaign.config.approvalLimit !== undefined ? { approvalLimit: campaign.config.approvalLimit } : {}),
  };
}

/**
 * Checks a ballot against the paper and returns its marks in paper order: the score (score mode, every
 * candidate must be scored with a whole number 0–100) or 1/0 for approved/not (approval mode, at most K).
 * Throws an `invalid` DomainError naming the field at fault; a refused ballot changes nothing.
 */
export function ballotMarks(paper: BallotPaper, choice: BallotChoice): number[] {
  const index = new Map(paper.candidateIds.map((id, i) => [id, i]));
  if (paper.candidateIds.length === 0) throw invalid('ballot.no-candidates', 'There are no candidates on this ballot paper.');
  if (paper.mode === 'score') {
    if (choice.approvals !== undefined) throw invalid('ballot.wrong-mode', 'This jury scores candidates; send "scores", not "approvals".', 'approvals');
    if (!Array.isArray(choice.scores)) throw invalid('ballot.scores-required', 'Score each candidate 0–100 in "scores".', 'scores');
    const marks: (number | undefined)[] = paper.candidateIds.map(() => undefined);
    choice.scores.forEach((mark, i) => {
      const at = index.get(mark?.candidacyId);
      if (at === undefined)
        throw invalid('ballot.unknown-candidate', `Candidate ${String(mark?.candidacyId)} is not on this ballot paper.`, `scores.${i}.candidacyId`);
      if (marks[at] !== undefined) throw invalid('ballot.duplicate-candidate', `Candidate ${mark.candidacyId} is scored twice.`, `scores.${i}.candidacyId`);
      const score = mark.score;
      if (typeof score !== 'number' || !Number.isInteger(score))
        throw invalid('ballot.score-not-integer', `A score must be a whole number; got ${String(score)}.`, `scores.${i}.score`);
      if (score < MIN_SCORE || score > MAX_SCORE) {
        throw invalid('ballot.score-out-of-range', `A score must lie between ${MIN_SCORE} and ${MAX_SCORE}; got ${score}.`, `scores.${i}.score`);
      }
      marks[at] = score;
    });
    const missing = paper.candidateIds.filter((_, i) => marks[i] === undefined);
    if (missing.length > 0) throw invalid('ballot.incomplete', `Score every candidate: ${missing.length} not scored (${missing.join(', ')}).`, 'scores');
    return marks as number[];
  }
  if (choice.scores !== undefined) throw invalid('ballot.wrong-mode', 'This jury approves candidates; send "approvals", not "scores".', 'scores');
  if (!Array.isArray(choice.approvals))
    throw invalid('ballot.approvals-required', 'List the candidates you approve in "approvals" (it may be empty).', 'approvals');
  const limit = paper.approvalLimit ?? paper.candidateIds.length;
  const marks = paper.candidateIds.map(() => 0);
  choice.approvals.forEach((id, i) => {
    const at = index.get(id);
    if (at === undefined) throw invalid('ballot.unknown-candidate', `Candidate ${String(id)} is not on this ballot paper.`, `approvals.${i}`);
    if (marks[at] === 1) throw invalid('ballot.duplicate-candidate', `Candidate ${id} is approved twice.`, `approvals.${i}`);
    marks[at] = 1;
  });
  if (choice.approvals.length > limit) {
    throw invalid('ballot.too-many-approvals', `Approve at most ${limit} candidates; this ballot approves ${choice.approvals.length}.`, 'approvals');
  }
  return marks;
}
