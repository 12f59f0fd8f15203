import { Injectable, type OnModuleInit } from '@nestjs/common';
import { foldCampaign, foldCandidacies, foldShortlisting, previewRanking, type RankingLine, type ShortlistingEvent, stageIndex } from '@app/domain';
import { CommandTransaction, type InTransactionProjector, ProjectionRegistry, type StoredEvent } from '@app/database';
import type { EntityManager } from 'typeorm';

/** Events that change a part score, the set of candidates or the weights: the live ranking is recomputed. */
const CHANGES_A_PART = new Set([
  'CampaignReconfigured',
  'CandidacyQualificationDecided',
  'CandidacyWithdrawn',
  'ScoreSheetSubmitted',
  'ScoreSheetUnlocked',
  'ConflictOfInterestDeclared',
  'ExpertAssignmentsChanged',
  'PanelGradeRecorded',
  'JuryResultRecorded',
  'CampaignStageAdvanced',
]);

/**
 * Keeps the ranking read model: recomputed from the event history whenever a part changes, until the organiser
 * freezes it; then the frozen lines (from the RankingFrozen event) replace it for good. Also keeps the shortlist
 * and each member's inspection.
 */
@Injectable()
export class RankingProjector implements InTransactionProjector, OnModuleInit {
  readonly name = 'ranking';

  constructor(
    private readonly registry: ProjectionRegistry,
    private readonly tx: CommandTransaction,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async project(m: EntityManager, stored: StoredEvent): Promise<void> {
    const event = { type: stored.type, payload: stored.payload } as ShortlistingEvent;
    const campaignId = stored.campaignId;
    switch (event.type) {
      case 'RankingFrozen':
        await this.replaceLines(m, campaignId, event.payload.lines, true);
        return;
      case 'ShortlistFormed': {
        const { size, members, swaps, unmetQuotas } = event.payload;
        const [{ weights }] = await m.query(`SELECT config->'weights' AS weights FROM campaigns WHERE id = $1`, [campaignId]);
        await m.query(`INSERT INTO shortlists (campaign_id, size, weights, swaps, unmet_quotas) VALUES ($1, $2, $3, $4, $5)`, [
          campaignId,
          size,
          JSON.stringify(weights),
          JSON.stringify(swaps),
          JSON.stringify(unmetQuotas),
        ]);
        for (const member of members) {
          await m.query(`INSERT INTO shortlist_members (campaign_id, candidacy_id, rank, via, status) VALUES ($1, $2, $3, $4, 'shortlisted')`, [
            campaignId,
            member.candidacyId,
            member.rank,
            member.via,
          ]);
        }
        return;
      }
      case 'InspectionRecorded': {
        const { candidacyId, result, findings, inspectorId } = event.payload;
        await m.query(
          `UPDATE shortlist_members SET inspection_result = $3, findings = $4, inspector_id = $5,
             status = CASE WHEN $3 = 'fail' THEN 'failed-inspection' ELSE status END
           WHERE campaign_id = $1 AND candidacy_id = $2`,
          [campaignId, candidacyId, result, findings, inspectorId],
        );
        return;
      }
      case 'ShortlistMemberReplaced':
        // A member who withdrew (rather than failed inspection) leaves the shortlist as withdrawn.
        await m.query(`UPDATE shortlist_members SET status = 'withdrawn' WHERE campaign_id = $1 AND candidacy_id = $2 AND status = 'shortlisted'`, [
          campaignId,
          event.payload.failedId,
        ]);
        if (event.payload.replacement) {
          await m.query(`INSERT INTO shortlist_members (campaign_id, candidacy_id, rank, via, status) VALUES ($1, $2, $3, 'replacement', 'shortlisted')`, [
            campaignId,
            event.payload.replacement.candidacyId,
            event.payload.replacement.rank,
          ]);
        }
        return;
      case 'InspectionClosed':
        await m.query(`UPDATE shortlists SET closed = true WHERE campaign_id = $1`, [campaignId]);
        await m.query(`UPDATE shortlist_members SET status = 'finalist' WHERE campaign_id = $1 AND candidacy_id = ANY($2::uuid[])`, [
          campaignId,
          event.payload.finalists.map((f) => f.candidacyId),
        ]);
        return;
      default:
        if (CHANGES_A_PART.has(stored.type)) await this.recompute(m, campaignId);
    }
  }

  private async recompute(m: EntityManager, campaignId: string): Promise<void> {
    const history = await this.tx.history(m, campaignId);
    const campaign = foldCampaign(history);
    // Only from project review (parts exist) until the ranking is frozen (it never changes after).
    if (!campaign || stageIndex(campaign.stage) < stageIndex('project-review') || stageIndex(campaign.stage) > stageIndex('ranking')) return;
    if (foldShortlisting(history).ranking) return;
    const preview = previewRanking(campaign, foldCandidacies(history), history);
    await this.replaceLines(m, campaignId, preview.lines, false);
  }

  private async replaceLines(m: EntityManager, campaignId: string, lines: readonly RankingLine[], frozen: boolean): Promise<void> {
    await m.query(`DELETE FROM ranking_lines WHERE campaign_id = $1`, [campaignId]);
    if (lines.length === 0) return;
    await m.query(
      `INSERT INTO ranking_lines (campaign_id, candidacy_id, project_review, panel_points, panel_grade, jury, composite, rank, decided_by, missing_parts, frozen)
       SELECT $1, l.candidacy_id, l.project_review, l.panel_points, l.panel_grade, l.jury, l.composite, l.rank, l.decided_by, l.missing_parts, $3
       FROM jsonb_to_recordset($2::jsonb) AS l(candidacy_id uuid, project_review numeric, panel_points numeric, panel_grade text, jury numeric,
                                             composite numeric, rank int, decided_by text, missing_parts jsonb)`,
      [
        campaignId,
        JSON.stringify(
          lines.map((l) => ({
            candidacy_id: l.candidacyId,
            project_review: l.projectReview,
            panel_points: l.panelPoints,
            panel_grade: l.panelGrade,
            jury: l.jury,
            composite: l.composite,
            rank: l.rank,
            decided_by: l.decidedBy,
            missing_parts: l.missingParts,
          })),
        ),
        frozen,
      ],
    );
  }
}
