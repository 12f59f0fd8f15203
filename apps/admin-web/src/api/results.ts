import { ApiError, command, get } from './client';
import type { Weights } from './types';
import type { QuotaViolation } from './shortlisting';

/** Results, publicity and certification: apps/api/src/http/results (organiser) and the public pages. */
export type CandidateStatus = 'elected' | 'not-elected' | 'failed-inspection' | 'not-shortlisted' | 'withdrawn' | 'not-qualified';

export interface ResultLine {
  rank: number | null;
  candidacyId: string;
  name: string;
  employer: string;
  projectTitle: string;
  grassrootsFrontline: boolean;
  projectReview: string | null;
  panelPoints: string | null;
  panelGrade: string | null;
  jury: string | null;
  composite: string | null;
  status: CandidateStatus;
  positionKey: string | null;
}

export interface Objection {
  objectionId: string;
  text: string;
  lodgedAt: string;
  resolution: string | null;
  upheld: boolean | null;
}

export interface ResultsView {
  campaignId: string;
  title: string;
  organisingBody: string;
  stage: string;
  weights: Weights;
  positions: { key: string; title: string; seats: number; elected: { candidacyId: string; name: string }[]; rounds: unknown[] }[];
  lines: ResultLine[];
  quotaViolations: QuotaViolation[];
  publishedAt: string | null;
  publicityEndsAt: string | null;
  certifiedAt: string | null;
  basedOnEventHash: string | null;
  objections: Objection[];
  corrections: { text: string; recordedAt: string }[];
}

/** The public endpoints need no sign-in: plain fetch, so a signed-in organiser's token is never sent there. */
async function publicFetch<T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> {
  const res = await fetch(path, {
    method,
    headers: { accept: 'application/json', ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  let parsed: unknown;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    parsed = text;
  }
  if (!res.ok) throw ApiError.from(res.status, parsed);
  return parsed as T;
}

const newKey = () => (typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`);

export const publicResultsPaths = {
  csv: (campaignId: string) => `/public/campaigns/${campaignId}/results.csv`,
  notice: (campaignId: string) => `/public/campaigns/${campaignId}/notice`,
  pdf: (campaignId: string) => `/public/campaigns/${campaignId}/notice.pdf`,
};

export const resultsApi = {
  // organiser
  results: (campaignId: string) => get<ResultsView>(`/campaigns/${campaignId}/results`),
  publish: (campaignId: string) => command('POST', `/campaigns/${campaignId}/results/publish`, {}),
  resolve: (campaignId: string, objectionId: string, body: { resolution: string; upheld: boolean }) =>
    command('POST', `/campaigns/${campaignId}/objections/${objectionId}/resolve`, body),
  certify: (campaignId: string) => command('POST', `/campaigns/${campaignId}/results/certify`, {}),
  correct: (campaignId: string, text: string) => command('POST', `/campaigns/${campaignId}/results/corrections`, { text }),
  // anyone
  published: (campaignId: string) => publicFetch<ResultsView>('GET', `/public/campaigns/${campaignId}/results`),
  /** Lodges an objection (no sign-in); waits for the outcome so a refusal is shown at once. */
  object: async (campaignId: string, body: { text: string; contact?: string }) => {
    const outcome = await publicFetch<{ status: string; error?: { code: string; message: string; field?: string } }>(
      'POST',
      `/public/campaigns/${campaignId}/objections?wait=true&waitMs=15000`,
      body,
      { 'idempotency-key': newKey() },
    );
    if (outcome.status === 'rejected' || outcome.status === 'failed') {
      const e = outcome.error;
      throw new ApiError(409, e?.message ?? 'rejected', e?.code, e?.field ? [{ field: e.field, rule: e.code, message: e.message }] : [], outcome);
    }
    return outcome;
  },
};
