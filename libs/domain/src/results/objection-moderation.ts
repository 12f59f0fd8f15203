import type { CampaignState } from '../campaign/campaign';
import { assertStage } from '../campaign/campaign-stage';
import { conflict, invalid, notFound } from '../shared/domain-error';
import type { Objection, ResultsState } from './results';
import type { ObjectionAdmitted, ObjectionsDismissed } from './results-events';

/**
 * Moderating anonymous objections during publicity. Anyone may object without signing in, so a flood of spam must
 * neither be published verbatim nor hold certification: each objection waits (`pending`) until the organiser
 * admits it for the record — public from then on, and answered before certification — or dismisses it with a
 * reason that stays in the campaign's history.
 */

const pendingObjection = (state: ResultsState, objectionId: string): Objection => {
  const objection = state.objections.get(objectionId);
  if (!objection) throw notFound('objection.not-found', `Objection ${objectionId} does not exist.`, 'objectionIds');
  if (objection.status === 'admitted')
    throw conflict('objection.admitted', `Objection ${objectionId} is admitted for the record: it is answered, not dismissed.`);
  if (objection.status === 'dismissed') throw conflict('objection.dismissed', `Objection ${objectionId} was already dismissed: ${objection.dismissalReason}`);
  return objection;
};

export function admitObjection(campaign: CampaignState, state: ResultsState, input: { objectionId: string; now: Date }): ObjectionAdmitted[] {
  assertStage(campaign.stage, 'publicity', 'admit an objection');
  pendingObjection(state, input.objectionId);
  return [{ type: 'ObjectionAdmitted', payload: { campaignId: campaign.id, objectionId: input.objectionId, admittedAt: input.now.toISOString() } }];
}

/** One event for the whole batch, so the audit trail shows one decision with its reason. */
export function dismissObjections(
  campaign: CampaignState,
  state: ResultsState,
  input: { objectionIds: readonly string[]; reason: string; now: Date },
): ObjectionsDismissed[] {
  assertStage(campaign.stage, 'publicity', 'dismiss objections');
  const reason = input.reason.trim();
  if (!reason) throw invalid('objection.dismissal-reason-required', 'Say why these objections are dismissed.', 'reason');
  const objectionIds = [...new Set(input.objectionIds)];
  if (objectionIds.length === 0) throw invalid('objection.none-chosen', 'Choose at least one objection to dismiss.', 'objectionIds');
  for (const id of objectionIds) pendingObjection(state, id);
  return [{ type: 'ObjectionsDismissed', payload: { campaignId: campaign.id, objectionIds, reason, dismissedAt: input.now.toISOString() } }];
}
