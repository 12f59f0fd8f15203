import { Query } from '@nestjs/cqrs';
import type { CandidacyView } from './candidacy.view';

/** All candidacies of a campaign in submission order, or only one candidate's own when `candidateId` is given. */
export class ListCandidaciesQuery extends Query<CandidacyView[]> {
  constructor(
    readonly campaignId: string,
    readonly candidateId?: string,
  ) {
    super();
  }
}
