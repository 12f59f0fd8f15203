import { ApiError, command, get } from './client';
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

export interface JurorListView {
  total: number;
  issued: number;
  used: number;
  revoked: number;
  jurors: { jurorId: string; name: string; reference: string | null; status: 'issued' | 'used' | 'revoked'; registeredAt: string }[];
}

export interface JuryTallyView {
  campaignId: string;
  stage: CampaignStage;
  mode: 'score' | 'approval';
  source: 'electronic' | 'paper';
  final: boolean;
  validBallots: number;
  candidates: { candidacyId: string; name: string; ballots: number; approvals?: number; trimmedMean?: string | null; juryScore: string | null }[];
}

/** Plain fetch: the ballot endpoints use the ballot token, never the signed-in person's bearer token. */
async function juryFetch<T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> {
  const res = await fetch(path, {
    method,
    headers: { accept: 'application/json', ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  const parsed = text ? JSON.parse(text) : undefined;
  if (!res.ok) throw ApiError.from(res.status, parsed);
  return parsed as T;
}

export const juryApi = {
  // juror (no account)
  exchange: (code: string) => juryFetch<JurySession>('POST', '/jury/session', { code }),
  cast: (token: string, ballot: { scores?: { candidacyId: string; score: number }[]; approvals?: string[] }, key: string) =>
    juryFetch<CastReceipt>('POST', '/jury/ballots', ballot, { 'x-ballot-token': token, 'idempotency-key': key }),
  ballotPaper: (campaignId: string) => juryFetch<BallotPaper>('GET', `/campaigns/${campaignId}/jury/ballot-paper`),
  checkReceipt: (campaignId: string, receipt: string) =>
    juryFetch<{ campaignId: string; receipt: string; status: ReceiptStatus }>('GET', `/campaigns/${campaignId}/jury/receipts/${encodeURIComponent(receipt.trim())}`),
  // organiser
  register: (campaignId: string, name: string, reference?: string) =>
    command('POST', `/campaigns/${campaignId}/jury/jurors`, reference ? { name, reference } : { name }) as Promise<Awaited<ReturnType<typeof command>> & { credential: IssuedCredential | null }>,
  jurors: (campaignId: string) => get<JurorListView>(`/campaigns/${campaignId}/jury/jurors`),
  tally: (campaignId: string) => get<JuryTallyView>(`/campaigns/${campaignId}/jury/tally`),
};
