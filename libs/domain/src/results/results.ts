import type { CampaignState } from '../campaign/campaign';
import type { CampaignStageAdvanced } from '../campaign/campaign-events';
import { assertStage } from '../campaign/campaign-stage';
import type { Candidacies } from '../candidacy/candidacy';
import { checkElectedSetQuotas } from '../quotas/body-quotas';
import { checkQuotas } from '../quotas/quota-check';
import type { DomainEvent } from '../shared/domain-event';
import { type Fold, foldHistory } from '../shared/fold';
import { type MapDraft, PersistentMap } from '../shared/persistent-map';
import { CAMPAIGN_TIME_ZONE } from '../shared/campaign-time-zone';
import { conflict, invalid, notFound } from '../shared/domain-error';
import { candidateAttributes, quotasFor } from '../quotas/campaign-quotas';
import { allocateAwardTiers } from '../pipeline/award-tiers';
import { isHonours } from '../pipeline/campaign-stages-of';
import type { ShortlistingState } from '../shortlisting/shortlisting-state';
import type {
  ElectionCompletedPayload,
  ObjectionLodged,
  ResultCorrectionRecorded,
  ResultsCertified,
  ResultsEvent,
  ResultsPublished,
  ObjectionResolved,
} from './results-events';
import { publicityEndsAt } from './working-days';

export const DEFAULT_PUBLICITY_WORKING_DAYS = 5;

/**
 * Anyone may object, anonymously, so an objection is first `pending`: seen by the organiser only. She admits it
 * for the record (public from then on, and certification waits for its answer) or dismisses it with a reason.
 */
export type ObjectionStatus = 'pending' | 'admitted' | 'dismissed';

export interface Objection {
  readonly objectionId: string;
  readonly status: ObjectionStatus;
  readonly dismissalReason?: string;
  readonly text: string;
  readonly lodgedAt: string;
  /** How the organiser can reach the objector, if given: for the organiser only, never published. */
  readonly contact?: string;
  readonly resolution?: string;
  readonly upheld?: boolean;
  /** An upheld objection is answered by a correction recorded during publicity: the text of that correction. */
  readonly correction?: string;
}

export interface ResultsState {
  readonly election: ElectionCompletedPayload | null;
  readonly published: ResultsPublished['payload'] | null;
  readonly objections: ReadonlyMap<string, Objection>;
  readonly certified: ResultsCertified['payload'] | null;
}

interface ResultsDraft {
  election: ElectionCompletedPayload | null;
  published: ResultsPublished['payload'] | null;
  readonly objections: MapDraft<string, Objection>;
  certified: ResultsCertified['payload'] | null;
}

function applyResultsEvent(draft: ResultsDraft, event: DomainEvent): ResultsDraft {
  if (event.type === 'ElectionCompleted') {
    draft.election = event.payload as ElectionCompletedPayload;
    return draft;
  }
  if (event.type === 'QuotaFurtherRoundOpened') {
    // Seats were vacated for a quota further round: nothing to publish until the election completes again.
    draft.election = null;
    return draft;
  }
  const { objections } = draft;
  const e = event as ResultsEvent;
  switch (e.type) {
    case 'ResultsPublished':
      draft.published = e.payload;
      break;
    case 'ObjectionLodged':
      objections.set(e.payload.objectionId, {
        objectionId: e.payload.objectionId,
        status: 'pending',
        text: e.payload.text,
        lodgedAt: e.payload.lodgedAt,
        contact: e.payload.contact,
      });
      break;
    case 'ObjectionAdmitted': {
      const o = objections.get(e.payload.objectionId);
      if (o) objections.set(o.objectionId, { ...o, status: 'admitted' });
      break;
    }
    case 'ObjectionsDismissed':
      for (const id of e.payload.objectionIds) {
        const o = objections.get(id);
        if (o) objections.set(id, { ...o, status: 'dismissed', dismissalReason: e.payload.reason });
      }
      break;
    case 'ObjectionResolved': {
      const o = objections.get(e.payload.objectionId);
      // Objections answered before moderation existed were public from the start: an answer admits them.
      if (o) objections.set(o.objectionId, { ...o, status: 'admitted', resolution: e.payload.resolution, upheld: e.payload.upheld });
      break;
    }
    case 'ResultsCertified':
      draft.certified = e.payload;
      break;
    case 'ResultCorrectionRecorded':
      for (const id of e.payload.objectionIds ?? []) {
        const o = objections.get(id);
        if (o) objections.set(id, { ...o, correction: e.payload.text });
      }
      break;
  }
  return draft;
}

export const RESULTS_FOLD: Fold<ResultsState, ResultsDraft> = {
  name: 'results',
  version: 2,
  initial: () => ({ election: null, published: null, objections: new Map(), certified: null }),
  resume: (s) => ({ ...s, objections: PersistentMap.of(s.objections).draft() }),
  apply: applyResultsEvent,
  seal: (d) => ({ election: d.election, published: d.published, objections: d.objections.done(), certified: d.certified }),
};

export const foldResults = (history: readonly DomainEvent[]): ResultsState => foldHistory(RESULTS_FOLD, history);

const membersOf = (candidacies: Candidacies, groups: readonly { candidacyIds: readonly string[] }[]) => {
  const attributes = candidateAttributes(candidacies);
  return groups.flatMap((p) => p.candidacyIds).map((candidacyId) => ({ candidacyId, attributes: attributes.get(candidacyId) ?? {} }));
};

/**
 * The organiser publishes the result: the publicity period starts (default 5 working days). An open selection
 * publishes who the congress elected; an honours campaign its award tiers, filled from the finalists in ranking
 * order (`allocateAwardTiers`). Quotas for the elected body are checked on the elected or awarded set (and each
 * governing body's on the body as it will sit, `checkElectedSetQuotas`). When the elected break a quota that no
 * quota further round can mend (no qualifying finalist left), she may publish with a written reason
 * (`quotaExceptionReason`), recorded with the violations, and certification then stands on it.
 * `quotaFurtherRoundPossible` is asked only then: a reason is refused while a further round could mend the quota.
 */
export function publishResults(
  campaign: CampaignState,
  candidacies: Candidacies,
  state: ResultsState,
  input: { now: Date; lastEventHash: string; workingDays?: number; quotaExceptionReason?: string; quotaFurtherRoundPossible?: () => boolean },
  shortlisting?: Pick<ShortlistingState, 'finalists'>,
): (ResultsPublished | CampaignStageAdvanced)[] {
  const honours = isHonours(campaign.config);
  assertStage(campaign.stage, honours ? 'award' : 'election', 'publish the results');
  const workingDays = input.workingDays ?? campaign.config.publicityWorkingDays ?? DEFAULT_PUBLICITY_WORKING_DAYS;
  const published = {
    campaignId: campaign.id,
    publishedAt: input.now.toISOString(),
    publicityEndsAt: publicityEndsAt(input.now, workingDays).toISOString(),
    basedOnEventHash: input.lastEventHash,
  };
  const advanced: CampaignStageAdvanced = {
    type: 'CampaignStageAdvanced',
    payload: { campaignId: campaign.id, from: campaign.stage, to: 'publicity', reason: 'results published' },
  };
  const electedQuotas = quotasFor(campaign.config.quotas, 'elected');
  if (honours) {
    const finalists = shortlisting?.finalists;
    if (!finalists) throw conflict('results.no-finalists', 'Inspection has not been closed, so there are no finalists to award.');
    const publication = campaign.config.pipeline?.publication ?? 'unranked';
    const awards = allocateAwardTiers(finalists, campaign.config.pipeline?.awardTiers ?? [], publication);
    return [
      {
        type: 'ResultsPublished',
        payload: {
          ...published,
          elected: [],
          quotaViolations: checkQuotas(membersOf(candidacies, awards), electedQuotas),
          awards: awards.map((t) => ({ tierKey: t.tierKey, candidacyIds: [...t.candidacyIds] })),
          publication,
        },
      },
      advanced,
    ];
  }
  if (!state.election) throw conflict('results.election-not-complete', 'The congress election has not filled every seat yet.');
  const quotaViolations = checkElectedSetQuotas(campaign.config, state.election.elected, candidateAttributes(candidacies));
  const reason = input.quotaExceptionReason?.trim();
  if (reason && quotaViolations.length === 0) {
    throw invalid('results.quota-exception-unneeded', 'The elected meet every quota: no exception reason is needed.', 'quotaExceptionReason');
  }
  if (reason && input.quotaFurtherRoundPossible?.()) {
    throw conflict('results.quota-further-round-possible', 'A quota further round can still mend the quota: open it instead of publishing an exception.');
  }
  return [
    {
      type: 'ResultsPublished',
      payload: {
        ...published,
        elected: state.election.elected.map((p) => ({ positionKey: p.positionKey, candidacyIds: [...p.candidacyIds] })),
        quotaViolations,
        ...(reason ? { quotaException: { reason } } : {}),
      },
    },
    advanced,
  ];
}

/** Anyone may object during the publicity period; the objection waits for the organiser to admit or dismiss it. */
export function lodgeObjection(
  campaign: CampaignState,
  state: ResultsState,
  input: { objectionId: string; text: string; contact?: string; now: Date },
): ObjectionLodged[] {
  assertStage(campaign.stage, 'publicity', 'lodge an objection');
  // A period of 0 working days sets no minimum: objections are taken until the organiser certifies.
  const published = state.published;
  if (published && published.publicityEndsAt !== published.publishedAt && input.now > new Date(published.publicityEndsAt)) {
    throw conflict('objection.period-over', `The publicity period ended at ${published.publicityEndsAt}.`, undefined, {
      publicityEndsAt: published.publicityEndsAt,
      timeZone: CAMPAIGN_TIME_ZONE,
    });
  }
  const text = input.text.trim();
  if (!text) throw invalid('objection.text-required', 'Say what the objection is.', 'text');
  return [
    {
      type: 'ObjectionLodged',
      payload: { campaignId: campaign.id, objectionId: input.objectionId, text, contact: input.contact, lodgedAt: input.now.toISOString() },
    },
  ];
}

/** The organiser answers each admitted objection in writing. */
export function resolveObjection(
  campaign: CampaignState,
  state: ResultsState,
  input: { objectionId: string; resolution: string; upheld: boolean },
): ObjectionResolved[] {
  assertStage(campaign.stage, 'publicity', 'resolve an objection');
  const objection = state.objections.get(input.objectionId);
  if (!objection) throw notFound('objection.not-found', `Objection ${input.objectionId} does not exist.`);
  if (objection.status === 'dismissed') throw conflict('objection.dismissed', `Objection ${input.objectionId} was dismissed: ${objection.dismissalReason}`);
  if (objection.status === 'pending') throw conflict('objection.not-admitted', 'Admit the objection for the record before answering it.');
  if (objection.resolution !== undefined) throw conflict('objection.resolved', 'This objection has already been answered.');
  const resolution = input.resolution.trim();
  if (!resolution) throw invalid('objection.resolution-required', 'The answer must be written down.', 'resolution');
  return [{ type: 'ObjectionResolved', payload: { campaignId: campaign.id, objectionId: input.objectionId, resolution, upheld: input.upheld } }];
}

/**
 * Certification: after the publicity period, with every admitted objection answered (pending and dismissed ones
 * are not part of the record), none upheld without a correction, and every quota on the elected set met. After
 * this the result never changes.
 */
export function certifyResults(
  campaign: CampaignState,
  state: ResultsState,
  input: { now: Date; lastEventHash: string; quotaExceptionReason?: string },
): (ResultsCertified | CampaignStageAdvanced)[] {
  assertStage(campaign.stage, 'publicity', 'certify the results');
  const published = state.published!;
  if (input.now < new Date(published.publicityEndsAt)) {
    throw conflict('certify.publicity-running', `The publicity period runs until ${published.publicityEndsAt}; certify after it ends.`, undefined, {
      publicityEndsAt: published.publicityEndsAt,
      timeZone: CAMPAIGN_TIME_ZONE,
    });
  }
  const open = [...state.objections.values()].filter((o) => o.status === 'admitted' && o.resolution === undefined);
  if (open.length)
    throw conflict('certify.objections-open', `${open.length} admitted objection(s) still need a written answer.`, undefined, { count: open.length });
  const uncorrected = [...state.objections.values()].filter((o) => o.upheld && o.correction === undefined);
  if (uncorrected.length) {
    throw conflict(
      'certify.objection-upheld',
      `${uncorrected.length} upheld objection(s) have no correction yet: record a correction that names them (POST /campaigns/{campaignId}/results/corrections with objectionIds) before certification.`,
      undefined,
      { count: uncorrected.length },
    );
  }
  // A broken quota stands only with a written reason: recorded at publication, or given now (so no campaign is stuck).
  const certifyReason = input.quotaExceptionReason?.trim();
  if (published.quotaViolations.length && !published.quotaException && !certifyReason) {
    throw conflict(
      'certify.quota-violated',
      `Quota not met on the elected set: ${published.quotaViolations.map((v) => v.message).join('; ')}. Certify with a written reason for the exception.`,
      'quotaExceptionReason',
    );
  }
  const exception = published.quotaViolations.length && !published.quotaException && certifyReason ? { quotaException: { reason: certifyReason } } : {};
  return [
    {
      type: 'ResultsCertified',
      payload: { campaignId: campaign.id, certifiedAt: input.now.toISOString(), basedOnEventHash: input.lastEventHash, ...exception },
    },
    { type: 'CampaignStageAdvanced', payload: { campaignId: campaign.id, from: 'publicity', to: 'certified', reason: 'results certified' } },
  ];
}

/**
 * A correction, recorded beside the result for everyone to see. During publicity it answers one or more upheld
 * objections (naming them); once certified the result never changes, and a correction stands beside it.
 */
export function recordCorrection(
  campaign: CampaignState,
  state: ResultsState,
  input: { text: string; now: Date; objectionIds?: readonly string[] },
): ResultCorrectionRecorded[] {
  assertStage(campaign.stage, ['publicity', 'certified'], 'record a correction');
  const text = input.text.trim();
  if (!text) throw invalid('correction.text-required', 'Say what is corrected and why.', 'text');
  const objectionIds = [...new Set(input.objectionIds ?? [])];
  if (campaign.stage === 'publicity') {
    if (objectionIds.length === 0) {
      throw invalid('correction.objections-required', 'Before certification a correction answers upheld objections: name at least one.', 'objectionIds');
    }
    for (const id of objectionIds) {
      const objection = state.objections.get(id);
      if (!objection) throw notFound('objection.not-found', `Objection ${id} does not exist.`);
      if (!objection.upheld)
        throw invalid(
          'correction.objection-not-upheld',
          `Objection ${id} was not upheld; only an upheld objection is answered by a correction.`,
          'objectionIds',
        );
      if (objection.correction !== undefined) throw conflict('correction.objection-corrected', `Objection ${id} already has a correction.`);
    }
  } else if (objectionIds.length) {
    throw invalid('correction.objections-closed', 'The result is certified: objections are closed, so a correction can no longer answer one.', 'objectionIds');
  }
  return [
    {
      type: 'ResultCorrectionRecorded',
      payload: { campaignId: campaign.id, text, recordedAt: input.now.toISOString(), ...(objectionIds.length ? { objectionIds } : {}) },
    },
  ];
}
