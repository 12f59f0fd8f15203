import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { resultsView } from '@app/domain';
import { CommandTransaction } from '@app/database';
import { GetResultsQuery } from './get-results.query';

@QueryHandler(GetResultsQuery)
export class GetResultsHandler implements IQueryHandler<GetResultsQuery> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: CommandTransaction,
  ) {}

  async execute({ campaignId, publishedOnly }: GetResultsQuery) {
    // The organiser's view (not only published) lists every objection with contacts; the public one admitted ones only.
    const view = resultsView(await this.tx.history(this.dataSource.manager, campaignId), { audience: publishedOnly ? 'public' : 'organiser' });
    if (!view || (publishedOnly && !view.publishedAt)) return undefined;
    return view;
  }
}
