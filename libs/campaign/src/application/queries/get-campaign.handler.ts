import { NotFoundException } from '@nestjs/common';
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
    if (row?.discardedAt) {
      // Said in so many words, so that a stale link tells the organiser why the campaign is gone.
      throw new NotFoundException({
        statusCode: 404,
        error: 'Not Found',
        code: 'campaign.discarded',
        message: `Campaign ${campaignId} was a draft and has been discarded.`,
      });
    }
    return row ? toCampaignView(row) : undefined;
  }
}
