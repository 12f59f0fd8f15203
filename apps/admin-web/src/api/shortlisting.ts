import { command, get } from './client';
import type { Weights } from './types';

/** Ranking, shortlist and inspection: apps/api/src/http/shortlisting. Every score travels as decimal text. */
export interface RankingLine {
  rank: number;
  candidacyId: string;
  name: string;
  grassrootsFrontline: boolean;
  employment: string;
  projectReview: string;
  panelPoints: string;
  panelGrade: string | null;
  jury: string;
  composite: string;
  /** Which tie-break decided her place against the one above (null: the composite alone). */
  decidedBy: string | null;
  missingParts: string[];
}

/** A weighted part of the ranking with no result yet: while there is one, the freeze is refused. */
export interface FreezeBlocker {
  part: 'projectReview' | 'panelOpinion' | 'jury';
  reason: 'project-review-open' | 'panel-grades-missing' | 'jury-result-not-recorded';
  /** The candidacies concerned (panel grades), else empty. */
  candidacyIds: string[];
  /** It can never come any more (panel grades after panel opinion): the freeze may go ahead with a written reason. */
  overridable: boolean;
}

export interface RankingView {
  campaignId: string;
  frozen: boolean;
  weights: Weights;
  lines: RankingLine[];
  freezeBlockers: FreezeBlocker[];
}

export interface RankedRef {
  candidacyId: string;
  rank: number;
}

export interface QuotaSwap {
  quota: string;
  bound: 'min' | 'max';
  removed: RankedRef;
  added: RankedRef;
  reason: string;
}

export interface QuotaViolation {
  quota: string;
  attribute: string;
  equals: string | number | boolean;
  bound: 'min' | 'max';
  limitPercent: string | number;
  limitCount: number;
  actualCount: number;
  total: number;
  message: string;
}

export interface ShortlistMember {
  candidacyId: string;
  name: string;
  rank: number;
  /** 'rank': inside the top places; 'quota-swap': brought in for a quota; 'replacement': after a failed inspection. */
  via: 'rank' | 'quota-swap' | 'replacement' | string;
  /** 'shortlisted', 'failed-inspection', 'finalist'. */
  status: string;
  inspectionResult: 'pass' | 'fail' | null;
  findings: string | null;
  grassrootsFrontline: boolean;
}

export interface ShortlistView {
  campaignId: string;
  size: number;
  closed: boolean;
  swaps: QuotaSwap[];
  unmetQuotas: QuotaViolation[];
  members: ShortlistMember[];
}

export interface PreviewLine {
  candidacyId: string;
  projectReview: string;
  panelPoints: string;
  panelGrade: string | null;
  jury: string;
  composite: string;
  rank: number;
}

export interface RankingPreview {
  weights: Weights;
  lines: PreviewLine[];
  shortlist: { size: number; members: { candidacyId: string; rank: number; via: string }[]; swaps: QuotaSwap[]; unmetQuotas: QuotaViolation[] };
}

export interface WhatIfComparison {
  current: RankingPreview;
  alternative: RankingPreview;
  movedIn: string[];
  movedOut: string[];
  rankChanges: { candidacyId: string; from: number; to: number }[];
}

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
  closeInspection: (campaignId: string) => command('POST', `/campaigns/${campaignId}/inspection/close`, {}),
};
