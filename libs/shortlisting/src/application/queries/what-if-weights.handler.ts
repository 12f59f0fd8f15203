import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { foldCampaign, foldCandidacies, whatIfWeights } from '@app/domain';
import { CommandTransaction } from '@app/database';
import { WhatIfWeightsQuery } from './what-if-weights.query';

@QueryHandler(WhatIfWeightsQuery)
export class WhatIfWeightsHandler implements IQueryHandler<WhatIfWeightsQuery> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: CommandTransaction,
  ) {}

  async execute({ campaignId, weights }: WhatIfWeightsQuery) {
    const history = await this.tx.history(this.dataSource.manager, campaignId);
    const campaign = foldCampaign(history);
    return campaign ? whatIfWeights(campaign, foldCandidacies(history), history, weights) : undefined;
  }
}
