import Decimal from 'decimal.js';
import { assertStageKept } from '../campaign/stage-left-out';
import type { CampaignState } from '../campaign/campaign';
import type { CampaignStageAdvanced } from '../campaign/campaign-events';
import { assertCanAdvance, assertStage, nextStage } from '../campaign/campaign-stage';
import { campaignStages } from '../pipeline/campaign-stages-of';
import type { Candidacies } from '../candidacy/candidacy';
import { conflict, forbidden, invalid } from '../shared/domain-error';
import { dec } from '../shared/score';
import type { EvaluationEvent } from './evaluation-events';
import {
  type EvaluationState,
  isAssigned,
  isRecused,
  missingSheets,
  pairKey,
  requireCandidacyOf,
  requirePanelMember,
  type ScoreSheetState,
} from './expert-panel';
import type { RubricCriterion } from './rubric';
import { type ExactScores, sheetTotal, validateSheetScores } from './score-sheet';
import type { SheetTotalRecord } from './rater-statistics';
import { projectReviewScore } from './trimmed-mean';

/*
 * The life of a score sheet (DOMAIN.md stage 4): drafts any number of times, one submit, locked once submitted,
 * re-opened only by the organiser with a written reason. Scoring happens only in project review, only on
 * accepted candidacies, only by an assigned expert who is not recused.
 */

export type ScoreInput = Readonly<Record<string, string | number>>;

const MAX_COMMENT = 5000;

const asText = (scores: ExactScores): Record<string, string> => Object.fromEntries(Object.entries(scores).map(([k, v]) => [k, v.toString()]));

/** The checks every scoring command shares, in the order a person would want to hear them. */
export function requireScorableAssignment(
  campaign: CampaignState,
  candidacies: Candidacies,
  state: EvaluationState,
  expertId: string,
  candidacyId: string,
  doing: string,
): void {
  assertStageKept(campaign.config, 'score-projects', doing);
  assertStage(campaign.stage, 'project-review', doing);
  const expert = requirePanelMember(state, candidacies, expertId);
  const candidacy = requireCandidacyOf(candidacies, candidacyId);
  if (candidacy.status !== 'accepted') {
    throw conflict('candidacy.not-qualified', `Candidacy ${candidacyId} is "${candidacy.status}"; only accepted candidacies are scored.`);
  }
  if (!isAssigned(expert, candidacyId)) throw forbidden('assignment.not-assigned', `You are not assigned to score candidacy ${candidacyId}.`);
  if (isRecused(state, expertId, candidacyId)) {
    throw forbidden('assignment.recused', `You are recused from candidacy ${candidacyId} (conflict of interest) and may not score it.`);
  }
}

function checkComment(comment: string | undefined): string {
  const text = (comment ?? '').trim();
  if (text.length > MAX_COMMENT) throw invalid('sheet.comment-too-long', `A comment may have at most ${MAX_COMMENT} characters.`, 'comment');
  return text;
}

/** Saves (replaces) the expert's draft; every score present must already be within bounds and on the step. */
export function saveScoreSheetDraft(
  campaign: CampaignState,
  candidacies: Candidacies,
  state: EvaluationState,
  input: { expertId: string; candidacyId: string; scores: ScoreInput; comment?: string },
): EvaluationEvent[] {
  requireScorableAssignment(campaign, candidacies, state, input.expertId, input.candidacyId, 'save a score sheet');
  const sheet = state.sheets.get(pairKey(input.expertId, input.candidacyId));
  if (sheet?.status === 'submitted') {
    throw conflict('sheet.locked', 'Your sheet for this candidacy is submitted and locked; the organiser can unlock it with a reason.');
  }
  const scores = validateSheetScores(campaign.config.rubric, input.scores ?? {}, { requireComplete: false });
  return [
    {
      type: 'ScoreSheetDraftSaved',
      payload: {
        campaignId: campaign.id,
        candidacyId: input.candidacyId,
        expertId: input.expertId,
        scores: asText(scores),
        comment: checkComment(input.comment),
      },
    },
  ];
}

/**
 * Submits the sheet once: the scores given, or the saved draft when none are given; every criterion must be scored.
 * From now on the sheet is locked.
 */
export function submitScoreSheet(
  campaign: CampaignState,
  candidacies: Candidacies,
  state: EvaluationState,
  input: { expertId: string; candidacyId: string; scores?: ScoreInput; comment?: string },
): EvaluationEvent[] {
  requireScorableAssignment(campaign, candidacies, state, input.expertId, input.candidacyId, 'submit a score sheet');
  const sheet = state.sheets.get(pairKey(input.expertId, input.candidacyId));
  if (sheet?.status === 'submitted') {
    throw conflict('sheet.already-submitted', 'Your sheet for this candidacy is already submitted and locked; the organiser can unlock it with a reason.');
  }
  const scores = validateSheetScores(campaign.config.rubric, input.scores ?? sheet?.scores ?? {}, { requireComplete: true });
  const comment = checkComment(input.comment ?? sheet?.comment);
  return [
    {
      type: 'ScoreSheetSubmitted',
      payload: {
        campaignId: campaign.id,
        candidacyId: input.candidacyId,
        expertId: input.expertId,
        scores: asText(scores),
        comment,
        total: sheetTotal(scores).toString(),
      },
    },
  ];
}

/** The organiser re-opens one submitted sheet, in writing, while project review is open. */
export function unlockScoreSheet(
  campaign: CampaignState,
  state: EvaluationState,
  input: { expertId: string; candidacyId: string; reason: string },
): EvaluationEvent[] {
  assertStageKept(campaign.config, 'score-projects', 'unlock a score sheet');
  assertStage(campaign.stage, 'project-review', 'unlock a score sheet');
  const sheet = state.sheets.get(pairKey(input.expertId, input.candidacyId));
  if (!sheet || sheet.status !== 'submitted') {
    throw conflict('sheet.not-submitted', `Expert "${input.expertId}" has no submitted sheet for candidacy ${input.candidacyId}; there is nothing to unlock.`);
  }
  const reason = (input.reason ?? '').trim();
  if (!reason) throw invalid('sheet.unlock-reason-required', 'Unlocking a submitted sheet needs a written reason.', 'reason');
  return [{ type: 'ScoreSheetUnlocked', payload: { campaignId: campaign.id, candidacyId: input.candidacyId, expertId: input.expertId, reason } }];
}

/** The sheets that count: submitted, by an expert not recused for that candidacy. */
export function countedSheets(state: EvaluationState): ScoreSheetState[] {
  return [...state.sheets.values()].filter((s) => s.status === 'submitted' && s.total !== null && !isRecused(state, s.expertId, s.candidacyId));
}

/** Counted sheets as the rater statistics take them (candidateId = the candidacy id). */
export const sheetTotalRecords = (state: EvaluationState): SheetTotalRecord[] =>
  countedSheets(state).map((s) => ({ expertId: s.expertId, candidateId: s.candidacyId, total: dec(s.total!) }));

export interface ProjectReviewResult {
  readonly candidacyId: string;
  /** Counted sheet totals, exact, in panel order. */
  readonly sheetTotals: readonly Decimal[];
  /** Non-recused assignments: how many sheets this candidacy is owed. */
  readonly expectedSheets: number;
  /** Every non-recused assignment is submitted. */
  readonly complete: boolean;
  /** projectReviewScore of the counted totals (2 places), or null while none is submitted. */
  readonly score: Decimal | null;
}

/** The project review score of every accepted candidacy, from the sheets that count. */
export function projectReviewResults(state: EvaluationState, candidacies: Candidacies, rubric: readonly RubricCriterion[]): ProjectReviewResult[] {
  const counted = countedSheets(state);
  const missing = missingSheets(state, candidacies);
  const experts = [...state.experts.keys()];
  const accepted = [...candidacies.values()].filter((c) => c.status === 'accepted');
  return accepted.map((c) => {
    const sheets = counted.filter((s) => s.candidacyId === c.id).sort((a, b) => experts.indexOf(a.expertId) - experts.indexOf(b.expertId));
    const sheetTotals = sheets.map((s) => dec(s.total!));
    const owed = missing.filter((m) => m.candidacyId === c.id).length;
    return {
      candidacyId: c.id,
      sheetTotals,
      expectedSheets: sheetTotals.length + owed,
      complete: owed === 0,
      score: sheetTotals.length > 0 ? projectReviewScore(sheetTotals, rubric) : null,
    };
  });
}

/**
 * Closes project review (project-review → panel-opinion, or the next stage where the campaign leaves that out): only when every non-recused assignment is submitted,
 * or with an explicit override whose reason and list of missing sheets are recorded first. The generic stage
 * command refuses this transition, so this check cannot be bypassed.
 */
export function closeProjectReview(
  campaign: CampaignState,
  candidacies: Candidacies,
  state: EvaluationState,
  input: { overrideReason?: string },
): (EvaluationEvent | CampaignStageAdvanced)[] {
  // The panel opinion follows, unless the campaign leaves it out (then whatever comes next in its pipeline).
  const stages = campaignStages(campaign.config);
  const to = nextStage('project-review', stages) ?? 'panel-opinion';
  assertCanAdvance(campaign.stage, to, stages);
  const missing = missingSheets(state, candidacies).map(({ expertId, candidacyId }) => ({ expertId, candidacyId }));
  const reason = (input.overrideReason ?? '').trim() || undefined;
  const events: (EvaluationEvent | CampaignStageAdvanced)[] = [];
  if (missing.length > 0) {
    if (!reason) {
      const sample = missing
        .slice(0, 10)
        .map((m) => `${m.expertId} → ${m.candidacyId}`)
        .join('; ');
      throw conflict(
        'project-review.incomplete',
        `Project review cannot close: ${missing.length} assigned score sheet(s) are not submitted (${sample}${missing.length > 10 ? '; …' : ''}). ` +
          'Wait for them, or close with an overrideReason.',
      );
    }
    events.push({ type: 'ProjectReviewCompletenessOverridden', payload: { campaignId: campaign.id, reason, missing } });
  }
  events.push({ type: 'CampaignStageAdvanced', payload: { campaignId: campaign.id, from: campaign.stage, to, reason } });
  return events;
}
