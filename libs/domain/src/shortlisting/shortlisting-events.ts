import type { DomainEvent } from '../shared/domain-event';
import type { QuotaSwap } from './shortlist';
import type { QuotaViolation } from '../quotas/quota-check';

/** One line of the frozen ranking: every part, the composite and the rank, as exact decimal text. */
export interface RankingLine {
  readonly candidacyId: string;
  readonly projectReview: string;
  readonly panelPoints: string;
  readonly panelGrade: string | null;
  readonly jury: string;
  readonly composite: string;
  readonly rank: number;
  readonly decidedBy: string | null;
  /** Parts with no data (no sheet submitted, no panel grade, no jury result): counted as 0 and reported. */
  readonly missingParts: readonly string[];
}

export type RankingFrozen = DomainEvent<
  'RankingFrozen',
  {
    campaignId: string;
    weights: { projectReview: string; panelOpinion: string; jury: string };
    lines: RankingLine[];
    /** Frozen without parts that could never come any more, with the organiser's written reason. */
    override?: { reason: string; missing: { part: 'projectReview' | 'panelOpinion' | 'jury'; candidacyIds: string[] }[] };
  }
>;

export type ShortlistFormed = DomainEvent<
  'ShortlistFormed',
  {
    campaignId: string;
    size: number;
    members: { candidacyId: string; rank: number; via: 'rank' | 'quota-swap' }[];
    swaps: QuotaSwap[];
    unmetQuotas: QuotaViolation[];
  }
>;

export type InspectionRecorded = DomainEvent<
  'InspectionRecorded',
  { campaignId: string; candidacyId: string; result: 'pass' | 'fail'; findings: string; inspectorId: string }
>;

/** A candidate failed inspection and the next-ranked eligible one takes her place (null: nobody is left). */
export type ShortlistMemberReplaced = DomainEvent<
  'ShortlistMemberReplaced',
  { campaignId: string; failedId: string; replacement: { candidacyId: string; rank: number } | null; reason: string }
>;

/** The finalists go to the congress, in rank order. */
/**
 * `exception`: closed with no more finalists than seats, with the organiser's written reason (absent: competitive,
 * as every close before exceptions existed).
 */
export type InspectionClosed = DomainEvent<
  'InspectionClosed',
  { campaignId: string; finalists: { candidacyId: string; rank: number }[]; exception?: InspectionException }
>;

export interface InspectionException {
  readonly reason: string;
  readonly finalists: number;
  readonly seats: number;
}

/**
 * The jury's part score per candidate, recorded when the jury stage closes (from the counted ballots or a paper
 * count), so that the ranking can be recomputed from the event log alone.
 */
export type JuryResultRecorded = DomainEvent<
  'JuryResultRecorded',
  { campaignId: string; mode: 'score' | 'approval'; validBallots: number; scores: { candidacyId: string; score: string }[] }
>;

export type ShortlistingEvent = RankingFrozen | ShortlistFormed | InspectionRecorded | ShortlistMemberReplaced | InspectionClosed;
