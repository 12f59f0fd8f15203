import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { CandidacyOrmEntity } from '../../infrastructure/candidacy.orm-entity';
import { toCandidacyView } from './candidacy.view';
import { childCampaignTitles } from './nomination.view';
import { ListCandidaciesQuery } from './list-candidacies.query';

@QueryHandler(ListCandidaciesQuery)
export class ListCandidaciesHandler implements IQueryHandler<ListCandidaciesQuery> {
  constructor(@InjectRepository(CandidacyOrmEntity) private readonly candidacies: Repository<CandidacyOrmEntity>) {}

  async execute({ campaignId, candidateId }: ListCandidaciesQuery) {
    const rows = await this.candidacies.find({
      where: candidateId ? { campaignId, candidateId } : { campaignId },
      order: { submittedAt: 'ASC' },
    });
    const titles = await childCampaignTitles(
      this.candidacies.manager,
      rows.map((r) => r.nomination),
    );
    return rows.map((row) => toCandidacyView(row, titles));
  }
}
