import type { CampaignState } from '../campaign/campaign';
import { assertCandidacyPeriod } from '../campaign/campaign-deadlines';
import { assertStage } from '../campaign/campaign-stage';
import { conflict, forbidden, invalid, notFound } from '../shared/domain-error';
import type { DomainEvent } from '../shared/domain-event';
import { type Fold, foldHistory } from '../shared/fold';
import { type MapDraft, PersistentMap } from '../shared/persistent-map';
import { assertConsentToProcessing, CONSENT_BEFORE_IT_WAS_ASKED, type CandidacyConsent } from './candidacy-consent';
import { type CandidaciesByCandidate, candidaciesOf } from './candidacies-by-candidate';
import { candidacyAttributes } from '../quotas/candidate-attribute-definitions';
import type { CandidateDetails, ProjectProposal } from './candidacy-details';
import type { CandidacyEvent, CandidacyWithdrawn, QualificationDecision } from './candidacy-events';
import { type Nomination, nominationOf, validateNomination } from './nomination';

export type CandidacyStatus = 'submitted' | 'withdrawn' | 'accepted' | 'rejected';

export interface CandidacyState {
  readonly id: string;
  readonly candidateId: string;
  readonly details: CandidateDetails;
  readonly proposal: ProjectProposal;
  readonly consent: CandidacyConsent;
  /** Absent: a self-application (every candidacy recorded before nomination channels). */
  readonly nomination?: Nomination;
  readonly status: CandidacyStatus;
  readonly submittedAt: string;
}

export type Candidacies = ReadonlyMap<string, CandidacyState>;

/** Applies one event to a draft of the candidacies (a `PersistentMap` draft: nothing is copied per event). */
function applyCandidacyEvent(draft: MapDraft<string, CandidacyState>, event: DomainEvent): MapDraft<string, CandidacyState> {
  const e = event as CandidacyEvent;
  switch (e.type) {
    case 'CandidacySubmitted': {
      const { candidacyId, candidateId, details, proposal, submittedAt } = e.payload;
      const consent = e.payload.consent ?? CONSENT_BEFORE_IT_WAS_ASKED;
      const nomination = e.payload.nomination ? { nomination: e.payload.nomination } : {};
      draft.set(candidacyId, { id: candidacyId, candidateId, details, proposal, consent, ...nomination, status: 'submitted', submittedAt });
      break;
    }
    case 'CandidacyEdited': {
      const c = draft.get(e.payload.candidacyId);
      if (c) draft.set(c.id, { ...c, details: e.payload.details, proposal: e.payload.proposal, consent: e.payload.consent ?? c.consent });
      break;
    }
    case 'CandidacyWithdrawn': {
      const c = draft.get(e.payload.candidacyId);
      if (c) draft.set(c.id, { ...c, status: 'withdrawn' });
      break;
    }
    case 'CandidacyQualificationDecided': {
      const c = draft.get(e.payload.candidacyId);
      if (c) draft.set(c.id, { ...c, status: e.payload.decision });
      break;
    }
    default:
      break;
  }
  return draft;
}

export const CANDIDACIES_FOLD: Fold<Candidacies, MapDraft<string, CandidacyState>> = {
  name: 'candidacies',
  version: 1,
  initial: () => new Map(),
  resume: (state) => PersistentMap.of(state).draft(),
  apply: applyCandidacyEvent,
  seal: (draft) => draft.done(),
};

/** Linear in the events it reads, and resumed from the history's snapshot when it carries one. */
export const foldCandidacies = (history: readonly DomainEvent[]): Candidacies => foldHistory(CANDIDACIES_FOLD, history);

function requireCandidacy(candidacies: Candidacies, candidacyId: string): CandidacyState {
  const c = candidacies.get(candidacyId);
  if (!c) throw notFound('candidacy.not-found', `Candidacy ${candidacyId} does not exist in this campaign.`);
  return c;
}

/** Only the candidate herself may change her candidacy, and only while candidacy is open and she has not withdrawn. */
function requireOwnOpenCandidacy(campaign: CampaignState, candidacies: Candidacies, candidacyId: string, actorId: string, doing: string): CandidacyState {
  const c = requireCandidacy(candidacies, candidacyId);
  if (c.candidateId !== actorId) throw forbidden('candidacy.not-owner', 'Only the candidate herself may change her candidacy.');
  assertStage(campaign.stage, 'candidacy-open', doing);
  if (c.status === 'withdrawn') throw conflict('candidacy.withdrawn', 'This candidacy has been withdrawn.');
  return c;
}

/** The details as recorded: the extra attributes checked (and the age band derived), left out when there are none. */
function withCheckedAttributes(campaign: CampaignState, details: CandidateDetails, at: Date): CandidateDetails {
  const { attributes: given, ...rest } = details;
  const attributes = candidacyAttributes(campaign.config, given, details.birthYear, at);
  return attributes === undefined ? rest : { ...rest, attributes };
}

export function submitCandidacy(
  campaign: CampaignState,
  candidacies: Candidacies,
  input: {
    candidacyId: string;
    candidateId: string;
    details: CandidateDetails;
    proposal: ProjectProposal;
    consent: CandidacyConsent;
    /** Left out: a self-application. */
    nomination?: Nomination;
    submittedAt: Date;
  },
  byCandidate?: CandidaciesByCandidate,
): CandidacyEvent[] {
  assertStage(campaign.stage, 'candidacy-open', 'submit a candidacy');
  assertCandidacyPeriod(campaign, input.submittedAt);
  if (candidacies.has(input.candidacyId)) throw conflict('candidacy.exists', `Candidacy ${input.candidacyId} already exists.`);
  const active = candidaciesOf(candidacies, input.candidateId, byCandidate).find((c) => c.status !== 'withdrawn');
  if (active) {
    throw conflict('candidacy.duplicate', `You already have a candidacy in this campaign (${active.id}); edit it instead.`);
  }
  assertBudget(input.proposal.budget);
  assertConsentToProcessing(input.consent);
  const details = withCheckedAttributes(campaign, input.details, input.submittedAt);
  const nomination = validateNomination(campaign.config.nomination, nominationOf(input.nomination));
  return [
    {
      type: 'CandidacySubmitted',
      payload: {
        campaignId: campaign.id,
        candidacyId: input.candidacyId,
        candidateId: input.candidateId,
        details,
        proposal: input.proposal,
        consent: input.consent,
        nomination,
        submittedAt: input.submittedAt.toISOString(),
      },
    },
  ];
}

export function editCandidacy(
  campaign: CampaignState,
  candidacies: Candidacies,
  input: { candidacyId: string; actorId: string; details: CandidateDetails; proposal: ProjectProposal; consent: CandidacyConsent; at: Date },
): CandidacyEvent[] {
  const own = requireOwnOpenCandidacy(campaign, candidacies, input.candidacyId, input.actorId, 'edit a candidacy');
  assertCandidacyPeriod(campaign, input.at);
  assertBudget(input.proposal.budget);
  assertConsentToProcessing(input.consent);
  const { candidacyId, proposal, consent } = input;
  const details = withCheckedAttributes(campaign, input.details, new Date(own.submittedAt));
  return [{ type: 'CandidacyEdited', payload: { campaignId: campaign.id, candidacyId, details, proposal, consent } }];
}

export function withdrawCandidacy(
  campaign: CampaignState,
  candidacies: Candidacies,
  input: { candidacyId: string; actorId: string; reason?: string },
): CandidacyWithdrawn[] {
  requireOwnOpenCandidacy(campaign, candidacies, input.candidacyId, input.actorId, 'withdraw a candidacy');
  return [{ type: 'CandidacyWithdrawn', payload: { campaignId: campaign.id, candidacyId: input.candidacyId, reason: input.reason } }];
}

/** The organiser accepts or rejects each candidacy in writing; she may revise a decision until the stage moves on. */
export function decideQualification(
  campaign: CampaignState,
  candidacies: Candidacies,
  input: { candidacyId: string; decision: QualificationDecision; reason: string },
): CandidacyEvent[] {
  assertStage(campaign.stage, 'qualification-review', 'record a qualification decision');
  const c = requireCandidacy(candidacies, input.candidacyId);
  if (c.status === 'withdrawn') throw conflict('candidacy.withdrawn', 'This candidacy was withdrawn; there is nothing to review.');
  if (input.reason.trim().length === 0) throw invalid('qualification.reason-required', 'A written reason is required.', 'reason');
  return [
    {
      type: 'CandidacyQualificationDecided',
      payload: { campaignId: campaign.id, candidacyId: c.id, decision: input.decision, reason: input.reason.trim() },
    },
  ];
}

function assertBudget(budget: string): void {
  if (!/^\d{1,12}(\.\d{1,2})?$/.test(budget)) {
    throw invalid('proposal.budget', 'The budget must be an amount in yuan with at most 2 decimals, e.g. 12000.00.', 'proposal.budget');
  }
}
