import { Injectable, type OnModuleInit } from '@nestjs/common';
import { dec, DEFAULT_REVIEW_RUBRIC, type EvaluationEvent, formatScore, projectReviewScore, type RubricCriterion } from '@app/domain';
import { type InTransactionProjector, ProjectionRegistry, type StoredEvent } from '@app/database';
import type { EntityManager } from 'typeorm';

/**
 * Keeps the evaluation read models inside the command's transaction, and recomputes a candidacy's project review
 * score whenever the sheets that count for it change (a submit, an unlock, a recusal).
 */
@Injectable()
export class EvaluationProjector implements InTransactionProjector, OnModuleInit {
  readonly name = 'evaluation';

  constructor(private readonly registry: ProjectionRegistry) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async project(m: EntityManager, stored: StoredEvent): Promise<void> {
    const event = { type: stored.type, payload: stored.payload } as EvaluationEvent;
    const at = stored.occurredAt;
    switch (event.type) {
      case 'ExpertAddedToPanel': {
        const { campaignId, expertId, name, candidacyIds } = event.payload;
        await m.query(
          `INSERT INTO evaluation_experts (campaign_id, expert_id, name, candidacy_ids, added_seq, added_at, updated_at)
           VALUES ($1, $2, $3, $4, $5, $6, $6)`,
          [campaignId, expertId, name, candidacyIds === null ? null : JSON.stringify(candidacyIds), stored.seq, at],
        );
        return;
      }
      case 'ExpertAssignmentsChanged': {
        const { campaignId, expertId, candidacyIds } = event.payload;
        await m.query(`UPDATE evaluation_experts SET candidacy_ids = $3, updated_at = $4 WHERE campaign_id = $1 AND expert_id = $2`, [
          campaignId,
          expertId,
          candidacyIds === null ? null : JSON.stringify(candidacyIds),
          at,
        ]);
        return;
      }
      case 'ConflictOfInterestDeclared': {
        const { campaignId, expertId, candidacyId, reason, declaredBy } = event.payload;
        await m.query(
          `INSERT INTO evaluation_recusals (campaign_id, expert_id, candidacy_id, reason, declared_by, declared_by_actor, declared_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7)`,
          [campaignId, expertId, candidacyId, reason, declaredBy, stored.actorId, at],
        );
        await this.recomputeProjectReview(m, campaignId, candidacyId, at);
        return;
      }
      case 'ScoreSheetDraftSaved': {
        const { campaignId, candidacyId, expertId, scores, comment } = event.payload;
        // A draft on an unlocked sheet keeps it "unlocked": the organiser still sees that it was re-opened.
        await m.query(
          `INSERT INTO score_sheets (campaign_id, candidacy_id, expert_id, status, scores, comment, total, updated_at)
           VALUES ($1, $2, $3, 'draft', $4, $5, NULL, $6)
           ON CONFLICT (campaign_id, candidacy_id, expert_id) DO UPDATE
             SET status = CASE WHEN score_sheets.status = 'unlocked' THEN 'unlocked' ELSE 'draft' END,
                 scores = EXCLUDED.scores, comment = EXCLUDED.comment, total = NULL, updated_at = EXCLUDED.updated_at`,
          [campaignId, candidacyId, expertId, JSON.stringify(scores), comment, at],
        );
        return;
      }
      case 'ScoreSheetSubmitted': {
        const { campaignId, candidacyId, expertId, scores, comment, total } = event.payload;
        await m.query(
          `INSERT INTO score_sheets (campaign_id, candidacy_id, expert_id, status, scores, comment, total, submitted_at, submit_count, updated_at)
           VALUES ($1, $2, $3, 'submitted', $4, $5, $6, $7, 1, $7)
           ON CONFLICT (campaign_id, candidacy_id, expert_id) DO UPDATE
             SET status = 'submitted', scores = EXCLUDED.scores, comment = EXCLUDED.comment, total = EXCLUDED.total,
                 submitted_at = EXCLUDED.submitted_at, submit_count = score_sheets.submit_count + 1, updated_at = EXCLUDED.updated_at`,
          [campaignId, candidacyId, expertId, JSON.stringify(scores), comment, total, at],
        );
        await this.recomputeProjectReview(m, campaignId, candidacyId, at);
        return;
      }
      case 'ScoreSheetUnlocked': {
        const { campaignId, candidacyId, expertId, reason } = event.payload;
        await m.query(
          `UPDATE score_sheets SET status = 'unlocked', total = NULL, unlock_count = unlock_count + 1, last_unlock_reason = $4, updated_at = $5
           WHERE campaign_id = $1 AND candidacy_id = $2 AND expert_id = $3`,
          [campaignId, candidacyId, expertId, reason, at],
        );
        await this.recomputeProjectReview(m, campaignId, candidacyId, at);
        return;
      }
      case 'PanelGradeRecorded': {
        const { campaignId, candidacyId, expertId, grade, opinion } = event.payload;
        await m.query(
          `INSERT INTO panel_grades (campaign_id, candidacy_id, expert_id, grade, opinion, recorded_at) VALUES ($1, $2, $3, $4, $5, $6)
           ON CONFLICT (campaign_id, candidacy_id, expert_id) DO UPDATE SET grade = EXCLUDED.grade, opinion = EXCLUDED.opinion, recorded_at = EXCLUDED.recorded_at`,
          [campaignId, candidacyId, expertId, grade, opinion, at],
        );
        return;
      }
      default:
        // ProjectReviewCompletenessOverridden and every other context's events: the event log is their record.
        return;
    }
  }

  /** projectReviewScore over the sheets that count (submitted, expert not recused), stored with 2 places, exact. */
  private async recomputeProjectReview(m: EntityManager, campaignId: string, candidacyId: string, at: Date): Promise<void> {
    const [campaign] = await m.query(`SELECT config FROM campaigns WHERE id = $1`, [campaignId]);
    const rubric: readonly RubricCriterion[] = campaign?.config?.rubric ?? DEFAULT_REVIEW_RUBRIC;
    const rows: { total: string }[] = await m.query(
      `SELECT s.total::text AS total FROM score_sheets s
       WHERE s.campaign_id = $1 AND s.candidacy_id = $2 AND s.status = 'submitted'
         AND NOT EXISTS (SELECT 1 FROM evaluation_recusals r
                         WHERE r.campaign_id = s.campaign_id AND r.candidacy_id = s.candidacy_id AND r.expert_id = s.expert_id)`,
      [campaignId, candidacyId],
    );
    const totals = rows.map((r) => dec(r.total));
    const score = totals.length > 0 ? formatScore(projectReviewScore(totals, rubric)) : null;
    await m.query(
      `INSERT INTO project_review_scores (candidacy_id, campaign_id, score, sheet_count, updated_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (candidacy_id) DO UPDATE SET score = EXCLUDED.score, sheet_count = EXCLUDED.sheet_count, updated_at = EXCLUDED.updated_at`,
      [candidacyId, campaignId, score, totals.length, at],
    );
  }
}
