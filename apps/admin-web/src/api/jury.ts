import { anonymousRequest, command, get } from './client';
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


export const juryApi = {
  // juror (no account)
  exchange: (code: string) => anonymousRequest<JurySession>('POST', '/jury/session', { code }),
  cast: (token: string, ballot: { scores?: { candidacyId: string; score: number }[]; approvals?: string[] }, key: string) =>
    anonymousRequest<CastReceipt>('POST', '/jury/ballots', ballot, { 'x-ballot-token': token, 'idempotency-key': key }),
  ballotPaper: (campaignId: string) => anonymousRequest<BallotPaper>('GET', `/campaigns/${campaignId}/jury/ballot-paper`),
  checkReceipt: (campaignId: string, receipt: string) =>
    anonymousRequest<{ campaignId: string; receipt: string; status: ReceiptStatus }>('GET', `/campaigns/${campaignId}/jury/receipts/${encodeURIComponent(receipt.trim())}`),
  // organiser
  register: (campaignId: string, name: string, reference?: string) =>
    command('POST', `/campaigns/${campaignId}/jury/jurors`, reference ? { name, reference } : { name }) as Promise<Awaited<ReturnType<typeof command>> & { credential: IssuedCredential | null }>,
  jurors: (campaignId: string) => get<JurorListView>(`/campaigns/${campaignId}/jury/jurors`),
  tally: (campaignId: string) => get<JuryTallyView>(`/campaigns/${campaignId}/jury/tally`),
};
