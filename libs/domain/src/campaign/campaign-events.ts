import type { DomainEvent } from '../shared/domain-event';
import type { CampaignConfig } from './campaign-config';
import type { CampaignStage } from './campaign-stage';

/** organisationId: the organisation the campaign belongs to (absent in campaigns recorded before organisations). */
export type CampaignCreated = DomainEvent<'CampaignCreated', { campaignId: string; config: CampaignConfig; organisationId?: string }>;
export type CampaignReconfigured = DomainEvent<'CampaignReconfigured', { campaignId: string; config: CampaignConfig }>;
export type CampaignStageAdvanced = DomainEvent<'CampaignStageAdvanced', { campaignId: string; from: CampaignStage; to: CampaignStage; reason?: string }>;

export type DraftCampaignDiscarded = DomainEvent<'DraftCampaignDiscarded', { campaignId: string; reason?: string }>;

export type CampaignEvent = CampaignCreated | CampaignReconfigured | CampaignStageAdvanced | DraftCampaignDiscarded;
