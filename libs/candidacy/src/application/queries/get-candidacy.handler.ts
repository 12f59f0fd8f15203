import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { CandidacyOrmEntity } from '../../infrastructure/candidacy.orm-entity';
import { toCandidacyView } from './candidacy.view';
import { childCampaignTitles } from './nomination.view';
import { GetCandidacyQuery } from './get-candidacy.query';

@QueryHandler(GetCandidacyQuery)
export class GetCandidacyHandler implements IQueryHandler<GetCandidacyQuery> {
  constructor(@InjectRepository(CandidacyOrmEntity) private readonly candidacies: Repository<CandidacyOrmEntity>) {}

  async execute({ candidacyId }: GetCandidacyQuery) {
    const row = await this.candidacies.findOneBy({ id: candidacyId });
    return row ? toCandidacyView(row, await childCampaignTitles(this.candidacies.manager, [row.nomination])) : undefined;
  }
}
