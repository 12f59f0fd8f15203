import type { CampaignState } from '../campaign/campaign';
import { assertStageKept } from '../campaign/stage-left-out';
import { assertStage, type CampaignStage } from '../campaign/campaign-stage';
import type { Candidacies, CandidacyState } from '../candidacy/candidacy';
import { conflict, forbidden, invalid, notFound } from '../shared/domain-error';
import type { DomainEvent } from '../shared/domain-event';
import { type Fold, foldHistory } from '../shared/fold';
import { type MapDraft, PersistentMap } from '../shared/persistent-map';
import type { EvaluationEvent } from './evaluation-events';
import type { PanelGrade } from './panel-grade';

/*
 * The expert panel of a campaign (DOMAIN.md stage 4): who is on it, whom each expert scores, who is recused,
 * and the state of every score sheet and panel grade, folded from the campaign's stream.
 */

export interface PanelExpert {
  readonly expertId: string;
  readonly name: string;
  /** null: every qualified candidate of the campaign (the default); otherwise exactly these candidacies. */
  readonly candidacyIds: readonly string[] | null;
}

export interface Recusal {
  readonly expertId: string;
  readonly candidacyId: string;
  readonly reason: string;
  readonly declaredBy: 'expert' | 'organiser';
}

/** draft: saved, never submitted; submitted: locked; unlocked: re-opened by the organiser, not yet re-submitted. */
export type SheetStatus = 'draft' | 'submitted' | 'unlocked';

export interface ScoreSheetState {
  readonly expertId: string;
  readonly candidacyId: string;
  readonly status: SheetStatus;
  /** Exact decimal text per criterion. */
  readonly scores: Readonly<Record<string, string>>;
  readonly comment: string;
  /** The exact total while submitted, else null. */
  readonly total: string | null;
  readonly unlockCount: number;
  readonly lastUnlockReason: string | null;
}

export interface PanelGradeEntry {
  readonly expertId: string;
  readonly candidacyId: string;
  readonly grade: PanelGrade;
  readonly opinion: string;
}

export interface EvaluationState {
  readonly experts: ReadonlyMap<string, PanelExpert>;
  /** Keyed by pairKey(expertId, candidacyId). */
  readonly recusals: ReadonlyMap<string, Recusal>;
  readonly sheets: ReadonlyMap<string, ScoreSheetState>;
  readonly panelGrades: ReadonlyMap<string, PanelGradeEntry>;
}

/** The key of an (expert, candidacy) pair in the state's maps; JSON so that no id can forge another pair. */
export const pairKey = (expertId: string, candidacyId: string): string => JSON.stringify([expertId, candidacyId]);

/** Builds a state from lists, e.g. from read-model rows, so that queries apply the same rules as commands. */
export function evaluationStateOf(parts: {
  experts?: readonly PanelExpert[];
  recusals?: readonly Recusal[];
  sheets?: readonly ScoreSheetState[];
  panelGrades?: readonly PanelGradeEntry[];
}): EvaluationState {
  return {
    experts: new Map((parts.experts ?? []).map((e) => [e.expertId, e])),
    recusals: new Map((parts.recusals ?? []).map((r) => [pairKey(r.expertId, r.candidacyId), r])),
    sheets: new Map((parts.sheets ?? []).map((s) => [pairKey(s.expertId, s.candidacyId), s])),
    panelGrades: new Map((parts.panelGrades ?? []).map((g) => [pairKey(g.expertId, g.candidacyId), g])),
  };
}

interface EvaluationDraft {
  readonly experts: MapDraft<string, PanelExpert>;
  readonly recusals: MapDraft<string, Recusal>;
  readonly sheets: MapDraft<string, ScoreSheetState>;
  readonly panelGrades: MapDraft<string, PanelGradeEntry>;
}

function applyEvaluationEvent(draft: EvaluationDraft, event: DomainEvent): EvaluationDraft {
  const { experts, recusals, sheets, panelGrades } = draft;
  const e = event as EvaluationEvent;
  switch (e.type) {
    case 'ExpertAddedToPanel': {
      const { expertId, name, candidacyIds } = e.payload;
      experts.set(expertId, { expertId, name, candidacyIds });
      break;
    }
    case 'ExpertAssignmentsChanged': {
      const expert = experts.get(e.payload.expertId);
      if (expert) experts.set(expert.expertId, { ...expert, candidacyIds: e.payload.candidacyIds });
      break;
    }
    case 'ConflictOfInterestDeclared': {
      const { expertId, candidacyId, reason, declaredBy } = e.payload;
      recusals.set(pairKey(expertId, candidacyId), { expertId, candidacyId, reason, declaredBy });
      break;
    }
    case 'ScoreSheetDraftSaved': {
      const { expertId, candidacyId, scores, comment } = e.payload;
      const key = pairKey(expertId, candidacyId);
      const prev = sheets.get(key);
      sheets.set(key, {
        expertId,
        candidacyId,
        scores,
        comment,
        total: null,
        status: prev?.status === 'unlocked' ? 'unlocked' : 'draft',
        unlockCount: prev?.unlockCount ?? 0,
        lastUnlockReason: prev?.lastUnlockReason ?? null,
      });
      break;
    }
    case 'ScoreSheetSubmitted': {
      const { expertId, candidacyId, scores, comment, total } = e.payload;
      const key = pairKey(expertId, candidacyId);
      const prev = sheets.get(key);
      sheets.set(key, {
        expertId,
        candidacyId,
        scores,
        comment,
        total,
        status: 'submitted',
        unlockCount: prev?.unlockCount ?? 0,
        lastUnlockReason: prev?.lastUnlockReason ?? null,
      });
      break;
    }
    case 'ScoreSheetUnlocked': {
      const key = pairKey(e.payload.expertId, e.payload.candidacyId);
      const prev = sheets.get(key);
      if (prev) sheets.set(key, { ...prev, status: 'unlocked', total: null, unlockCount: prev.unlockCount + 1, lastUnlockReason: e.payload.reason });
      break;
    }
    case 'PanelGradeRecorded': {
      const { expertId, candidacyId, grade, opinion } = e.payload;
      panelGrades.set(pairKey(expertId, candidacyId), { expertId, candidacyId, grade, opinion });
      break;
    }
    default:
      break;
  }
  return draft;
}

export const EVALUATION_FOLD: Fold<EvaluationState, EvaluationDraft> = {
  name: 'evaluation',
  version: 1,
  initial: () => evaluationStateOf({}),
  resume: (s) => ({
    experts: PersistentMap.of(s.experts).draft(),
    recusals: PersistentMap.of(s.recusals).draft(),
    sheets: PersistentMap.of(s.sheets).draft(),
    panelGrades: PersistentMap.of(s.panelGrades).draft(),
  }),
  apply: applyEvaluationEvent,
  seal: (d) => ({ experts: d.experts.done(), recusals: d.recusals.done(), sheets: d.sheets.done(), panelGrades: d.panelGrades.done() }),
};

/** One pass over the events after the history's snapshot (a campaign stream may hold many other events). */
export const foldEvaluation = (history: readonly DomainEvent[]): EvaluationState => foldHistory(EVALUATION_FOLD, history);

export const emptyEvaluation = (): EvaluationState => evaluationStateOf({});

/** Stages in which the organiser may still change the panel and its assignments: until project review closes. */
export const PANEL_EDITABLE_STAGES: readonly CampaignStage[] = ['draft', 'candidacy-open', 'qualification-review', 'project-review'];

/** Stages in which a conflict of interest may be declared: while candidacies exist and scores are still open. */
export const CONFLICT_DECLARATION_STAGES: readonly CampaignStage[] = ['candidacy-open', 'qualification-review', 'project-review'];

/** True when the person has (or had) a candidacy in this campaign, whatever its status (always: DOMAIN.md, "Who takes part"). */
export const isCandidateInCampaign = (candidacies: Candidacies, personId: string): boolean => [...candidacies.values()].some((c) => c.candidateId === personId);

/**
 * The other half of "never both in one campaign": someone put on this panel has been trusted with its scoring, so
 * she can never apply here (she may in another campaign). Experts never leave a panel, so the panel is the record.
 */
export function assertNotOnPanel(state: EvaluationState, personId: string): void {
  if (state.experts.has(personId)) {
    throw invalid('candidacy.person-is-expert', 'You are on this campaign’s expert panel and cannot be its candidate.');
  }
}

export const isAssigned = (expert: PanelExpert, candidacyId: string): boolean => expert.candidacyIds === null || expert.candidacyIds.includes(candidacyId);

export const isRecused = (state: EvaluationState, expertId: string, candidacyId: string): boolean => state.recusals.has(pairKey(expertId, candidacyId));

export function requireCandidacyOf(candidacies: Candidacies, candidacyId: string): CandidacyState {
  const c = candidacies.get(candidacyId);
  if (!c) throw notFound('candidacy.not-found', `Candidacy ${candidacyId} does not exist in this campaign.`);
  return c;
}

/** The acting expert: on this campaign's panel and not a candidate in it. */
export function requirePanelMember(state: EvaluationState, candidacies: Candidacies, expertId: string): PanelExpert {
  const expert = state.experts.get(expertId);
  if (!expert) throw forbidden('panel.not-a-member', "You are not on this campaign's expert panel.");
  if (isCandidateInCampaign(candidacies, expertId)) {
    throw forbidden('panel.expert-is-candidate', 'A candidate can never act as an expert in her own campaign.');
  }
  return expert;
}

function requireListedExpert(state: EvaluationState, expertId: string): PanelExpert {
  const expert = state.experts.get(expertId);
  if (!expert) throw notFound('panel.expert-not-found', `Expert "${expertId}" is not on this campaign's panel.`);
  return expert;
}

function checkCandidacyIds(candidacies: Candidacies, ids: readonly string[] | null | undefined, field: string): string[] | null {
  if (ids === null || ids === undefined) return null;
  const unique = [...new Set(ids)];
  unique.forEach((id, i) => {
    if (!candidacies.has(id)) throw invalid('panel.unknown-candidacy', `Candidacy ${id} does not exist in this campaign.`, `${field}.${i}`);
  });
  return unique;
}

function requireText(value: string | undefined, code: string, message: string, field: string): string {
  const text = (value ?? '').trim();
  if (text.length === 0) throw invalid(code, message, field);
  return text;
}

/** The organiser puts a person on the panel, assigned to every candidate unless a subset is named. */
export function addExpertToPanel(
  campaign: CampaignState,
  candidacies: Candidacies,
  state: EvaluationState,
  input: { expertId: string; name: string; candidacyIds?: readonly string[] | null },
): EvaluationEvent[] {
  assertStageKept(campaign.config, 'edit-expert-panel', 'change the expert panel');
  assertStage(campaign.stage, PANEL_EDITABLE_STAGES, 'change the expert panel');
  const expertId = requireText(input.expertId, 'panel.expert-id', 'An expert needs a user id.', 'expertId');
  const name = requireText(input.name, 'panel.expert-name', 'An expert needs a name.', 'name');
  if (state.experts.has(expertId)) throw conflict('panel.expert-exists', `Expert "${expertId}" is already on the panel.`);
  if (isCandidateInCampaign(candidacies, expertId)) {
    throw invalid('panel.expert-is-candidate', `"${expertId}" is a candidate in this campaign and can never be one of its experts.`, 'expertId');
  }
  const candidacyIds = checkCandidacyIds(candidacies, input.candidacyIds, 'candidacyIds');
  return [{ type: 'ExpertAddedToPanel', payload: { campaignId: campaign.id, expertId, name, candidacyIds } }];
}

/**
 * The organiser changes whom an expert scores (null = everyone). An assignment whose sheet is already submitted
 * cannot be taken away: the organiser unlocks or records a conflict instead, so a counted score never vanishes silently.
 */
export function changeExpertAssignments(
  campaign: CampaignState,
  candidacies: Candidacies,
  state: EvaluationState,
  input: { expertId: string; candidacyIds: readonly string[] | null },
): EvaluationEvent[] {
  assertStageKept(campaign.config, 'edit-expert-panel', 'change expert assignments');
  assertStage(campaign.stage, PANEL_EDITABLE_STAGES, 'change expert assignments');
  const expert = requireListedExpert(state, input.expertId);
  const candidacyIds = checkCandidacyIds(candidacies, input.candidacyIds, 'candidacyIds');
  if (candidacyIds !== null) {
    const lost = [...state.sheets.values()].filter((s) => s.expertId === expert.expertId && s.status === 'submitted' && !candidacyIds.includes(s.candidacyId));
    if (lost.length > 0) {
      throw conflict(
        'panel.assignment-has-submitted-sheet',
        `Expert "${expert.expertId}" has submitted sheets for ${lost.map((s) => s.candidacyId).join(', ')}; unlock them or record a conflict of interest first.`,
      );
    }
  }
  return [{ type: 'ExpertAssignmentsChanged', payload: { campaignId: campaign.id, expertId: expert.expertId, candidacyIds } }];
}

/**
 * A conflict of interest, declared by the expert herself or recorded by the organiser, recuses the expert for that
 * candidacy: she can no longer score it or see its scores, and a sheet she submitted stops counting.
 */
export function declareConflictOfInterest(
  campaign: CampaignState,
  candidacies: Candidacies,
  state: EvaluationState,
  input: { expertId: string; candidacyId: string; reason: string; declaredBy: 'expert' | 'organiser' },
): EvaluationEvent[] {
  assertStageKept(campaign.config, 'score-projects', 'declare a conflict of interest');
  assertStage(campaign.stage, CONFLICT_DECLARATION_STAGES, 'declare a conflict of interest');
  if (input.declaredBy === 'expert') requirePanelMember(state, candidacies, input.expertId);
  else requireListedExpert(state, input.expertId);
  requireCandidacyOf(candidacies, input.candidacyId);
  const reason = requireText(input.reason, 'conflict-of-interest.reason-required', 'A conflict of interest needs a written reason.', 'reason');
  if (isRecused(state, input.expertId, input.candidacyId)) {
    throw conflict('conflict-of-interest.already-declared', `Expert "${input.expertId}" is already recused for candidacy ${input.candidacyId}.`);
  }
  return [
    {
      type: 'ConflictOfInterestDeclared',
      payload: { campaignId: campaign.id, expertId: input.expertId, candidacyId: input.candidacyId, reason, declaredBy: input.declaredBy },
    },
  ];
}

/** One (expert, candidacy) pair the panel owes a sheet for, or is excused from. */
export interface AssignmentStatus {
  readonly expertId: string;
  readonly candidacyId: string;
  readonly recused: boolean;
  readonly sheetStatus: SheetStatus | 'not-started';
}

/**
 * Every assignment that counts: each panel expert who is not a candidate, times each accepted candidacy she is
 * assigned to, in panel order then candidacy order. Candidacies not accepted are never scored.
 */
export function panelAssignments(state: EvaluationState, candidacies: Candidacies): AssignmentStatus[] {
  const accepted = [...candidacies.values()].filter((c) => c.status === 'accepted');
  const out: AssignmentStatus[] = [];
  for (const expert of state.experts.values()) {
    if (isCandidateInCampaign(candidacies, expert.expertId)) continue;
    for (const c of accepted) {
      if (!isAssigned(expert, c.id)) continue;
      out.push({
        expertId: expert.expertId,
        candidacyId: c.id,
        recused: isRecused(state, expert.expertId, c.id),
        sheetStatus: state.sheets.get(pairKey(expert.expertId, c.id))?.status ?? 'not-started',
      });
    }
  }
  return out;
}

/** The missing work: assignments not recused whose sheet is not submitted. */
export const missingSheets = (state: EvaluationState, candidacies: Candidacies): AssignmentStatus[] =>
  panelAssignments(state, candidacies).filter((a) => !a.recused && a.sheetStatus !== 'submitted');
