import type { DomainEvent } from '../shared/domain-event';

/** One finalist of a child campaign and the parent's candidacy she became. */
export interface AdoptedCandidacy {
  readonly childCandidacyId: string;
  readonly candidacyId: string;
}

/**
 * A parent campaign took a child campaign's certified finalists as its candidates (each one a CandidacySubmitted
 * just before this event). `childLastEventHash` pins the state of the child's log they were read from, so that the
 * verifier can check them against the child's exported log.
 */
export type ChildFinalistsAdopted = DomainEvent<
  'ChildFinalistsAdopted',
  { campaignId: string; childCampaignId: string; childLastEventHash: string; candidacies: AdoptedCandidacy[] }
>;
