import type { CampaignState } from '../campaign/campaign';
import { stageIndex } from '../campaign/campaign-stage';
import { conflict, invalid, notFound } from '../shared/domain-error';
import type { CongressElectionState } from './congress-election-state';
import type { CongressDelegateCheckInCancelled, CongressDelegateCheckedIn, CongressDelegatesRegistered, CongressElectionRulesSet } from './congress-events';
import { assertElectionStage, assertNotCompleted } from './congress-guards';
import { openRoundOf } from './congress-progress';
import { type MajorityBase, type QuorumRule, hasQuorum } from './congress-round';

const DELEGATE_ID = /^[A-Za-z0-9._-]{1,64}$/;
export const MAX_DELEGATES = 100_000;

/** Quorum and majority base for the congress; only before the first round opens. */
export function setCongressElectionRules(
  campaign: CampaignState,
  state: CongressElectionState,
  input: { quorum?: QuorumRule; majorityBase?: MajorityBase },
): CongressElectionRulesSet[] {
  if (stageIndex(campaign.stage) > stageIndex('election'))
    throw conflict('stage.wrong', `The election is over: the campaign is in stage "${campaign.stage}".`, undefined, { stage: campaign.stage });
  if (state.rounds.length > 0) throw conflict('election.rules-fixed', 'The election rules cannot change once a round has opened.');
  const quorum = input.quorum ?? state.quorum;
  const majorityBase = input.majorityBase ?? state.majorityBase;
  hasQuorum(1, 1, quorum); // validates the fraction (whole numbers, less than 1)
  if (majorityBase !== 'present' && majorityBase !== 'registered') {
    throw invalid('election.majority-base-invalid', 'The majority base must be present or registered', 'majorityBase');
  }
  return [
    {
      type: 'CongressElectionRulesSet',
      payload: { campaignId: campaign.id, quorum: { numerator: quorum.numerator, denominator: quorum.denominator }, majorityBase },
    },
  ];
}

/**
 * Registers delegates: given ids and names, or a count for which ids D0001, D0002, … (continuing the roster, each
 * named by its id) are
 * made. The roster is fixed once the first round opens (the registered count is the base of every quorum).
 */
export function registerCongressDelegates(
  campaign: CampaignState,
  state: CongressElectionState,
  input: { delegates?: readonly { delegateId: string; name?: string }[]; count?: number },
): CongressDelegatesRegistered[] {
  if (stageIndex(campaign.stage) > stageIndex('election'))
    throw conflict('stage.wrong', `The election is over: the campaign is in stage "${campaign.stage}".`, undefined, { stage: campaign.stage });
  if (state.rounds.length > 0) throw conflict('election.roster-closed', 'The roster is fixed once the first round has opened.');
  const hasList = Array.isArray(input.delegates) && input.delegates.length > 0;
  const hasCount = input.count !== undefined && input.count !== null;
  if (hasList === hasCount) throw invalid('election.roster-input', 'Give either a list of delegates or a count, not both and not neither.', 'delegates');
  let delegates: { delegateId: string; name: string }[];
  if (hasCount) {
    const count = input.count!;
    if (!Number.isSafeInteger(count) || count < 1) throw invalid('election.count-invalid', 'count must be a whole number of at least 1', 'count');
    if (state.delegates.size + count > MAX_DELEGATES)
      throw invalid('election.roster-too-large', `A congress has at most ${MAX_DELEGATES} delegates.`, 'count', { max: MAX_DELEGATES });
    delegates = [];
    for (let n = state.delegates.size + 1; delegates.length < count; n++) {
      const delegateId = `D${String(n).padStart(4, '0')}`;
      // Named by the id, as a listed delegate given without a name is: no words of any one language in the record.
      if (!state.delegates.has(delegateId)) delegates.push({ delegateId, name: delegateId });
    }
  } else {
    const seen = new Set<string>();
    delegates = input.delegates!.map((d, i) => {
      if (typeof d?.delegateId !== 'string' || !DELEGATE_ID.test(d.delegateId)) {
        throw invalid('election.delegate-id-invalid', 'A delegate id is 1–64 of [A-Za-z0-9._-]', `delegates.${i}.delegateId`);
      }
      if (seen.has(d.delegateId))
        throw invalid('election.duplicate-delegate', `Delegate ${d.delegateId} is listed twice.`, `delegates.${i}.delegateId`, { delegate: d.delegateId });
      seen.add(d.delegateId);
      if (state.delegates.has(d.delegateId))
        throw conflict('election.delegate-exists', `Delegate ${d.delegateId} is already registered.`, undefined, { delegate: d.delegateId });
      const name = (d.name ?? '').trim() || d.delegateId;
      return { delegateId: d.delegateId, name };
    });
    if (state.delegates.size + delegates.length > MAX_DELEGATES)
      throw invalid('election.roster-too-large', `A congress has at most ${MAX_DELEGATES} delegates.`, 'delegates', { max: MAX_DELEGATES });
  }
  return [{ type: 'CongressDelegatesRegistered', payload: { campaignId: campaign.id, delegates } }];
}

/** Delegates arriving in the hall. Each is counted present in every round opened after her check-in. */
export function checkInCongressDelegates(
  campaign: CampaignState,
  state: CongressElectionState,
  input: { delegateIds: readonly string[] },
): CongressDelegateCheckedIn[] {
  assertElectionStage(campaign, 'check delegates in');
  assertNotCompleted(state);
  if (!Array.isArray(input.delegateIds) || input.delegateIds.length === 0)
    throw invalid('election.delegates-missing', 'Name at least one delegate.', 'delegateIds');
  const seen = new Set<string>();
  return input.delegateIds.map((delegateId) => {
    const d = state.delegates.get(delegateId);
    if (!d) throw notFound('election.delegate-not-found', `Delegate ${delegateId} is not registered.`, 'delegateIds', { delegate: delegateId });
    if (d.checkedIn || seen.has(delegateId))
      throw conflict('election.already-checked-in', `Delegate ${delegateId} is already checked in.`, 'delegateIds', { delegate: delegateId });
    seen.add(delegateId);
    return { type: 'CongressDelegateCheckedIn', payload: { campaignId: campaign.id, delegateId } };
  });
}

/**
 * Withdraws a check-in made by mistake (a wrong id scanned at the door), with the reason. Not while a round is
 * open: that round's attendance was fixed when it opened; the correction counts from the next round on.
 */
export function cancelCongressCheckIn(
  campaign: CampaignState,
  state: CongressElectionState,
  input: { delegateId: string; reason: string },
): CongressDelegateCheckInCancelled[] {
  assertElectionStage(campaign, 'withdraw a check-in');
  assertNotCompleted(state);
  const open = openRoundOf(state);
  if (open)
    throw conflict('election.round-open', `Round ${open.number} is open and its attendance is fixed; withdraw the check-in after it closes.`, undefined, {
      round: open.number,
    });
  const d = state.delegates.get(input.delegateId);
  if (!d) throw notFound('election.delegate-not-found', `Delegate ${input.delegateId} is not registered.`, 'delegateId', { delegate: input.delegateId });
  if (!d.checkedIn) throw conflict('election.not-checked-in', `Delegate ${input.delegateId} is not checked in.`, 'delegateId', { delegate: input.delegateId });
  const reason = typeof input.reason === 'string' ? input.reason.trim() : '';
  if (!reason) throw invalid('election.reason-required', 'Say why the check-in is withdrawn.', 'reason');
  return [{ type: 'CongressDelegateCheckInCancelled', payload: { campaignId: campaign.id, delegateId: input.delegateId, reason } }];
}
