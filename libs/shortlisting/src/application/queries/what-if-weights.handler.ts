import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { foldCampaign, foldCandidacies, whatIfWeights } from '@app/domain';
import { asDomainEvents, loadHistory } from '@app/database';
import { WhatIfWeightsQuery } from './what-if-weights.query';

@QueryHandler(WhatIfWeightsQuery)
export class WhatIfWeightsHandler implements IQueryHandler<WhatIfWeightsQuery> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute({ campaignId, weights }: WhatIfWeightsQuery) {
    const history = asDomainEvents(await loadHistory(this.dataSource.manager, campaignId));
    const campaign = foldCampaign(history);
    return campaign ? whatIfWeights(campaign, foldCandidacies(history), history, weights) : undefined;
  }
}
