import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { GetShortlistQuery, type ShortlistView } from './get-shortlist.query';

@QueryHandler(GetShortlistQuery)
export class GetShortlistHandler implements IQueryHandler<GetShortlistQuery> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute({ campaignId }: GetShortlistQuery): Promise<ShortlistView | undefined> {
    const [shortlist] = await this.dataSource.query(`SELECT * FROM shortlists WHERE campaign_id = $1`, [campaignId]);
    if (!shortlist) return undefined;
    const members = await this.dataSource.query(
      `SELECT m.candidacy_id AS "candidacyId", c.name, m.rank, m.via, m.status, m.inspection_result AS "inspectionResult", m.findings,
              (c.details->>'grassrootsFrontline')::boolean AS "grassrootsFrontline"
       FROM shortlist_members m JOIN candidacies c ON c.id = m.candidacy_id
       WHERE m.campaign_id = $1 ORDER BY m.rank`,
      [campaignId],
    );
    return { campaignId, size: shortlist.size, closed: shortlist.closed, swaps: shortlist.swaps, unmetQuotas: shortlist.unmet_quotas, members };
  }
}
