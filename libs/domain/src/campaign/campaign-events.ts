import type { DomainEvent } from '../shared/domain-event';
import type { CampaignConfig, CampaignTimeline } from './campaign-config';
import type { CampaignStage } from './campaign-stage';

/** Where a campaign's configuration came from: a template (its key) or a past campaign (its id). */
export interface CampaignOrigin {
  readonly template?: string;
  readonly clonedFrom?: string;
}

/**
 * organisationId: the organisation the campaign belongs to (absent in campaigns recorded before organisations).
 * origin: absent for a campaign entered from scratch (and in every campaign recorded before templates).
 */
export type CampaignCreated = DomainEvent<'CampaignCreated', { campaignId: string; config: CampaignConfig; organisationId?: string; origin?: CampaignOrigin }>;
export type CampaignReconfigured = DomainEvent<'CampaignReconfigured', { campaignId: string; config: CampaignConfig }>;
export type CampaignStageAdvanced = DomainEvent<'CampaignStageAdvanced', { campaignId: string; from: CampaignStage; to: CampaignStage; reason?: string }>;

export type DraftCampaignDiscarded = DomainEvent<'DraftCampaignDiscarded', { campaignId: string; reason?: string }>;

/** A date of the timeline that may be moved later once the campaign runs (see campaign-deadlines.ts). */
export type ExtendableDeadline = Exclude<keyof CampaignTimeline, 'candidacyOpensAt'>;

export type DeadlineExtended = DomainEvent<'DeadlineExtended', { campaignId: string; deadline: ExtendableDeadline; from: string; to: string; reason: string }>;

export type CampaignEvent = CampaignCreated | CampaignReconfigured | CampaignStageAdvanced | DraftCampaignDiscarded | DeadlineExtended;
