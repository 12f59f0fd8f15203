import { anonymousRequest, command, type CommandOutcome, get, newIdempotencyKey, throwIfRefused } from './client';
import type { Weights } from './types';
import type { QuotaViolation } from './shortlisting';

/** Results, publicity and certification: apps/api/src/http/results (organiser) and the public pages. */
export type CandidateStatus = 'elected' | 'not-elected' | 'failed-inspection' | 'not-shortlisted' | 'withdrawn' | 'not-qualified';

export interface ResultLine {
  rank: number | null;
  candidacyId: string;
  name: string | null;
  employer: string | null;
  projectTitle: string | null;
  grassrootsFrontline: boolean;
  projectReview: string | null;
  panelPoints: string | null;
  panelGrade: string | null;
  jury: string | null;
  composite: string | null;
  status: CandidateStatus;
  positionKey: string | null;
}

/** pending: seen by the organiser only, until she admits it (public, to be answered) or dismisses it with a reason. */
export type ObjectionStatus = 'pending' | 'admitted' | 'dismissed';

export interface Objection {
  objectionId: string;
  status: ObjectionStatus;
  /** Why it was dismissed (organiser's view only). */
  dismissalReason?: string | null;
  text: string;
  lodgedAt: string;
  resolution: string | null;
  upheld: boolean | null;
  /** The text of the correction that answers this (upheld) objection, once recorded. */
  correction: string | null;
  /** How to reach the objector (organiser's view only; never in the published result). */
  contact?: string | null;
}

export interface Correction {
  text: string;
  recordedAt: string;
  /** The upheld objections this correction answers (recorded during publicity); empty after certification. */
  objectionIds: string[];
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
  corrections: Correction[];
}



export const publicResultsPaths = {
  csv: (campaignId: string) => `/public/campaigns/${campaignId}/results.csv`,
  notice: (campaignId: string) => `/public/campaigns/${campaignId}/notice`,
  pdf: (campaignId: string) => `/public/campaigns/${campaignId}/notice.pdf`,
};

export const resultsApi = {
  // organiser
  results: (campaignId: string) => get<ResultsView>(`/campaigns/${campaignId}/results`),
  publish: (campaignId: string) => command('POST', `/campaigns/${campaignId}/results/publish`, {}),
  admit: (campaignId: string, objectionId: string) => command('POST', `/campaigns/${campaignId}/objections/${objectionId}/admit`, {}),
  dismiss: (campaignId: string, objectionIds: string[], reason: string) => command('POST', `/campaigns/${campaignId}/objections/dismiss`, { objectionIds, reason }),
  resolve: (campaignId: string, objectionId: string, body: { resolution: string; upheld: boolean }) =>
    command('POST', `/campaigns/${campaignId}/objections/${objectionId}/resolve`, body),
  certify: (campaignId: string) => command('POST', `/campaigns/${campaignId}/results/certify`, {}),
  /** During publicity a correction must name the upheld objections it answers; after certification it names none. */
  correct: (campaignId: string, text: string, objectionIds?: string[]) =>
    command('POST', `/campaigns/${campaignId}/results/corrections`, objectionIds?.length ? { text, objectionIds } : { text }),
  // anyone
  published: (campaignId: string) => anonymousRequest<ResultsView>('GET', `/public/campaigns/${campaignId}/results`),
  /** Lodges an objection (no sign-in); waits for the outcome so a refusal is shown at once. */
  object: async (campaignId: string, body: { text: string; contact?: string }) => {
    const outcome = await anonymousRequest<CommandOutcome>(
      'POST',
      `/public/campaigns/${campaignId}/objections?wait=true&waitMs=15000`,
      body,
      { 'idempotency-key': newIdempotencyKey() },
    );
    return throwIfRefused(outcome);
  },
};
