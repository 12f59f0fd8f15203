import Decimal from 'decimal.js';
import { assertStageKept } from '../campaign/stage-left-out';
import type { CampaignState } from '../campaign/campaign';
import { assertStage } from '../campaign/campaign-stage';
import type { Candidacies } from '../candidacy/candidacy';
import { conflict, forbidden, invalid } from '../shared/domain-error';
import type { EvaluationEvent } from './evaluation-events';
import { type EvaluationState, isRecused, pairKey, type PanelGradeEntry, requireCandidacyOf, requirePanelMember } from './expert-panel';
import { DEFAULT_PANEL_POINTS, isPanelGrade, majorityGrade, type PanelGrade, panelPoints, PANEL_GRADES, type PanelPointsTable } from './panel-grade';

/*
 * The expert panel's opinion (DOMAIN.md stage 5): after presentation and defence every panel member grades each
 * candidate with a written opinion; the panel grade is the majority (ties: the lower grade), priced by the table.
 */

const MAX_OPINION = 5000;

/** A panel member records (or, while the stage is open, revises) her grade and opinion for one candidate. */
export function recordPanelGrade(
  campaign: CampaignState,
  candidacies: Candidacies,
  state: EvaluationState,
  input: { expertId: string; candidacyId: string; grade: string; opinion: string },
): EvaluationEvent[] {
  assertStageKept(campaign.config, 'grade-panel-opinion', 'record a panel grade');
  assertStage(campaign.stage, 'panel-opinion', 'record a panel grade');
  requirePanelMember(state, candidacies, input.expertId);
  const candidacy = requireCandidacyOf(candidacies, input.candidacyId);
  if (candidacy.status !== 'accepted') {
    throw conflict('candidacy.not-qualified', `Candidacy ${input.candidacyId} is "${candidacy.status}"; only accepted candidacies are graded.`);
  }
  if (isRecused(state, input.expertId, input.candidacyId)) {
    throw forbidden('assignment.recused', `You are recused from candidacy ${input.candidacyId} (conflict of interest) and may not grade it.`);
  }
  if (!isPanelGrade(input.grade)) {
    throw invalid('panel.unknown-grade', `"${String(input.grade)}" is not a panel grade (${PANEL_GRADES.join(', ')}).`, 'grade');
  }
  const opinion = (input.opinion ?? '').trim();
  if (!opinion) throw invalid('panel.opinion-required', 'A panel grade needs a written opinion.', 'opinion');
  if (opinion.length > MAX_OPINION) throw invalid('panel.opinion-too-long', `An opinion may have at most ${MAX_OPINION} characters.`, 'opinion');
  return [
    { type: 'PanelGradeRecorded', payload: { campaignId: campaign.id, candidacyId: input.candidacyId, expertId: input.expertId, grade: input.grade, opinion } },
  ];
}

export interface PanelOpinionResult {
  readonly candidacyId: string;
  /** Every member's grade and opinion, in panel order. */
  readonly grades: readonly PanelGradeEntry[];
  /** The majority grade, or null while nobody has graded. */
  readonly grade: PanelGrade | null;
  /** The panel part score (0–100, exact), or null while nobody has graded. */
  readonly points: Decimal | null;
  /** Panel members (not recused, not candidates) who have not graded yet. */
  readonly pendingExpertIds: readonly string[];
}

/** The panel's grade and points for every accepted candidacy. */
export function panelOpinionResults(state: EvaluationState, candidacies: Candidacies, table: PanelPointsTable = DEFAULT_PANEL_POINTS): PanelOpinionResult[] {
  const candidateIds = new Set([...candidacies.values()].map((c) => c.candidateId));
  const members = [...state.experts.keys()].filter((id) => !candidateIds.has(id));
  return [...candidacies.values()]
    .filter((c) => c.status === 'accepted')
    .map((c) => {
      const grades = members
        .filter((id) => !isRecused(state, id, c.id))
        .map((id) => state.panelGrades.get(pairKey(id, c.id)))
        .filter((g): g is PanelGradeEntry => g !== undefined);
      const graded = new Set(grades.map((g) => g.expertId));
      const grade = grades.length > 0 ? majorityGrade(grades.map((g) => g.grade)) : null;
      return {
        candidacyId: c.id,
        grades,
        grade,
        points: grade ? panelPoints(grade, table) : null,
        pendingExpertIds: members.filter((id) => !isRecused(state, id, c.id) && !graded.has(id)),
      };
    });
}
