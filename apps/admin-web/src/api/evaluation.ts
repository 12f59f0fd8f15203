import { command, get } from './client';
import type { CampaignStage, CandidateDetails, ProjectProposal } from './types';

/** Expert evaluation (project review and panel opinion): apps/api/src/http/evaluation. Decimals travel as text. */
export type SheetStatus = 'draft' | 'submitted' | 'unlocked';
export const PANEL_GRADES = ['excellent', 'good', 'fair', 'poor'] as const;
export type PanelGrade = (typeof PANEL_GRADES)[number];

export interface SheetView {
  expertId: string;
  status: SheetStatus;
  scores: Record<string, string>;
  comment: string;
  total: string | null;
  unlockCount: number;
  lastUnlockReason: string | null;
}

export interface ExpertCandidacyView {
  candidacyId: string;
  /** A blind expert's name for it: project (or candidacy) number; `label` is the api's English wording. */
  numberedAs: 'project' | 'candidacy';
  number: number;
  label: string;
  blind: boolean;
  candidate: (CandidateDetails & { candidateId: string }) | null;
  proposal: ProjectProposal | null;
  recused: boolean;
  sheet: SheetView | null;
}

export interface MyAssignmentsView {
  campaignId: string;
  stage: CampaignStage;
  blind: boolean;
  expertId: string;
  name: string;
  assignments: ExpertCandidacyView[];
}

export interface PanelView {
  campaignId: string;
  stage: CampaignStage;
  experts: {
    expertId: string;
    name: string;
    scope: 'all' | 'selected';
    assignedCandidacyIds: string[];
    isCandidate: boolean;
    recusals: { candidacyId: string; reason: string; declaredBy: 'expert' | 'organiser' }[];
  }[];
}

export interface MissingSheetsView {
  campaignId: string;
  stage: CampaignStage;
  complete: boolean;
  missingCount: number;
  experts: { expertId: string; name: string; assigned: number; recused: number; submitted: number; missing: { candidacyId: string; name: string; sheetStatus: SheetStatus | 'not-started' }[] }[];
}

export interface ProjectReviewScoresView {
  campaignId: string;
  stage: CampaignStage;
  candidacies: { candidacyId: string; name: string; score: string | null; sheetCount: number; expectedSheets: number; complete: boolean }[];
}

export interface RaterStatisticsView {
  campaignId: string;
  outlierDistance: string;
  sheetCount: number;
  candidates: { candidacyId: string; name: string; sheetCount: number; min: string; max: string; standardDeviation: string; trimmedMean: string; projectReviewScore: string }[];
  experts: { expertId: string; name: string; candidateCount: number; meanOffset: string }[];
  kendallsW: string | null;
  kendallsWCandidacyIds: string[];
  outliers: { expertId: string; candidacyId: string; total: string; trimmedMean: string; distance: string }[];
}

export interface PanelOpinionView {
  campaignId: string;
  stage: CampaignStage;
  candidacies: {
    candidacyId: string;
    name: string;
    grade: PanelGrade | null;
    points: string | null;
    grades: { expertId: string; name: string; grade: PanelGrade; opinion: string }[];
    pendingExpertIds: string[];
  }[];
}

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
