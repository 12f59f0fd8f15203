import { conflict } from '../shared/domain-error';

/**
 * Every stage a campaign may have, in the only order they may run (DOMAIN.md, "A campaign"). A campaign runs its
 * own pipeline's stages (`campaignStages(config)` in pipeline/): an open selection never has `award`, an honours
 * campaign never has `election`, and either may leave some scoring stages out.
 */
export const CAMPAIGN_STAGES = [
  'draft',
  'candidacy-open',
  'qualification-review',
  'project-review',
  'panel-opinion',
  'jury',
  'ranking',
  'inspection',
  'election',
  'award',
  'publicity',
  'certified',
] as const;
export type CampaignStage = (typeof CAMPAIGN_STAGES)[number];

/** Each pipeline's stages are every stage but the one that ends the other: `award` runs where an open selection holds its election. */
export const OPEN_SELECTION_STAGES: readonly CampaignStage[] = CAMPAIGN_STAGES.filter((stage) => stage !== 'award');
export const HONOURS_STAGES: readonly CampaignStage[] = CAMPAIGN_STAGES.filter((stage) => stage !== 'election');

export const stageIndex = (stage: CampaignStage): number => CAMPAIGN_STAGES.indexOf(stage);

/** The stage after `stage` in the campaign's own stages (an open selection's when not given). */
export const nextStage = (stage: CampaignStage, stages: readonly CampaignStage[] = OPEN_SELECTION_STAGES): CampaignStage | undefined =>
  stages.includes(stage) ? stages[stages.indexOf(stage) + 1] : undefined;

/**
 * A stage can never be re-opened once its successor has started, so the only legal move is one step forward in
 * the campaign's own stages.
 */
export function assertCanAdvance(from: CampaignStage, to: CampaignStage, stages: readonly CampaignStage[] = OPEN_SELECTION_STAGES): void {
  const expected = nextStage(from, stages);
  if (expected === undefined) throw conflict('stage.final', `The campaign is ${from}; no stage follows.`, undefined, { stage: from });
  if (to !== expected) {
    throw conflict(
      'stage.out-of-order',
      `The campaign is in stage "${from}"; the next stage is "${expected}", not "${to}". Stages run in order and never re-open.`,
      undefined,
      { stage: from, next: expected, requested: to },
    );
  }
}

export function assertStage(actual: CampaignStage, allowed: CampaignStage | readonly CampaignStage[], doing: string): void {
  const list = typeof allowed === 'string' ? [allowed] : allowed;
  if (!list.includes(actual)) {
    throw conflict('stage.wrong', `Cannot ${doing}: the campaign is in stage "${actual}" (allowed: ${list.join(', ')}).`, undefined, { stage: actual });
  }
}
