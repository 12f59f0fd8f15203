import {
  type CampaignConfig,
  type CampaignStage,
  type Candidacies,
  type CandidacyState,
  CONSENT_BEFORE_IT_WAS_ASKED,
  type EvaluationState,
  evaluationStateOf,
} from '@app/domain';
import type { EntityManager } from 'typeorm';
import { ExpertOrmEntity, PanelGradeOrmEntity, RecusalOrmEntity, ScoreSheetOrmEntity } from './evaluation.orm-entities';
import type { SqlRow } from '@app/database';

/**
 * Everything the evaluation rules need about one campaign, loaded from the read models, so that queries answer
 * with the same domain functions the commands decide with. Campaigns and candidacies belong to other contexts:
 * they are read with plain SQL rather than through their entities.
 */
export interface EvaluationSnapshot {
  readonly campaign: { readonly id: string; readonly stage: CampaignStage; readonly config: CampaignConfig };
  readonly candidacies: Candidacies;
  readonly state: EvaluationState;
  readonly expertNames: ReadonlyMap<string, string>;
}

export async function loadEvaluationSnapshot(m: EntityManager, campaignId: string): Promise<EvaluationSnapshot | undefined> {
  const [campaign] = await m.query(`SELECT id, stage, config FROM campaigns WHERE id = $1`, [campaignId]);
  if (!campaign) return undefined;
  const rows: SqlRow[] = await m.query(
    `SELECT id, candidate_id, details, proposal, consent, status, submitted_at FROM candidacies WHERE campaign_id = $1 ORDER BY submitted_at, id`,
    [campaignId],
  );
  const candidacies = new Map<string, CandidacyState>(
    rows.map((r) => [
      r.id,
      {
        id: r.id,
        candidateId: r.candidate_id,
        details: r.details,
        proposal: r.proposal,
        consent: r.consent ?? CONSENT_BEFORE_IT_WAS_ASKED,
        status: r.status,
        submittedAt: new Date(r.submitted_at).toISOString(),
      },
    ]),
  );
  const [experts, recusals, sheets, grades] = await Promise.all([
    m.getRepository(ExpertOrmEntity).find({ where: { campaignId }, order: { addedSeq: 'ASC' } }),
    m.getRepository(RecusalOrmEntity).find({ where: { campaignId } }),
    m.getRepository(ScoreSheetOrmEntity).find({ where: { campaignId } }),
    m.getRepository(PanelGradeOrmEntity).find({ where: { campaignId } }),
  ]);
  const state = evaluationStateOf({
    experts: experts.map((e) => ({ expertId: e.expertId, name: e.name, candidacyIds: e.candidacyIds })),
    recusals: recusals.map((r) => ({ expertId: r.expertId, candidacyId: r.candidacyId, reason: r.reason, declaredBy: r.declaredBy })),
    sheets: sheets.map((s) => ({
      expertId: s.expertId,
      candidacyId: s.candidacyId,
      status: s.status,
      scores: s.scores,
      comment: s.comment,
      total: s.total,
      unlockCount: s.unlockCount,
      lastUnlockReason: s.lastUnlockReason,
    })),
    panelGrades: grades.map((g) => ({ expertId: g.expertId, candidacyId: g.candidacyId, grade: g.grade, opinion: g.opinion })),
  });
  return {
    campaign: { id: campaign.id, stage: campaign.stage, config: campaign.config },
    candidacies,
    state,
    expertNames: new Map(experts.map((e) => [e.expertId, e.name])),
  };
}
