import type { DomainEvent } from '../shared/domain-event';

/** Roles granted per campaign by its organisers (experts join through the panel, ExpertAddedToPanel). */
export const GRANTABLE_CAMPAIGN_ROLES = ['inspector', 'counting-officer'] as const;
export type GrantableCampaignRole = (typeof GRANTABLE_CAMPAIGN_ROLES)[number];

export type CampaignRoleGranted = DomainEvent<'CampaignRoleGranted', { campaignId: string; personId: string; name: string; role: GrantableCampaignRole }>;
export type CampaignRoleRevoked = DomainEvent<'CampaignRoleRevoked', { campaignId: string; personId: string; role: GrantableCampaignRole }>;

export type CampaignGrantEvent = CampaignRoleGranted | CampaignRoleRevoked;
