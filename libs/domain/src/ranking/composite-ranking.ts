import Decimal from 'decimal.js';
import { dec, sum } from '../shared/score';
import { invalid } from '../shared/domain-error';
import { ScoreWeights, ScoreWeightsInput, validateWeights } from './score-weights';

/**
 * Stage 7 — Ranking: composite = Σ weight × part ÷ 100 over the three parts, each part on a 0–100 scale.
 *
 * The composite is kept exact (no rounding): parts come in already rounded to 2 decimals by the stage that
 * produced them (see `roundPartScore`) and weights have ≤ 2 decimals, so the composite has ≤ 4 decimals and
 * comparing it exactly is what the published numbers let anyone recompute.
 */
export interface RankingEntry {
  readonly candidacyId: string;
  /** Project review score (项目评审得分), 0–100. */
  readonly projectReview: Decimal;
  /** Expert panel opinion in points (专家评审组意见, e.g. good = 85), 0–100. */
  readonly panelPoints: Decimal;
  /** Ordinal of the panel grade, higher = better (e.g. poor 1 … excellent 4); only used to break ties. */
  readonly panelGradeRank: number;
  /** Grassroots jury score (群众评审团), 0–100. */
  readonly jury: Decimal;
  /** When the candidacy was submitted; earlier wins the last tie-break. */
  readonly submittedAt: Date;
}

/**
 * What separated a candidate from the one ranked just above her, for the report:
 * - 'composite': a lower composite;
 * - 'jury' | 'project-review' | 'panel-grade' | 'submission-time': equal composite, decided by that tie-break;
 * - 'tied': equal on everything, so she shares the rank of the one above.
 * `null` for the first candidate.
 */
export type RankDecision = 'composite' | 'jury' | 'project-review' | 'panel-grade' | 'submission-time' | 'tied';

export interface RankedCandidate extends RankingEntry {
  readonly composite: Decimal;
  /** 1-based; tied candidates share a rank and the next rank skips (1, 2, 2, 4). */
  readonly rank: number;
  readonly decidedBy: RankDecision | null;
}

const PART_FIELDS = ['projectReview', 'panelPoints', 'jury'] as const;

const assertEntry = (entry: RankingEntry): void => {
  if (typeof entry?.candidacyId !== 'string' || entry.candidacyId.length === 0) {
    throw invalid('ranking.candidacy-id-missing', 'Each ranking entry needs a candidacy id', 'candidacyId');
  }
  for (const field of PART_FIELDS) {
    const value = entry[field];
    if (!Decimal.isDecimal(value) || !value.isFinite() || value.isNegative() || value.gt(100)) {
      throw invalid('ranking.part-out-of-range', `Part ${field} of ${entry.candidacyId} must be a decimal between 0 and 100`, field);
    }
  }
  if (!Number.isFinite(entry.panelGradeRank)) {
    throw invalid('ranking.panel-grade-missing', `Panel grade of ${entry.candidacyId} is missing`, 'panelGradeRank');
  }
  if (!(entry.submittedAt instanceof Date) || Number.isNaN(entry.submittedAt.getTime())) {
    throw invalid('ranking.submitted-at-missing', `Submission time of ${entry.candidacyId} is missing`, 'submittedAt');
  }
};

/** The exact composite of one entry (weights must already be validated). */
export const compositeScore = (entry: Pick<RankingEntry, 'projectReview' | 'panelPoints' | 'jury'>, weights: ScoreWeights): Decimal =>
  sum([weights.projectReview.times(entry.projectReview), weights.panelOpinion.times(entry.panelPoints), weights.jury.times(entry.jury)]).div(100);

type Scored = RankingEntry & { readonly composite: Decimal };

/**
 * Compares a with b in ranking order. Returns a negative number when a ranks above b, positive when below,
 * 0 when fully tied, together with the step that decided.
 */
const compare = (a: Scored, b: Scored): { order: number; step: RankDecision } => {
  const steps: ReadonlyArray<[RankDecision, number]> = [
    ['composite', b.composite.comparedTo(a.composite)],
    ['jury', b.jury.comparedTo(a.jury)],
    ['project-review', b.projectReview.comparedTo(a.projectReview)],
    ['panel-grade', Math.sign(b.panelGradeRank - a.panelGradeRank)],
    ['submission-time', Math.sign(a.submittedAt.getTime() - b.submittedAt.getTime())],
  ];
  for (const [step, order] of steps) if (order !== 0) return { order, step };
  return { order: 0, step: 'tied' };
};

/**
 * Ranks candidates by composite (desc), then jury (desc), project review (desc), panel grade (desc), earlier
 * submission. Candidates still equal after every tie-break share a rank; among them the list is ordered by
 * candidacy id only so that the output does not depend on input order — that order decides nothing.
 *
 * Throws DomainError 'invalid' for bad weights, parts outside 0–100, or duplicate candidacy ids.
 */
export const rankCandidates = (entries: readonly RankingEntry[], weights: ScoreWeights | ScoreWeightsInput): RankedCandidate[] => {
  const checkedWeights = validateWeights(weights);
  const seen = new Set<string>();
  const scored: Scored[] = entries.map((entry) => {
    assertEntry(entry);
    if (seen.has(entry.candidacyId)) {
      throw invalid('ranking.duplicate-candidacy', `Candidacy ${entry.candidacyId} appears twice`, 'candidacyId');
    }
    seen.add(entry.candidacyId);
    return {
      candidacyId: entry.candidacyId,
      projectReview: dec(entry.projectReview),
      panelPoints: dec(entry.panelPoints),
      panelGradeRank: entry.panelGradeRank,
      jury: dec(entry.jury),
      submittedAt: new Date(entry.submittedAt.getTime()),
      composite: compositeScore(entry, checkedWeights),
    };
  });

  scored.sort((a, b) => compare(a, b).order || (a.candidacyId < b.candidacyId ? -1 : a.candidacyId > b.candidacyId ? 1 : 0));

  const ranked: RankedCandidate[] = [];
  scored.forEach((candidate, index) => {
    if (index === 0) {
      ranked.push({ ...candidate, rank: 1, decidedBy: null });
      return;
    }
    const previous = ranked[index - 1];
    const { step } = compare(previous, candidate);
    ranked.push({ ...candidate, rank: step === 'tied' ? previous.rank : index + 1, decidedBy: step });
  });
  return ranked;
};
