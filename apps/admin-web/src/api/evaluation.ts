import { command, get } from './client';
import type { Schemas } from './contract';

/** Expert evaluation (project review and panel opinion): apps/api/src/http/evaluation. Decimals travel as text. */
export type SheetStatus = Schemas['SheetStatus'];
export const PANEL_GRADES = ['excellent', 'good', 'fair', 'poor'] as const satisfies readonly Schemas['PanelGradeDto']['grade'][];
export type PanelGrade = (typeof PANEL_GRADES)[number];
export type SheetView = Schemas['SheetView'];
export type ExpertCandidacyView = Schemas['ExpertCandidacyView'];
export type MyAssignmentsView = Schemas['MyAssignmentsView'];
export type PanelView = Schemas['PanelView'];
export type MissingSheetsView = Schemas['MissingSheetsView'];
export type ProjectReviewScoresView = Schemas['ProjectReviewScoresView'];
export type RaterStatisticsView = Schemas['RaterStatisticsView'];
export type PanelOpinionView = Schemas['PanelOpinionView'];

const base = (campaignId: string) => `/campaigns/${campaignId}/evaluation`;

export const evaluationApi = {
  // organiser
  panel: (campaignId: string) => get<PanelView>(`${base(campaignId)}/panel`),
  addExpert: (campaignId: string, expertId: string, name: string) => command('POST', `${base(campaignId)}/experts`, { expertId, name }),
  missingSheets: (campaignId: string) => get<MissingSheetsView>(`${base(campaignId)}/missing-sheets`),
  scores: (campaignId: string) => get<ProjectReviewScoresView>(`${base(campaignId)}/project-review-scores`),
  statistics: (campaignId: string) => get<RaterStatisticsView>(`${base(campaignId)}/statistics`),
  panelOpinion: (campaignId: string) => get<PanelOpinionView>(`${base(campaignId)}/panel-opinion`),
  closeProjectReview: (campaignId: string, overrideReason?: string) =>
    command('POST', `${base(campaignId)}/project-review/close`, overrideReason ? { overrideReason } : {}),
  // expert
  myAssignments: (campaignId: string) => get<MyAssignmentsView>(`${base(campaignId)}/assignments/mine`),
  candidacy: (campaignId: string, candidacyId: string) => get<ExpertCandidacyView>(`${base(campaignId)}/candidacies/${candidacyId}`),
  saveDraft: (campaignId: string, candidacyId: string, scores: Record<string, string>, comment: string) =>
    command('PUT', `${base(campaignId)}/candidacies/${candidacyId}/sheet`, { scores, comment }),
  submit: (campaignId: string, candidacyId: string, scores: Record<string, string>, comment: string) =>
    command('POST', `${base(campaignId)}/candidacies/${candidacyId}/sheet/submit`, { scores, comment }),
  declareConflict: (campaignId: string, candidacyId: string, reason: string) =>
    command('POST', `${base(campaignId)}/candidacies/${candidacyId}/conflict-of-interest`, { reason }),
  panelGrade: (campaignId: string, candidacyId: string, grade: PanelGrade, opinion: string) =>
    command('PUT', `${base(campaignId)}/candidacies/${candidacyId}/panel-grade`, { grade, opinion }),
};
