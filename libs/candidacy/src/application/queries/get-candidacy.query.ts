import { Query } from '@nestjs/cqrs';
import type { CandidacyView } from './candidacy.view';

export class GetCandidacyQuery extends Query<CandidacyView | undefined> {
  constructor(readonly candidacyId: string) {
    super();
  }
}
