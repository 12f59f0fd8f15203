import type { CampaignStage, CandidateDetails, PanelGrade, ProjectProposal, ScoreSheetState, SheetStatus } from '@app/domain';

export interface SheetView {
  expertId: string;
  status: SheetStatus;
  scores: Record<string, string>;
  comment: string;
  /** Exact total while submitted, else null. */
  total: string | null;
  unlockCount: number;
  lastUnlockReason: string | null;
}

export const toSheetView = (s: ScoreSheetState): SheetView => ({
  expertId: s.expertId,
  status: s.status,
  scores: { ...s.scores },
  comment: s.comment,
  total: s.total,
  unlockCount: s.unlockCount,
  lastUnlockReason: s.lastUnlockReason,
});

/** A candidacy as an expert sees it. While blind, `candidate` is null and the proposal is scrubbed of her identity. */
export interface ExpertCandidacyView {
  candidacyId: string;
  /** How a blind expert refers to it: a project's number in submission order (see BlindLabel); `label` in English. */
  numberedAs: 'project' | 'candidacy';
  number: number;
  label: string;
  blind: boolean;
  candidate: (CandidateDetails & { candidateId: string }) | null;
  /** null when she is recused for it. */
  proposal: ProjectProposal | null;
  recused: boolean;
  /** Her own sheet, if any. */
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

export interface OrganiserCandidacyView {
  candidacyId: string;
  numberedAs: 'project' | 'candidacy';
  number: number;
  label: string;
  status: string;
  candidate: CandidateDetails & { candidateId: string };
  proposal: ProjectProposal;
  projectReviewScore: string | null;
}

export interface CandidacySheetsView {
  candidacyId: string;
  numberedAs: 'project' | 'candidacy';
  number: number;
  label: string;
  /** Organiser only. */
  name?: string;
  projectReviewScore: string | null;
  /** The viewer's own sheet (experts). */
  mine?: SheetView | null;
  /** Organiser: every sheet (any status); expert: the other experts' counted (submitted, not recused) sheets. */
  sheets: (SheetView & { recused?: boolean })[];
}

export interface PanelView {
  campaignId: string;
  stage: CampaignStage;
  experts: {
    expertId: string;
    name: string;
    scope: 'all' | 'selected';
    /** Qualified candidacies she is assigned to now. */
    assignedCandidacyIds: string[];
    /** Disqualified from the panel because she is a candidate in this campaign. */
    isCandidate: boolean;
    recusals: { candidacyId: string; reason: string; declaredBy: 'expert' | 'organiser' }[];
  }[];
}

export interface MissingSheetsView {
  campaignId: string;
  stage: CampaignStage;
  /** True when every non-recused assignment is submitted: project review may close without an override. */
  complete: boolean;
  missingCount: number;
  experts: {
    expertId: string;
    name: string;
    assigned: number;
    recused: number;
    submitted: number;
    missing: { candidacyId: string; name: string; sheetStatus: SheetStatus | 'not-started' }[];
  }[];
}

export interface ProjectReviewScoresView {
  campaignId: string;
  stage: CampaignStage;
  candidacies: {
    candidacyId: string;
    name: string;
    /** Stored by the projection: 2 places, e.g. "81.33"; null while no sheet counts. */
    score: string | null;
    sheetCount: number;
    expectedSheets: number;
    complete: boolean;
  }[];
}

export interface RaterStatisticsView {
  campaignId: string;
  outlierDistance: string;
  sheetCount: number;
  candidates: {
    candidacyId: string;
    name: string;
    sheetCount: number;
    min: string;
    max: string;
    standardDeviation: string;
    trimmedMean: string;
    projectReviewScore: string;
  }[];
  experts: { expertId: string; name: string; candidateCount: number; meanOffset: string }[];
  /** Over the candidacies every expert scored; null when undefined. */
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
