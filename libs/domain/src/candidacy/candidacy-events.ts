import type { DomainEvent } from '../shared/domain-event';
import type { CandidacyConsent } from './candidacy-consent';
import type { CandidateDetails, ProjectProposal } from './candidacy-details';
import type { Nomination } from './nomination';

/**
 * `consent` is absent from events recorded before consent was asked for; `nomination` from those recorded before
 * nomination channels (a self-application).
 */

export type CandidacySubmitted = DomainEvent<
  'CandidacySubmitted',
  {
    campaignId: string;
    candidacyId: string;
    candidateId: string;
    details: CandidateDetails;
    proposal: ProjectProposal;
    consent?: CandidacyConsent;
    nomination?: Nomination;
    submittedAt: string;
  }
>;
export type CandidacyEdited = DomainEvent<
  'CandidacyEdited',
  { campaignId: string; candidacyId: string; details: CandidateDetails; proposal: ProjectProposal; consent?: CandidacyConsent }
>;
/**
 * onBehalfBy: the organiser who recorded it for the candidate (her written reason required); absent when the
 * candidate withdrew herself, and in every withdrawal recorded before organisers could.
 */
export type CandidacyWithdrawn = DomainEvent<'CandidacyWithdrawn', { campaignId: string; candidacyId: string; reason?: string; onBehalfBy?: string }>;
export type QualificationDecision = 'accepted' | 'rejected';
export type CandidacyQualificationDecided = DomainEvent<
  'CandidacyQualificationDecided',
  { campaignId: string; candidacyId: string; decision: QualificationDecision; reason: string }
>;

export type CandidacyEvent = CandidacySubmitted | CandidacyEdited | CandidacyWithdrawn | CandidacyQualificationDecided;
