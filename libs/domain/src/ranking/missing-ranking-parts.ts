import type { CampaignState } from '../campaign/campaign';
import { stageIndex } from '../campaign/campaign-stage';
import type { Candidacies } from '../candidacy/candidacy';
import { foldEvaluation } from '../evaluation/expert-panel';
import { panelOpinionResults } from '../evaluation/panel-opinion';
import { conflict } from '../shared/domain-error';
import type { DomainEvent } from '../shared/domain-event';
import { dec } from '../shared/score';
import { latestJuryResult } from './part-scores';

/**
 * A weighted part of the ranking that has no result yet. A frozen ranking never changes, so freezing one in which
 * a part silently counts as 0 would rank people on what nobody decided.
 * - project review: still open (its close is where missing score sheets are settled, with a reason if need be);
 * - panel opinion: candidates no panel member has graded;
 * - jury: no result recorded (POST /campaigns/{id}/jury/result).
 */
export interface MissingRankingPart {
  readonly part: 'projectReview' | 'panelOpinion' | 'jury';
  readonly reason: 'project-review-open' | 'panel-grades-missing' | 'jury-result-not-recorded';
  /** The candidacies concerned, when the part is missing for some and not others (panel grades). */
  readonly candidacyIds: readonly string[];
  /**
   * Whether the organiser may freeze anyway with a written reason: only when the stage that produces the part is
   * over and it can never come (panel grades are recorded in panel-opinion only), so the campaign is not stuck.
   */
  readonly overridable: boolean;
}

/** What keeps the ranking from being frozen, in the order the stages produce the parts; empty when nothing does. */
export function missingRankingParts(campaign: CampaignState, candidacies: Candidacies, history: readonly DomainEvent[]): MissingRankingPart[] {
  const weighted = (part: MissingRankingPart['part']) => dec(campaign.config.weights[part]).gt(0);
  const missing: MissingRankingPart[] = [];
  if (weighted('projectReview') && stageIndex(campaign.stage) <= stageIndex('project-review')) {
    missing.push({ part: 'projectReview', reason: 'project-review-open', candidacyIds: [], overridable: false });
  }
  if (weighted('panelOpinion')) {
    const ungraded = panelOpinionResults(foldEvaluation(history), candidacies)
      .filter((r) => r.grade === null)
      .map((r) => r.candidacyId);
    const gradingOver = stageIndex(campaign.stage) > stageIndex('panel-opinion');
    if (ungraded.length > 0) missing.push({ part: 'panelOpinion', reason: 'panel-grades-missing', candidacyIds: ungraded, overridable: gradingOver });
  }
  if (weighted('jury') && !latestJuryResult(history)) {
    missing.push({ part: 'jury', reason: 'jury-result-not-recorded', candidacyIds: [], overridable: false });
  }
  return missing;
}

function describe(missing: MissingRankingPart, candidacies: Candidacies): string {
  switch (missing.reason) {
    case 'project-review-open':
      return 'project review is not closed';
    case 'panel-grades-missing':
      return `no panel grade: ${missing.candidacyIds.map((id) => candidacies.get(id)?.details.name ?? id).join(', ')}`;
    case 'jury-result-not-recorded':
      return 'the jury result has not been recorded (POST /campaigns/{campaignId}/jury/result)';
  }
}

/** Parts the organiser chose to freeze without, and why (kept in the RankingFrozen event). */
export interface RankingPartsOverride {
  readonly reason: string;
  readonly parts: readonly MissingRankingPart[];
}

/**
 * Refuses (409 ranking.parts-missing) while a weighted part has no result, saying which. With a written
 * `overrideReason`, parts that can never come any more (see `overridable`) are let through and returned, so the
 * frozen ranking records who was ranked without them and why.
 */
export function assertRankingComplete(
  campaign: CampaignState,
  candidacies: Candidacies,
  history: readonly DomainEvent[],
  overrideReason?: string,
): RankingPartsOverride | undefined {
  const missing = missingRankingParts(campaign, candidacies, history);
  if (missing.length === 0) return undefined;
  const reason = overrideReason?.trim();
  const blocking = reason ? missing.filter((m) => !m.overridable) : missing;
  if (blocking.length > 0) {
    const hint =
      !reason && missing.every((m) => m.overridable)
        ? ' Panel grades can no longer be recorded: freeze with a written overrideReason to rank without them.'
        : '';
    throw conflict(
      'ranking.parts-missing',
      `The ranking cannot be frozen while a weighted part has no result: ${blocking.map((m) => describe(m, candidacies)).join('; ')}.${hint}`,
    );
  }
  return { reason: reason!, parts: missing };
}
