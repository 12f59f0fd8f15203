import {
  allowedIn,
  type CampaignConfig,
  type CampaignStage,
  campaignStages,
  nextStage,
  type StageActivity,
  type StageDefinition,
  stageDefinitions,
} from '@app/domain';
import type { CampaignOrmEntity } from '../../infrastructure/campaign.orm-entity';

/** A campaign as the API shows it. */
export interface CampaignView {
  id: string;
  title: string;
  organisingBody: string;
  organisationId: string | null;
  stage: CampaignStage;
  nextStage: CampaignStage | null;
  /** What its stage allows (GET /stages has every stage's): the web UI shows and hides by this, not by stage. */
  allows: StageActivity[];
  /** The campaign's own stages in order (its pipeline's, less those it leaves out), as GET /stages gives them. */
  stages: StageDefinition[];
  config: CampaignConfig;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export const toCampaignView = (row: CampaignOrmEntity): CampaignView => {
  const stages = campaignStages(row.config);
  return {
    id: row.id,
    title: row.title,
    organisingBody: row.organisingBody,
    organisationId: row.organisationId,
    stage: row.stage,
    nextStage: nextStage(row.stage, stages) ?? null,
    allows: allowedIn(row.stage, stages),
    stages: stageDefinitions(stages),
    config: row.config,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
};
