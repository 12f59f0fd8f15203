import { anonymousRequest, ApiError, command, type CommandOutcome, get, newIdempotencyKey, request, throwIfRefused } from './client';
import type { Answer, Schemas } from './contract';

/** The grassroots jury: apps/api/src/http/jury. Jurors vote without an account, with a one-time code. */
export type BallotPaper = Schemas['BallotPaperView'];
export type JurySession = Answer<'JuryBallotsController_session'>;
export type CastReceipt = Schemas['CastBallotAnswer'];
export type ReceiptStatus = Schemas['ReceiptStatus'];
export type IssuedCredential = Schemas['IssuedCredential'];
/** Where a juror's code stands: never opened; opened (in one or more browsers) without a ballot yet; voted; revoked. */
export type JurorStatus = Schemas['JurorView']['status'];
export type JurorView = Schemas['JurorView'];
export type JurorListView = Schemas['JurorListView'];
/** The jury's part scores as recorded in the campaign's history (what the ranking folds). */
export type RecordedJuryResult = Schemas['JuryResult'];
export type JuryTallyView = Schemas['JuryTallyView'];

type Issuing = { credential?: IssuedCredential | null; credentials?: IssuedCredential[] };

/**
 * A command whose FIRST answer carries one-time codes (register, import, reissue): the codes are shown in that
 * answer only, so they are kept while the outcome is polled for. Refusals become ApiErrors; 400/422 line errors
 * of an import keep their line numbers (ApiError.body).
 */
async function issuingCommand(
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<CommandOutcome & { credentials: IssuedCredential[] }> {
  const first = await request<CommandOutcome & Issuing>('POST', `${path}${path.includes('?') ? '&' : '?'}wait=true&waitMs=15000`, body, {
    'idempotency-key': newIdempotencyKey(),
    ...headers,
  });
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
    anonymousRequest<Schemas['ReceiptCheckView']>('GET', `/campaigns/${campaignId}/jury/receipts/${encodeURIComponent(receipt.trim())}`),
  // organiser
  register: (campaignId: string, name: string, reference?: string) =>
    issuingCommand(`/campaigns/${campaignId}/jury/jurors`, reference ? { name, reference } : { name }),
  importCsv: (campaignId: string, csv: string) => issuingCommand(`/campaigns/${campaignId}/jury/jurors/import`, { csv }),
  revoke: (campaignId: string, jurorId: string, reason: string) => command('POST', `/campaigns/${campaignId}/jury/jurors/${jurorId}/revoke`, { reason }),
  reissue: (campaignId: string, jurorId: string) => issuingCommand(`/campaigns/${campaignId}/jury/jurors/${jurorId}/reissue`, {}),
  recordResult: (campaignId: string) => command<RecordedJuryResult>('POST', `/campaigns/${campaignId}/jury/result`, {}),
  jurors: (campaignId: string) => get<JurorListView>(`/campaigns/${campaignId}/jury/jurors`),
  tally: (campaignId: string) => get<JuryTallyView>(`/campaigns/${campaignId}/jury/tally`),
};
