import type { DomainEvent } from '../shared/domain-event';
import type { PanelGrade } from './panel-grade';

/*
 * The facts of expert evaluation (DOMAIN.md stages 4 and 5). Every event lives in its campaign's stream and
 * carries plain JSON: scores and totals are decimal text, never binary floats, so a third party can replay them.
 */

/** The organiser put a person on the campaign's expert panel. `candidacyIds` null = assigned to every candidate. */
export type ExpertAddedToPanel = DomainEvent<'ExpertAddedToPanel', { campaignId: string; expertId: string; name: string; candidacyIds: string[] | null }>;

/** The organiser changed whom an expert scores: null = every qualified candidate, else exactly these. */
export type ExpertAssignmentsChanged = DomainEvent<'ExpertAssignmentsChanged', { campaignId: string; expertId: string; candidacyIds: string[] | null }>;

/** A conflict of interest (relative, colleague, same employer…): the expert is recused for that candidacy. */
export type ConflictOfInterestDeclared = DomainEvent<
  'ConflictOfInterestDeclared',
  { campaignId: string; expertId: string; candidacyId: string; reason: string; declaredBy: 'expert' | 'organiser' }
>;

/** A draft: any subset of the criteria, each already within bounds and on the step. Replaces the earlier draft. */
export type ScoreSheetDraftSaved = DomainEvent<
  'ScoreSheetDraftSaved',
  { campaignId: string; candidacyId: string; expertId: string; scores: Record<string, string>; comment: string }
>;

/** A complete sheet, locked from now on; `total` is the exact sum of its criteria. */
export type ScoreSheetSubmitted = DomainEvent<
  'ScoreSheetSubmitted',
  { campaignId: string; candidacyId: string; expertId: string; scores: Record<string, string>; comment: string; total: string }
>;

/** The organiser re-opened a submitted sheet, in writing; its scores stay as a draft until submitted again. */
export type ScoreSheetUnlocked = DomainEvent<'ScoreSheetUnlocked', { campaignId: string; candidacyId: string; expertId: string; reason: string }>;

/**
 * Project review was closed although some assigned sheets were not submitted; recorded just before the stage
 * moves on, with the organiser's reason and exactly which sheets were missing.
 */
export type ProjectReviewCompletenessOverridden = DomainEvent<
  'ProjectReviewCompletenessOverridden',
  { campaignId: string; reason: string; missing: { expertId: string; candidacyId: string }[] }
>;

/** One panel member's grade and written opinion on one candidate; a later one from her replaces it. */
export type PanelGradeRecorded = DomainEvent<
  'PanelGradeRecorded',
  { campaignId: string; candidacyId: string; expertId: string; grade: PanelGrade; opinion: string }
>;

export type EvaluationEvent =
  | ExpertAddedToPanel
  | ExpertAssignmentsChanged
  | ConflictOfInterestDeclared
  | ScoreSheetDraftSaved
  | ScoreSheetSubmitted
  | ScoreSheetUnlocked
  | ProjectReviewCompletenessOverridden
  | PanelGradeRecorded;
