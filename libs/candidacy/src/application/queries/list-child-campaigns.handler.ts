import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { ChildCampaignView } from './list-child-campaigns.query';
import { ListChildCampaignsQuery } from './list-child-campaigns.query';

@QueryHandler(ListChildCampaignsQuery)
export class ListChildCampaignsHandler implements IQueryHandler<ListChildCampaignsQuery> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute({ parentCampaignId }: ListChildCampaignsQuery): Promise<ChildCampaignView[]> {
    // The organisations strictly below the parent's; the domain checks "below" again when the command is applied.
    const rows: { id: string; title: string; organisation_id: string; organisation_name: string; finalists: number | null; adopted: boolean }[] =
      await this.dataSource.query(
        `WITH RECURSIVE below AS (
           SELECT o.id FROM organisations o JOIN campaigns p ON o.parent_id = p.organisation_id WHERE p.id = $1
           UNION SELECT o.id FROM organisations o JOIN below b ON o.parent_id = b.id
         )
         -- Finalists: an open selection's elected, or an honours campaign's award tiers (both list candidacyIds).
         SELECT c.id, c.title, c.organisation_id, o.name AS organisation_name,
                (SELECT count(DISTINCT ids.id)::int FROM events e,
                        jsonb_array_elements(COALESCE(e.payload->'elected', '[]') || COALESCE(e.payload->'awards', '[]')) pos, jsonb_array_elements_text(pos->'candidacyIds') ids(id)
                  WHERE e.campaign_id = c.id AND e.type = 'ResultsPublished') AS finalists,
                EXISTS (SELECT 1 FROM events a WHERE a.campaign_id = $1 AND a.type = 'ChildFinalistsAdopted' AND a.payload->>'childCampaignId' = c.id::text) AS adopted
         FROM campaigns c JOIN below b ON c.organisation_id = b.id JOIN organisations o ON o.id = c.organisation_id
         WHERE c.stage = 'certified' AND c.discarded_at IS NULL
         ORDER BY o.name, c.title, c.id`,
        [parentCampaignId],
      );
    return rows.map((r) => ({
      campaignId: r.id,
      title: r.title,
      organisationId: r.organisation_id,
      organisationName: r.organisation_name,
      finalists: r.finalists ?? 0,
      adopted: r.adopted,
    }));
  }
}
