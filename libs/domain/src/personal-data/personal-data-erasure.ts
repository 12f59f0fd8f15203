import type { CampaignState } from '../campaign/campaign';
import type { ResultsState } from '../results/results';
import { CAMPAIGN_TIME_ZONE } from '../shared/campaign-time-zone';
import { conflict } from '../shared/domain-error';
import type { DomainEvent } from '../shared/domain-event';
import { DEFAULT_RETENTION_DAYS } from './erasure-schedule';

/** Who asked: an organiser, or the daily job that erases every campaign whose retention period is over. */
export type ErasureTrigger = 'organiser' | 'schedule';

/**
 * A campaign's personal data was crypto-shredded: every data key of its people deleted, its read models scrubbed.
 * The history keeps the sealed fields (unreadable now) and this record of when and why.
 */
export type PersonalDataErased = DomainEvent<
  'PersonalDataErased',
  { campaignId: string; erasedAt: string; retentionEndedAt: string; trigger: ErasureTrigger; reason: 'retention-period-over' }
>;

const DAY_MS = 24 * 60 * 60 * 1000;

/** When the campaign's personal data may be erased: its retention period after certification; null before certification. */
export function retentionEndsAt(
  campaign: { readonly config: { readonly retentionDays?: number } },
  results: { readonly certified: { readonly certifiedAt: string } | null },
): Date | null {
  if (!results.certified) return null;
  return new Date(Date.parse(results.certified.certifiedAt) + (campaign.config.retentionDays ?? DEFAULT_RETENTION_DAYS) * DAY_MS);
}

export const isPersonalDataErased = (history: readonly DomainEvent[]): boolean => history.some((e) => e.type === 'PersonalDataErased');

/**
 * Erase a campaign's personal data (PIPL art. 47): only once its result is certified and the retention period
 * (campaign configuration `retentionDays`, default 1095) has passed, and only once.
 */
export function erasePersonalData(
  campaign: CampaignState,
  results: ResultsState,
  history: readonly DomainEvent[],
  input: { now: Date; trigger: ErasureTrigger },
): PersonalDataErased[] {
  const endsAt = retentionEndsAt(campaign, results);
  if (!endsAt) throw conflict('personal-data.not-certified', 'Personal data is kept until the result is certified and its retention period has passed.');
  if (input.now < endsAt) {
    throw conflict('personal-data.retention-not-over', `Personal data is kept for the record until ${endsAt.toISOString()}.`, undefined, {
      erasableFrom: endsAt.toISOString(),
      timeZone: CAMPAIGN_TIME_ZONE,
    });
  }
  if (isPersonalDataErased(history)) throw conflict('personal-data.already-erased', 'This campaign’s personal data has already been erased.');
  return [
    {
      type: 'PersonalDataErased',
      payload: {
        campaignId: campaign.id,
        erasedAt: input.now.toISOString(),
        retentionEndedAt: endsAt.toISOString(),
        trigger: input.trigger,
        reason: 'retention-period-over',
      },
    },
  ];
}
