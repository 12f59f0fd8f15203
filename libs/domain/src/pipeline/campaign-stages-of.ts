import type { CampaignConfig } from '../campaign/campaign-config';
import type { CampaignStage } from '../campaign/campaign-stage';
import { type PipelineTemplate, TEMPLATE_STAGES } from './pipeline-template';

export const pipelineTemplateOf = (config: Pick<CampaignConfig, 'pipeline'>): PipelineTemplate => config.pipeline?.template ?? 'open-selection';

export const isHonours = (config: Pick<CampaignConfig, 'pipeline'>): boolean => pipelineTemplateOf(config) === 'honours';

/** The campaign's own stages in order: its template's, less the ones it leaves out. */
export function campaignStages(config: Pick<CampaignConfig, 'pipeline'>): readonly CampaignStage[] {
  const skipped = new Set(config.pipeline?.skippedStages ?? []);
  return TEMPLATE_STAGES[pipelineTemplateOf(config)].filter((stage) => !skipped.has(stage));
}
