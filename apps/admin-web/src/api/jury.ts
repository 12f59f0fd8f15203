import { anonymousRequest, ApiError, command, type CommandOutcome, get, newIdempotencyKey, request, throwIfRefused } from './client';
import type { CampaignStage } from './types';

/** The grassroots jury: apps/api/src/http/jury. Jurors vote without an account, with a one-time code. */
export interface BallotPaper {
  campaignId: string;
  mode: 'score' | 'approval';
  approvalLimit: number | null;
  candidates: { candidacyId: string; name: string; projectTitle: string }[];
}

export interface JurySession {
  campaignId: string;
  jurorId: string;
  name: string;
  ballotToken: string;
  ballotPaper: BallotPaper | null;
}

export interface CastReceipt {
  status: 'accepted';
  campaignId: string;
  ballotId: string;
  receipt: string;
  seq: number;
}

export type ReceiptStatus = 'counted' | 'superseded' | 'not-found';

export interface IssuedCredential {
  jurorId: string;
  name: string;
  reference?: string;
  code: string;
  link: string;
}

/** Where a juror's code stands: never opened; opened (in one or more browsers); voted (told only after the jury closes); revoked. */
export type JurorStatus = 'not-opened' | 'opened' | 'voted' | 'revoked';

export interface JurorView {
  jurorId: string;
  name: string;
  reference: string | null;
  status: JurorStatus;
  registeredAt: string;
  openedAt: string | null;
  revokedAt: string | null;
  revokeReason: string | null;
}

export interface JurorListView {
  total: number;
  notOpened: number;
  opened: number;
  /** 0 until the jury closes: who voted is told only then (see votedKnown). */
  voted: number;
  revoked: number;
  /** false while the jury is open: the roster cannot be watched to see whose ballot just landed. */
  votedKnown: boolean;
  jurors: JurorView[];
}

/** The jury's part scores as recorded in the campaign's history (what the ranking folds). */
export interface RecordedJuryResult {
  mode: 'score' | 'approval';
  validBallots: number;
  scores: { candidacyId: string; score: string }[];
  source: 'electronic' | 'paper';
}

export interface JuryTallyView {
  campaignId: string;
  stage: CampaignStage;
  mode: 'score' | 'approval';
  source: 'electronic' | 'paper';
  final: boolean;
  validBallots: number;
  candidates: { candidacyId: string; name: string; ballots: number; approvals?: number; trimmedMean?: string | null; juryScore: string | null }[];
  progress: { received: number; processed: number; counted: number; pending: number };
  recorded: RecordedJuryResult | null;
}

type Issuing = { credential?: IssuedCredential | null; credentials?: IssuedCredential[] };

/**
 * A command whose FIRST answer carries one-time codes (register, import, reissue): the codes are shown in that
 * answer only, so they are kept while the outcome is polled for. Refusals become ApiErrors; 400/422 line errors
 * of an import keep their line numbers (ApiError.body).
 */
async function issuingCommand(path: string, body: unknown, headers: Record<string, string> = {}): Promise<CommandOutcome & { credentials: IssuedCredential[] }> {
  const first = await request<CommandOutcome & Issuing>('POST', `${path}${path.includes('?') ? '&' : '?'}wait=true&waitMs=15000`, body, { 'idempotency-key': newIdempotencyKey(), ...headers });
  const credentials = first.credentials ?? (first.credential ? [first.credential] : []);
  let outcome: CommandOutcome = first;
  const deadline = Date.now() + 60_000;
  while (outcome.status === 'pending' && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 500));
    outcome = await get<CommandOutcome>(`/commands/${outcome.commandId}`);
  }
  return { ...throwIfRefused(outcome), credentials };
}

/** One line of a refused CSV import, as the api reports it. */
export interface ImportLineError {
  line: number;
  field: string;
  message: string;
}

export const importLineErrors = (err: unknown): ImportLineError[] => {
  if (!(err instanceof ApiError)) return [];
  const errors = (err.body as { errors?: unknown } | undefined)?.errors;
  return Array.isArray(errors) ? errors.filter((e): e is ImportLineError => typeof e?.line === 'number') : [];
};


export const juryApi = {
  // juror (no account)
  exchange: (code: string) => anonymousRequest<JurySession>('POST', '/jury/session', { code }),
  cast: (token: string, ballot: { scores?: { candidacyId: string; score: number }[]; approvals?: string[] }, key: string) =>
    anonymousRequest<CastReceipt>('POST', '/jury/ballots', ballot, { 'x-ballot-token': token, 'idempotency-key': key }),
  ballotPaper: (campaignId: string) => anonymousRequest<BallotPaper>('GET', `/campaigns/${campaignId}/jury/ballot-paper`),
  checkReceipt: (campaignId: string, receipt: string) =>
    anonymousRequest<{ campaignId: string; receipt: string; status: ReceiptStatus }>('GET', `/campaigns/${campaignId}/jury/receipts/${encodeURIComponent(receipt.trim())}`),
  // organiser
  register: (campaignId: string, name: string, reference?: string) => issuingCommand(`/campaigns/${campaignId}/jury/jurors`, reference ? { name, reference } : { name }),
  importCsv: (campaignId: string, csv: string) => issuingCommand(`/campaigns/${campaignId}/jury/jurors/import`, { csv }),
  revoke: (campaignId: string, jurorId: string, reason: string) => command('POST', `/campaigns/${campaignId}/jury/jurors/${jurorId}/revoke`, { reason }),
  reissue: (campaignId: string, jurorId: string) => issuingCommand(`/campaigns/${campaignId}/jury/jurors/${jurorId}/reissue`, {}),
  recordResult: (campaignId: string) => command<RecordedJuryResult>('POST', `/campaigns/${campaignId}/jury/result`, {}),
  jurors: (campaignId: string) => get<JurorListView>(`/campaigns/${campaignId}/jury/jurors`),
  tally: (campaignId: string) => get<JuryTallyView>(`/campaigns/${campaignId}/jury/tally`),
};
