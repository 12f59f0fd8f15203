import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { foldCampaign, foldCandidacies, type MissingRankingPart, missingRankingParts } from '@app/domain';
import { CommandTransaction } from '@app/database';
import { GetRankingQuery, type RankingView } from './get-ranking.query';

@QueryHandler(GetRankingQuery)
export class GetRankingHandler implements IQueryHandler<GetRankingQuery> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: CommandTransaction,
  ) {}

  async execute({ campaignId }: GetRankingQuery): Promise<RankingView> {
    const [campaign] = await this.dataSource.query(`SELECT config->'weights' AS weights FROM campaigns WHERE id = $1`, [campaignId]);
    const rows = await this.dataSource.query(
      `SELECT r.rank, r.candidacy_id AS "candidacyId", c.name, (c.details->>'grassrootsFrontline')::boolean AS "grassrootsFrontline",
              c.details->>'employment' AS employment, r.project_review::text AS "projectReview", r.panel_points::text AS "panelPoints",
              r.panel_grade AS "panelGrade", r.jury::text AS jury, r.composite::text AS composite, r.decided_by AS "decidedBy",
              r.missing_parts AS "missingParts", r.frozen
       FROM ranking_lines r JOIN candidacies c ON c.id = r.candidacy_id
       WHERE r.campaign_id = $1 ORDER BY r.rank, c.submitted_at`,
      [campaignId],
    );
    const frozenWeights = await this.dataSource.query(`SELECT weights FROM shortlists WHERE campaign_id = $1`, [campaignId]);
    const frozen = rows.some((r: { frozen: boolean }) => r.frozen);
    return {
      campaignId,
      frozen,
      freezeBlockers: frozen ? [] : await this.freezeBlockers(campaignId),
      weights: frozenWeights[0]?.weights ?? campaign?.weights,
      lines: rows.map(({ frozen: _frozen, ...line }: { frozen: boolean }) => line),
    };
  }

  /** The same rule the freeze applies, so that the organiser reads what is missing before she presses the button. */
  private async freezeBlockers(campaignId: string): Promise<MissingRankingPart[]> {
    const history = await this.tx.history(this.dataSource.manager, campaignId);
    const campaign = foldCampaign(history);
    return campaign ? missingRankingParts(campaign, foldCandidacies(history), history) : [];
  }
}
