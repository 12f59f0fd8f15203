import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, type Repository } from 'typeorm';
import { CampaignOrmEntity } from '../../infrastructure/campaign.orm-entity';
import { toCampaignView } from './campaign.view';
import { ListCampaignsQuery } from './list-campaigns.query';

@QueryHandler(ListCampaignsQuery)
export class ListCampaignsHandler implements IQueryHandler<ListCampaignsQuery> {
  constructor(@InjectRepository(CampaignOrmEntity) private readonly campaigns: Repository<CampaignOrmEntity>) {}

  async execute() {
    const rows = await this.campaigns.find({ where: { discardedAt: IsNull() }, order: { createdAt: 'DESC' } });
    return rows.map(toCampaignView);
  }
}
