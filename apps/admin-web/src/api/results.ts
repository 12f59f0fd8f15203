import { anonymousRequest, command, type CommandOutcome, get, newIdempotencyKey, throwIfRefused } from './client';
import type { Schemas } from './contract';

/** Results, publicity and certification: apps/api/src/http/results (organiser) and the public pages. */
export type CandidateStatus = Schemas['CandidateStatus'];
export type ResultLine = Schemas['ResultLine'];
/** pending: seen by the organiser only, until she admits it (public, to be answered) or dismisses it with a reason. */
export type ObjectionStatus = Schemas['ObjectionStatus'];
export type ResultsView = Schemas['ResultsView'];
export type Objection = ResultsView['objections'][number];
export type Correction = ResultsView['corrections'][number];

export const publicResultsPaths = {
  csv: (campaignId: string) => `/public/campaigns/${campaignId}/results.csv`,
  notice: (campaignId: string) => `/public/campaigns/${campaignId}/notice`,
  pdf: (campaignId: string) => `/public/campaigns/${campaignId}/notice.pdf`,
};

export const resultsApi = {
  // organiser
  results: (campaignId: string) => get<ResultsView>(`/campaigns/${campaignId}/results`),
  publish: (campaignId: string, quotaExceptionReason?: string) =>
    command('POST', `/campaigns/${campaignId}/results/publish`, quotaExceptionReason ? { quotaExceptionReason } : {}),
  admit: (campaignId: string, objectionId: string) => command('POST', `/campaigns/${campaignId}/objections/${objectionId}/admit`, {}),
  dismiss: (campaignId: string, objectionIds: string[], reason: string) =>
    command('POST', `/campaigns/${campaignId}/objections/dismiss`, { objectionIds, reason }),
  resolve: (campaignId: string, objectionId: string, body: { resolution: string; upheld: boolean }) =>
    command('POST', `/campaigns/${campaignId}/objections/${objectionId}/resolve`, body),
  certify: (campaignId: string, quotaExceptionReason?: string) =>
    command('POST', `/campaigns/${campaignId}/results/certify`, quotaExceptionReason ? { quotaExceptionReason } : {}),
  erasePersonalData: (campaignId: string) => command('POST', `/campaigns/${campaignId}/personal-data/erase`, {}),
  /** During publicity a correction must name the upheld objections it answers; after certification it names none. */
  correct: (campaignId: string, text: string, objectionIds?: string[]) =>
    command('POST', `/campaigns/${campaignId}/results/corrections`, objectionIds?.length ? { text, objectionIds } : { text }),
  // anyone
  published: (campaignId: string) => anonymousRequest<ResultsView>('GET', `/public/campaigns/${campaignId}/results`),
  /** Lodges an objection (no sign-in); waits for the outcome so a refusal is shown at once. */
  object: async (campaignId: string, body: { text: string; contact?: string }) => {
    const outcome = await anonymousRequest<CommandOutcome>('POST', `/public/campaigns/${campaignId}/objections?wait=true&waitMs=15000`, body, {
      'idempotency-key': newIdempotencyKey(),
    });
    return throwIfRefused(outcome);
  },
};
