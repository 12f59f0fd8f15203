import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { CampaignOrmEntity } from '../../infrastructure/campaign.orm-entity';
import { toCampaignView } from './campaign.view';
import { GetCampaignQuery } from './get-campaign.query';

@QueryHandler(GetCampaignQuery)
export class GetCampaignHandler implements IQueryHandler<GetCampaignQuery> {
  constructor(@InjectRepository(CampaignOrmEntity) private readonly campaigns: Repository<CampaignOrmEntity>) {}

  async execute({ campaignId }: GetCampaignQuery) {
    const row = await this.campaigns.findOneBy({ id: campaignId });
    return row ? toCampaignView(row) : undefined;
  }
}
