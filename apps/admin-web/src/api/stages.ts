import { useQuery } from '@tanstack/react-query';
import { command, get } from './client';
import type { Campaign, CampaignStage, StageActivity, StageDefinition } from './types';

/** GET /stages: an open selection's stages in order, how each is entered and what it allows (a campaign's own are in its `stages`). */
export const stagesApi = {
  list: () => get<StageDefinition[]>('/stages'),
};

/** The stage definitions, read once: they change only with a new version of the api. */
export const useStages = () => useQuery({ queryKey: ['stages'], queryFn: stagesApi.list, staleTime: Infinity });

/** Whether any stage of the campaign's own pipeline allows it: e.g. a campaign without a public vote shows no jury tab. */
export const pipelineAllows = (campaign: Pick<Campaign, 'stages'>, activity: StageActivity): boolean =>
  campaign.stages.some((d) => d.allows.includes(activity));

/** Whether the campaign's stage allows it: the screens ask this, never compare stages. */
export const allows = (campaign: Pick<Campaign, 'allows'>, activity: StageActivity): boolean => campaign.allows.includes(activity);

/**
 * Moves the campaign into `to` by the command that enters it: the plain transition names the stage; a stage
 * whose predecessor must finish with a result (e.g. closing project review) has its own command and route.
 */
export function enterStage(campaignId: string, definition: StageDefinition, reason?: string): Promise<unknown> {
  const { path, reasonField, namesStage } = definition.enteredBy;
  const body = { ...(namesStage ? { to: definition.stage } : {}), ...(reason && reasonField ? { [reasonField]: reason } : {}) };
  return command('POST', path.replace('{campaignId}', campaignId), body);
}

export const stageDefinition = (stages: readonly StageDefinition[] | undefined, stage: CampaignStage | null) => stages?.find((d) => d.stage === stage);
