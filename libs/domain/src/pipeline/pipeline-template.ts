import { type CampaignStage, HONOURS_STAGES, OPEN_SELECTION_STAGES } from '../campaign/campaign-stage';

/**
 * A campaign runs one of two pipelines (issue 16): an open selection that ends in a congress election, or an
 * honours campaign (e.g. 十佳家庭) that ends in award tiers. A campaign configured before pipelines existed has
 * none and runs the open selection.
 */
export const PIPELINE_TEMPLATES = ['open-selection', 'honours'] as const;
export type PipelineTemplate = (typeof PIPELINE_TEMPLATES)[number];

/** One award tier (e.g. 十佳家庭 ×10, 提名奖 ×10): the first `size` finalists by ranking not in an earlier tier. */
export interface AwardTier {
  readonly key: string;
  readonly title: string;
  readonly size: number;
}

/** Ranked: each tier lists its members by rank. Unranked: in no particular order (排名不分先后). */
export type AwardPublication = 'ranked' | 'unranked';

export interface PipelineConfig {
  readonly template: PipelineTemplate;
  /** Stages of the template this campaign leaves out (see SKIPPABLE_STAGE_GROUPS). */
  readonly skippedStages?: readonly CampaignStage[];
  /** Honours only: the tiers, in order. */
  readonly awardTiers?: readonly AwardTier[];
  /** Honours only; unranked when left out. */
  readonly publication?: AwardPublication;
}

/** The stages of each template, in order. */
export const TEMPLATE_STAGES: Record<PipelineTemplate, readonly CampaignStage[]> = { 'open-selection': OPEN_SELECTION_STAGES, honours: HONOURS_STAGES };

/**
 * What a campaign may leave out, each a set of stages left out together: expert review (project review with the
 * panel's opinion, which grades the same projects), the panel opinion alone, or the public vote (the jury). At
 * least one scoring stage must stay.
 */
export const SKIPPABLE_STAGE_GROUPS: readonly (readonly CampaignStage[])[] = [['project-review', 'panel-opinion'], ['panel-opinion'], ['jury']];

/** The stages that score candidates, with the weight each feeds. */
export const SCORING_STAGES = { 'project-review': 'projectReview', 'panel-opinion': 'panelOpinion', jury: 'jury' } as const;
