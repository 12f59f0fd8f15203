import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { CandidacyOrmEntity } from '../../infrastructure/candidacy.orm-entity';
import { toCandidacyView } from './candidacy.view';
import { ListCandidaciesQuery } from './list-candidacies.query';

@QueryHandler(ListCandidaciesQuery)
export class ListCandidaciesHandler implements IQueryHandler<ListCandidaciesQuery> {
  constructor(@InjectRepository(CandidacyOrmEntity) private readonly candidacies: Repository<CandidacyOrmEntity>) {}

  async execute({ campaignId, candidateId }: ListCandidaciesQuery) {
    const rows = await this.candidacies.find({
      where: candidateId ? { campaignId, candidateId } : { campaignId },
      order: { submittedAt: 'ASC' },
    });
    return rows.map(toCandidacyView);
  }
}
