import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import type { GrantableCampaignRole } from '@app/domain';
import type { DataSource } from 'typeorm';
import { type CampaignGrantView, ListCampaignGrantsQuery } from './list-campaign-grants.query';

@QueryHandler(ListCampaignGrantsQuery)
export class ListCampaignGrantsHandler implements IQueryHandler<ListCampaignGrantsQuery> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute({ campaignId }: ListCampaignGrantsQuery): Promise<CampaignGrantView[]> {
    const rows: { person_id: string; name: string; role: GrantableCampaignRole; granted_at: Date }[] = await this.dataSource.query(
      `SELECT person_id, name, role, granted_at FROM campaign_grants WHERE campaign_id = $1 ORDER BY granted_at, person_id, role`,
      [campaignId],
    );
    return rows.map((r) => ({ personId: r.person_id, name: r.name, role: r.role, grantedAt: r.granted_at.toISOString() }));
  }
}
