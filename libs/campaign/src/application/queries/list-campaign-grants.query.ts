import type { GrantableCampaignRole } from '@app/domain';

export class ListCampaignGrantsQuery {
  constructor(readonly campaignId: string) {}
}

export interface CampaignGrantView {
  personId: string;
  name: string;
  role: GrantableCampaignRole;
  grantedAt: string;
}
