import { conflict } from '../shared/domain-error';

/** The stages of a selection, in the only order they may run (DOMAIN.md, "A campaign"). */
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
  'publicity',
  'certified',
] as const;
export type CampaignStage = (typeof CAMPAIGN_STAGES)[number];

export const stageIndex = (stage: CampaignStage): number => CAMPAIGN_STAGES.indexOf(stage);

export const nextStage = (stage: CampaignStage): CampaignStage | undefined => CAMPAIGN_STAGES[stageIndex(stage) + 1];

/** A stage can never be re-opened once its successor has started, so the only legal move is one step forward. */
export function assertCanAdvance(from: CampaignStage, to: CampaignStage): void {
  const expected = nextStage(from);
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
