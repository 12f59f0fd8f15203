/**
 * Personal data in a selection is kept for the record (objections, audits, appeals) for the campaign's retention
 * period after its result is certified; only then can it be erased (crypto-shredded). A person's request is answered
 * with the earliest moment it can be done: when the last of her campaigns' retention runs out.
 */
export const DEFAULT_RETENTION_DAYS = 3 * 365;

export interface CampaignRetention {
  readonly certifiedAt: string | null;
  readonly retentionDays?: number;
}

export type ErasureDate = { at: string } | { at: null; pending: 'campaign-not-certified' };

const DAY_MS = 24 * 60 * 60 * 1000;

export function erasableFrom(campaigns: readonly CampaignRetention[], requestedAt: Date): ErasureDate {
  if (campaigns.some((c) => c.certifiedAt === null)) return { at: null, pending: 'campaign-not-certified' };
  const ends = campaigns.map((c) => Date.parse(c.certifiedAt!) + (c.retentionDays ?? DEFAULT_RETENTION_DAYS) * DAY_MS);
  return { at: new Date(Math.max(requestedAt.getTime(), ...ends)).toISOString() };
}
