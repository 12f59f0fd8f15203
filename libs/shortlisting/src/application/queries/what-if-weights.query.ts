import { Query } from '@nestjs/cqrs';
import type { WhatIfComparison } from '@app/domain';

/** The ranking and shortlist under other weights, compared with the current ones; changes nothing. */
export class WhatIfWeightsQuery extends Query<WhatIfComparison | undefined> {
  constructor(
    readonly campaignId: string,
    readonly weights: { projectReview: string; panelOpinion: string; jury: string },
  ) {
    super();
  }
}
