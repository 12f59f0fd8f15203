import type { CampaignStage, JuryMode, JuryResult, JuryTallyRow } from '@app/domain';
import type { JuryProgress } from '../../infrastructure/jury-store';

/**
 * Where a juror's code stands: not opened yet; opened (in one or more browsers); voted (she has a counted ballot —
 * told only once the jury has closed, so that the roster cannot be watched to see whose ballot just landed);
 * revoked by the organiser.
 */
export type CredentialStatus = 'not-opened' | 'opened' | 'voted' | 'revoked';

export interface JurorView {
  jurorId: string;
  name: string;
  reference: string | null;
  userId: string | null;
  line: number | null;
  status: CredentialStatus;
  registeredAt: string;
  openedAt: string | null;
  revokedAt: string | null;
  revokeReason: string | null;
}

export interface JurorListView {
  total: number;
  notOpened: number;
  opened: number;
  /** Jurors with a counted ballot; 0 until the jury closes (see votedKnown). */
  voted: number;
  revoked: number;
  /** false while the jury is open: who voted is told only after the close. */
  votedKnown: boolean;
  jurors: JurorView[];
}

export interface BallotPaperView {
  campaignId: string;
  mode: JuryMode;
  approvalLimit: number | null;
  candidates: { candidacyId: string; name: string; projectTitle: string }[];
}

export interface JuryProgressView extends JuryProgress {
  campaignId: string;
  stage: CampaignStage;
  /** The jury stage has ended and every accepted ballot is counted: the tally will not change. */
  final: boolean;
}

export interface JuryTallyView {
  campaignId: string;
  stage: CampaignStage;
  mode: JuryMode;
  source: 'electronic' | 'paper';
  final: boolean;
  progress: JuryProgressView;
  validBallots: number;
  candidates: (JuryTallyRow & { name: string })[];
  /** The result as recorded in the campaign's history, once it is. */
  recorded: JuryResult | null;
}

export type ReceiptStatus = 'counted' | 'superseded' | 'not-found';

export interface ReceiptCheckView {
  campaignId: string;
  receipt: string;
  /** counted: in the published list; superseded: replaced by a later ballot of the same juror; not-found: unknown (or not yet written). */
  status: ReceiptStatus;
}

export interface ReceiptListView {
  campaignId: string;
  counted: number;
  receipts: string[];
  /** Pass as ?after= to read the next page; null on the last page. */
  next: string | null;
}
