import type { DomainEvent } from '../shared/domain-event';
import type { QuotaViolation } from '../quotas/quota-check';
import type { AwardedTier } from '../pipeline/award-tiers';
import type { AwardPublication } from '../pipeline/pipeline-template';

export interface ElectedPosition {
  readonly positionKey: string;
  readonly candidacyIds: readonly string[];
}

/**
 * The result goes public: the publicity period (公示) starts. `basedOnEventHash` pins what it was computed from.
 * An honours campaign elects nobody (`elected` empty): it records its award tiers and whether they are published
 * ranked or in no particular order (absent in open selections and in events recorded before honours existed).
 */
export type ResultsPublished = DomainEvent<
  'ResultsPublished',
  {
    campaignId: string;
    publishedAt: string;
    publicityEndsAt: string;
    basedOnEventHash: string;
    elected: ElectedPosition[];
    quotaViolations: QuotaViolation[];
    /** Published with a broken quota no further round could mend, with the organiser's written reason. */
    quotaException?: QuotaException;
    awards?: AwardedTier[];
    publication?: AwardPublication;
  }
>;

export interface QuotaException {
  readonly reason: string;
}

export type ObjectionLodged = DomainEvent<'ObjectionLodged', { campaignId: string; objectionId: string; text: string; contact?: string; lodgedAt: string }>;

/** The organiser accepted an objection for the record: from now on it is public and must be answered. */
export type ObjectionAdmitted = DomainEvent<'ObjectionAdmitted', { campaignId: string; objectionId: string; admittedAt: string }>;

/** The organiser set aside pending objections (spam, abuse, off-topic) in one go, saying why; never published. */
export type ObjectionsDismissed = DomainEvent<'ObjectionsDismissed', { campaignId: string; objectionIds: string[]; reason: string; dismissedAt: string }>;

export type ObjectionResolved = DomainEvent<'ObjectionResolved', { campaignId: string; objectionId: string; resolution: string; upheld: boolean }>;

/** Final: a certified result never changes; any later correction is a new, visible event. */
export type ResultsCertified = DomainEvent<
  'ResultsCertified',
  { campaignId: string; certifiedAt: string; basedOnEventHash: string; /** A broken quota certified with a written reason. */ quotaException?: QuotaException }
>;

/** During publicity a correction answers upheld objections (objectionIds); after certification it stands beside the result. */
export type ResultCorrectionRecorded = DomainEvent<
  'ResultCorrectionRecorded',
  { campaignId: string; text: string; recordedAt: string; objectionIds?: string[] }
>;

export type ResultsEvent =
  ResultsPublished | ObjectionLodged | ObjectionAdmitted | ObjectionsDismissed | ObjectionResolved | ResultsCertified | ResultCorrectionRecorded;

/** The election context's event when every position's seats are filled (see libs/domain/src/election). */
export interface ElectionCompletedPayload {
  readonly campaignId: string;
  readonly elected: readonly ElectedPosition[];
}
