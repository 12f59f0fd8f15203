import { campaignStages } from '../pipeline/campaign-stages-of';
import { conflict } from '../shared/domain-error';
import type { CampaignConfig } from './campaign-config';
import { type StageActivity, stageOfActivity } from './stage-definitions';

/**
 * Refuses work that belongs to a stage the campaign leaves out (e.g. editing the expert panel when expert review is
 * left out, registering jurors when the public vote is), whatever stage the campaign is in: the same rule by which
 * `stageAllows` hides it from the screens (stage-definitions.ts, BELONGS_TO).
 */
export function assertStageKept(config: Pick<CampaignConfig, 'pipeline'>, activity: StageActivity, doing: string): void {
  const home = stageOfActivity(activity);
  if (home !== undefined && !campaignStages(config).includes(home)) {
    throw conflict('pipeline.stage-left-out', `Cannot ${doing}: this campaign leaves out the stage "${home}".`, undefined, { stage: home });
  }
}
