import type { CampaignState } from '../campaign/campaign';
import { assertStage, nextStage } from '../campaign/campaign-stage';
import { campaignStages, isHonours } from '../pipeline/campaign-stages-of';
import { placesToFill } from '../pipeline/places-to-fill';
import type { CampaignStageAdvanced } from '../campaign/campaign-events';
import type { Candidacies } from '../candidacy/candidacy';
import { replaceFailedInspection } from './shortlist';
import { conflict, invalid, notFound } from '../shared/domain-error';
import { candidateAttributes, quotasFor } from '../quotas/campaign-quotas';
import type { InspectionClosed, InspectionRecorded, ShortlistMemberReplaced } from './shortlisting-events';
import type { ShortlistingState } from './shortlisting-state';

/**
 * An inspector records pass or fail with findings for a shortlisted candidate (干部考察). A failed candidate is
 * replaced at once by the next-ranked eligible one (quotas kept where possible), who must then be inspected too.
 */
export function recordInspection(
  campaign: CampaignState,
  candidacies: Candidacies,
  state: ShortlistingState,
  input: { candidacyId: string; result: 'pass' | 'fail'; findings: string; inspectorId: string },
): (InspectionRecorded | ShortlistMemberReplaced)[] {
  assertStage(campaign.stage, 'inspection', 'record an inspection');
  if (!state.ranking) throw conflict('ranking.not-frozen', 'The ranking has not been frozen yet.');
  if (!state.members.some((m) => m.candidacyId === input.candidacyId)) {
    throw notFound('inspection.not-shortlisted', `Candidacy ${input.candidacyId} is not on the shortlist.`);
  }
  if (state.inspections.has(input.candidacyId)) {
    // One outcome per candidate: a second record would leave two findings and no clear result.
    throw conflict(
      'inspection.already-recorded',
      `Candidacy ${input.candidacyId} has already been inspected (${state.inspections.get(input.candidacyId)!.result}).`,
    );
  }
  const findings = input.findings.trim();
  if (!findings) throw invalid('inspection.findings-required', 'Inspection findings must be written down.', 'findings');
  const recorded: InspectionRecorded = {
    type: 'InspectionRecorded',
    payload: { campaignId: campaign.id, candidacyId: input.candidacyId, result: input.result, findings, inspectorId: input.inspectorId },
  };
  if (input.result === 'pass') return [recorded];

  const replacement = replaceFailedInspection(
    state.members.map((m) => m.candidacyId),
    state.ranking.map((l) => ({ candidacyId: l.candidacyId, rank: l.rank })),
    input.candidacyId,
    {
      ineligibleIds: new Set([...state.failed, ...[...candidacies.values()].filter((c) => c.status === 'withdrawn').map((c) => c.id), input.candidacyId]),
      quotas: quotasFor(campaign.config.quotas, 'shortlist'),
      attributes: candidateAttributes(candidacies),
    },
  );
  return [
    recorded,
    {
      type: 'ShortlistMemberReplaced',
      payload: {
        campaignId: campaign.id,
        failedId: input.candidacyId,
        replacement: replacement.replacement && { ...replacement.replacement },
        reason: replacement.reason,
      },
    },
  ];
}

/**
 * Inspection closes when every shortlisted candidate has passed; the finalists go on to the campaign's next stage:
 * the congress of an open selection (more finalists than seats, 差额), or an honours campaign's award tiers (at
 * least as many finalists as places). With no more finalists than seats an open selection may still close with the
 * organiser's written reason (an exception, recorded in the event and shown with the results): at least one
 * finalist, and with as many finalists as seats the congress holds an uncontested election (等额选举), where each
 * candidate still needs more than half of the votes.
 */
export function closeInspection(
  campaign: CampaignState,
  state: ShortlistingState,
  input: { exceptionReason?: string } = {},
): (InspectionClosed | CampaignStageAdvanced)[] {
  assertStage(campaign.stage, 'inspection', 'close inspection');
  const pending = state.members.filter((m) => state.inspections.get(m.candidacyId)?.result !== 'pass');
  if (pending.length > 0) {
    throw conflict(
      'inspection.incomplete',
      `${pending.length} shortlisted candidate(s) have not passed inspection yet: ${pending.map((m) => m.candidacyId).join(', ')}.`,
    );
  }
  const places = placesToFill(campaign.config);
  const finalists = state.members.length;
  let exception: { reason: string; finalists: number; seats: number } | undefined;
  if (isHonours(campaign.config)) {
    if (finalists < places) {
      throw conflict(
        'inspection.too-few-for-awards',
        `Only ${finalists} finalists for ${places} award places; every place needs a finalist who passed inspection.`,
        undefined,
        { finalists, places },
      );
    }
  } else if (finalists <= places) {
    const reason = input.exceptionReason?.trim();
    if (!reason) {
      throw conflict(
        'inspection.not-competitive',
        `Only ${finalists} finalists for ${places} seats; the election needs more candidates than seats, or a written reason for an exception.`,
        'exceptionReason',
        { finalists, seats: places },
      );
    }
    if (finalists === 0) throw conflict('inspection.no-finalists', 'Nobody passed inspection: there is nobody to elect.');
    exception = { reason, finalists, seats: places };
  }
  const to = nextStage('inspection', campaignStages(campaign.config)) ?? 'election';
  return [
    {
      type: 'InspectionClosed',
      payload: { campaignId: campaign.id, finalists: state.members.map((m) => ({ ...m })), ...(exception ? { exception } : {}) },
    },
    { type: 'CampaignStageAdvanced', payload: { campaignId: campaign.id, from: 'inspection', to, reason: 'inspection closed' } },
  ];
}
