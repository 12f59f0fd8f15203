import { Query } from '@nestjs/cqrs';
import type { CampaignView } from './campaign.view';

export class GetCampaignQuery extends Query<CampaignView | undefined> {
  constructor(readonly campaignId: string) {
    super();
  }
}
