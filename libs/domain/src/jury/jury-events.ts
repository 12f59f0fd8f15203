import type { DomainEvent } from '../shared/domain-event';
import type { JuryMode } from '../campaign/campaign-config';
import type { JuryPaperCount } from './paper-count';
import type { JuryTallyRow } from './jury-tally';

/** One juror as registered: only the hash of her one-time code is ever recorded (never the code). */
export interface JurorEntry {
  readonly jurorId: string;
  readonly name: string;
  /** The organiser's own reference, e.g. a community and number (社区-编号); unique in the campaign when given. */
  readonly reference?: string;
  /** The juror's account id when she has one: lets the rules keep candidates off their own jury (always). */
  readonly userId?: string;
  /** HMAC-SHA256 of the code with a server-side pepper, hex. */
  readonly codeHash: string;
  /** The line of the imported CSV file this juror came from (1-based, counting the header). */
  readonly line?: number;
}

export type JurorsRegistered = DomainEvent<'JurorsRegistered', { campaignId: string; source: 'single' | 'csv'; jurors: JurorEntry[] }>;
export type JurorCredentialRevoked = DomainEvent<'JurorCredentialRevoked', { campaignId: string; jurorId: string; reason: string }>;
export type JurorCredentialReissued = DomainEvent<'JurorCredentialReissued', { campaignId: string; jurorId: string; codeHash: string }>;
export type JuryPaperCountRecorded = DomainEvent<'JuryPaperCountRecorded', { campaignId: string; count: JuryPaperCount }>;

/**
 * The jury's result, recorded once after the jury stage has ended and every accepted ballot is counted.
 * `mode`, `validBallots` and `scores` (candidacy → jury part score) are what the ranking folds (see
 * ranking/part-scores.ts; shortlisting/shortlisting-events.ts declares the same event); the rest lets anyone re-check the numbers.
 * A candidate nobody could vote on has no entry in `scores`.
 */
export interface JuryResult {
  readonly mode: JuryMode;
  readonly validBallots: number;
  readonly scores: readonly { readonly candidacyId: string; readonly score: string }[];
  readonly source: 'electronic' | 'paper';
  readonly candidateIds: readonly string[];
  readonly candidates: readonly JuryTallyRow[];
  /** Electronic: sha256 of the sorted counted receipts joined by "\n", so anyone holding the published list can check it. */
  readonly receiptsDigest?: string;
}
export type JuryResultRecordedEvent = DomainEvent<'JuryResultRecorded', { campaignId: string } & JuryResult>;

export type JuryEvent = JurorsRegistered | JurorCredentialRevoked | JurorCredentialReissued | JuryPaperCountRecorded | JuryResultRecordedEvent;
