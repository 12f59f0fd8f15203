import { command, get } from './client';
import type { Schemas } from './contract';
import type { Weights } from './types';

/** Ranking, shortlist and inspection: apps/api/src/http/shortlisting. Every score travels as decimal text. */
export type RankingView = Schemas['RankingView'];
export type RankingLine = Schemas['RankingRowView'];
/** A weighted part of the ranking with no result yet: while there is one, the freeze is refused. */
export type FreezeBlocker = Schemas['MissingRankingPart'];
export type RankedRef = Schemas['RankedRef'];
export type QuotaSwap = Schemas['QuotaSwap'];
export type QuotaViolation = Schemas['QuotaViolation'];
export type ShortlistView = Schemas['ShortlistView'];
export type ShortlistMember = ShortlistView['members'][number];
export type PreviewLine = Schemas['RankingLine'];
export type RankingPreview = Schemas['RankingPreview'];
export type WhatIfComparison = Schemas['WhatIfComparison'];

export const shortlistingApi = {
  ranking: (campaignId: string) => get<RankingView>(`/campaigns/${campaignId}/ranking`),
  whatIf: (campaignId: string, w: Weights) =>
    get<WhatIfComparison>(
      `/campaigns/${campaignId}/ranking/what-if?${new URLSearchParams({ projectReview: w.projectReview, panelOpinion: w.panelOpinion, jury: w.jury }).toString()}`,
    ),
  freeze: (campaignId: string, overrideReason?: string) => command('POST', `/campaigns/${campaignId}/ranking/freeze`, overrideReason ? { overrideReason } : {}),
  shortlist: (campaignId: string) => get<ShortlistView>(`/campaigns/${campaignId}/shortlist`),
  inspect: (campaignId: string, body: { candidacyId: string; result: 'pass' | 'fail'; findings: string }) =>
    command<{ candidacyId: string; result: 'pass' | 'fail'; replacement: string | null }>('POST', `/campaigns/${campaignId}/inspections`, body),
  closeInspection: (campaignId: string, exceptionReason?: string) =>
    command('POST', `/campaigns/${campaignId}/inspection/close`, exceptionReason ? { exceptionReason } : {}),
};
