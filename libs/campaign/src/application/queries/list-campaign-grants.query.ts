export class ListCampaignGrantsQuery {
  constructor(readonly campaignId: string) {}
}

export interface CampaignGrantView {
  personId: string;
  name: string;
  role: string;
  grantedAt: string;
}
