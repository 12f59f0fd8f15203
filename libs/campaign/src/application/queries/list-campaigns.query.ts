import { Query } from '@nestjs/cqrs';
import type { CampaignView } from './campaign.view';

export class ListCampaignsQuery extends Query<CampaignView[]> {}
