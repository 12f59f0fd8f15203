import type { CampaignState } from '../campaign/campaign';
import type { ResultsState } from '../results/results';
import { erasePersonalData, retentionEndsAt } from './personal-data-erasure';

const campaign = (retentionDays?: number) => ({ id: 'c1', config: { ...(retentionDays !== undefined ? { retentionDays } : {}) } }) as unknown as CampaignState;
const certifiedAt = '2026-06-01T08:00:00.000Z';
const results = (certified: boolean) => ({ certified: certified ? { campaignId: 'c1', certifiedAt, basedOnEventHash: 'h' } : null }) as unknown as ResultsState;
const codeOf = (f: () => unknown) => {
  try {
    f();
  } catch (err) {
    return (err as { code: string }).code;
  }
  return 'no refusal';
};

describe('erasing a campaign’s personal data', () => {
  it.each([
    ['default 1095 days', undefined, '2029-05-31T08:00:00.000Z'],
    ['30 days', 30, '2026-07-01T08:00:00.000Z'],
  ])('keeps it for the retention period after certification (%s)', (_, days, end) => {
    expect(retentionEndsAt(campaign(days), results(true))?.toISOString()).toBe(end);
    expect(codeOf(() => erasePersonalData(campaign(days), results(true), [], { now: new Date(Date.parse(end) - 1), trigger: 'organiser' }))).toBe(
      'personal-data.retention-not-over',
    );
    expect(erasePersonalData(campaign(days), results(true), [], { now: new Date(end), trigger: 'schedule' })).toEqual([
      { type: 'PersonalDataErased', payload: { campaignId: 'c1', erasedAt: end, retentionEndedAt: end, trigger: 'schedule', reason: 'retention-period-over' } },
    ]);
  });

  it('refuses before certification, and a second time', () => {
    const now = new Date('2040-01-01T00:00:00Z');
    expect(codeOf(() => erasePersonalData(campaign(30), results(false), [], { now, trigger: 'organiser' }))).toBe('personal-data.not-certified');
    const erased = erasePersonalData(campaign(30), results(true), [], { now, trigger: 'organiser' });
    expect(codeOf(() => erasePersonalData(campaign(30), results(true), erased, { now, trigger: 'schedule' }))).toBe('personal-data.already-erased');
  });
});
