import { Query } from '@nestjs/cqrs';
import type { ResultsView } from '@app/domain';

/** The result of a campaign computed from its event log; `publishedOnly` hides it until publication. */
export class GetResultsQuery extends Query<ResultsView | undefined> {
  constructor(
    readonly campaignId: string,
    readonly publishedOnly: boolean,
  ) {
    super();
  }
}
