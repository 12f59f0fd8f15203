import { invalid } from '../shared/domain-error';

/**
 * What the candidate agreed to (PIPL art. 14, 29: separate consent for each purpose). Processing for the selection
 * itself is required to take part at all; publication of her name, employer and project title are each her choice.
 * The name of a finalist or of the elected is published whatever she chose: an election result names who was elected.
 */
export interface CandidacyConsent {
  readonly processing: boolean;
  readonly publishName: boolean;
  readonly publishEmployer: boolean;
  readonly publishProjectTitle: boolean;
}

/** Candidacies recorded before consent was asked for: she took part, but agreed to no publication beyond what the law requires. */
export const CONSENT_BEFORE_IT_WAS_ASKED: CandidacyConsent = { processing: true, publishName: false, publishEmployer: false, publishProjectTitle: false };

export function assertConsentToProcessing(consent: CandidacyConsent | undefined): void {
  if (consent?.processing !== true) {
    throw invalid('candidacy.consent-required', 'Consent to the processing of your data for this selection is required to take part.', 'consent.processing');
  }
}
