import { type CampaignConfig, type CampaignStage, nextStage } from '@app/domain';
import type { CampaignOrmEntity } from '../../infrastructure/campaign.orm-entity';

/** A campaign as the API shows it. */
export interface CampaignView {
  id: string;
  title: string;
  organisingBody: string;
  organisationId: string | null;
  stage: CampaignStage;
  nextStage: CampaignStage | null;
  config: CampaignConfig;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export const toCampaignView = (row: CampaignOrmEntity): CampaignView => ({
  id: row.id,
  title: row.title,
  organisingBody: row.organisingBody,
  organisationId: row.organisationId,
  stage: row.stage,
  nextStage: nextStage(row.stage) ?? null,
  config: row.config,
  version: row.version,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});
