import type Decimal from 'decimal.js';
import type { CampaignState } from '../campaign/campaign';
import { assertStage } from '../campaign/campaign-stage';
import type { CampaignStageAdvanced } from '../campaign/campaign-events';
import type { Candidacies } from '../candidacy/candidacy';
import { rankCandidates, type RankedCandidate } from './composite-ranking';
import { candidateAttributes, quotasFor } from '../quotas/campaign-quotas';
import { type ScoreWeightsInput, validateWeights } from './score-weights';
import { formShortlist, type Shortlist, shortlistSize } from '../shortlisting/shortlist';
import type { DomainEvent } from '../shared/domain-event';
import { conflict } from '../shared/domain-error';
import { placesToFill } from '../pipeline/places-to-fill';
import { assertRankingComplete } from './missing-ranking-parts';
import { partScoresOf, type PartScores } from './part-scores';
import type { RankingFrozen, RankingLine, ShortlistFormed } from '../shortlisting/shortlisting-events';

/** The attributes quotas may refer to, from the candidate's details. */
export interface RankingPreview {
  readonly weights: { projectReview: string; panelOpinion: string; jury: string };
  readonly lines: RankingLine[];
  readonly shortlist: Shortlist;
}

const text = (d: Decimal) => d.toFixed(2);

function toLine(r: RankedCandidate, parts: PartScores): RankingLine {
  return {
    candidacyId: r.candidacyId,
    projectReview: text(r.projectReview),
    panelPoints: text(r.panelPoints),
    panelGrade: parts.panelGrade,
    jury: text(r.jury),
    // The composite is exact (at most 4 places from 2-place parts and 2-place weights); shown in full.
    composite: r.composite.toFixed(4),
    rank: r.rank,
    decidedBy: r.decidedBy,
    missingParts: parts.missingParts,
  };
}

/** The ranking and shortlist as they stand (or would stand under other weights); changes nothing. */
export function previewRanking(
  campaign: CampaignState,
  candidacies: Candidacies,
  history: readonly DomainEvent[],
  weightsInput?: ScoreWeightsInput,
): RankingPreview {
  const input = weightsInput ?? campaign.config.weights;
  const weights = validateWeights(input);
  const parts = partScoresOf(campaign, candidacies, history);
  const byId = new Map(parts.map((p) => [p.candidacyId, p]));
  const ranked = rankCandidates(parts, weights);
  const seats = placesToFill(campaign.config);
  const shortlist = formShortlist(
    ranked.map((r) => ({ candidacyId: r.candidacyId, rank: r.rank })),
    candidateAttributes(candidacies),
    shortlistSize(seats, campaign.config.competitiveMarginPercent),
    quotasFor(campaign.config.quotas, 'shortlist'),
  );
  return {
    weights: { projectReview: weights.projectReview.toFixed(2), panelOpinion: weights.panelOpinion.toFixed(2), jury: weights.jury.toFixed(2) },
    lines: ranked.map((r) => toLine(r, byId.get(r.candidacyId)!)),
    shortlist,
  };
}

export interface WhatIfComparison {
  readonly current: RankingPreview;
  readonly alternative: RankingPreview;
  readonly movedIn: string[];
  readonly movedOut: string[];
  readonly rankChanges: { candidacyId: string; from: number; to: number }[];
}

/** What would change under other weights: who would enter or leave the shortlist, whose rank would move. */
export function whatIfWeights(
  campaign: CampaignState,
  candidacies: Candidacies,
  history: readonly DomainEvent[],
  weights: ScoreWeightsInput,
): WhatIfComparison {
  const current = previewRanking(campaign, candidacies, history);
  const alternative = previewRanking(campaign, candidacies, history, weights);
  const ids = (p: RankingPreview) => new Set(p.shortlist.members.map((m) => m.candidacyId));
  const [now, then] = [ids(current), ids(alternative)];
  const rankNow = new Map(current.lines.map((l) => [l.candidacyId, l.rank]));
  return {
    current,
    alternative,
    movedIn: [...then].filter((id) => !now.has(id)),
    movedOut: [...now].filter((id) => !then.has(id)),
    rankChanges: alternative.lines
      .filter((l) => rankNow.get(l.candidacyId) !== l.rank)
      .map((l) => ({ candidacyId: l.candidacyId, from: rankNow.get(l.candidacyId)!, to: l.rank })),
  };
}

/**
 * The organiser freezes the ranking: it is recorded with every part, the shortlist is formed (quota-aware), and
 * the campaign moves on to inspection. Afterwards the ranking never changes.
 */
export function freezeRanking(
  campaign: CampaignState,
  candidacies: Candidacies,
  history: readonly DomainEvent[],
  overrideReason?: string,
): (RankingFrozen | ShortlistFormed | CampaignStageAdvanced)[] {
  assertStage(campaign.stage, 'ranking', 'freeze the ranking');
  const override = assertRankingComplete(campaign, candidacies, history, overrideReason);
  const preview = previewRanking(campaign, candidacies, history);
  if (preview.lines.length === 0) throw conflict('ranking.empty', 'There is no accepted candidacy to rank.');
  const { shortlist } = preview;
  return [
    {
      type: 'RankingFrozen',
      payload: {
        campaignId: campaign.id,
        weights: preview.weights,
        lines: preview.lines,
        ...(override
          ? { override: { reason: override.reason, missing: override.parts.map((p) => ({ part: p.part, candidacyIds: [...p.candidacyIds] })) } }
          : {}),
      },
    },
    {
      type: 'ShortlistFormed',
      payload: {
        campaignId: campaign.id,
        size: shortlist.size,
        members: shortlist.members.map((m) => ({ ...m })),
        swaps: [...shortlist.swaps],
        unmetQuotas: [...shortlist.unmetQuotas],
      },
    },
    { type: 'CampaignStageAdvanced', payload: { campaignId: campaign.id, from: 'ranking', to: 'inspection', reason: 'ranking frozen' } },
  ];
}
