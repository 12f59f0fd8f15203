import { DEFAULT_RETENTION_DAYS, erasableFrom } from './erasure-schedule';

const requestedAt = new Date('2027-01-10T00:00:00Z');

describe('when a person’s data can be erased', () => {
  it('keeps three years after certification by default', () => {
    expect(DEFAULT_RETENTION_DAYS).toBe(1095);
    expect(erasableFrom([{ certifiedAt: '2026-06-01T08:00:00.000Z' }], requestedAt)).toEqual({ at: '2029-05-31T08:00:00.000Z' });
  });

  it('waits for the last of her campaigns, each with its own retention period', () => {
    const at = erasableFrom(
      [
        { certifiedAt: '2026-06-01T00:00:00.000Z', retentionDays: 30 },
        { certifiedAt: '2026-01-01T00:00:00.000Z', retentionDays: 365 },
      ],
      new Date('2026-12-01T00:00:00Z'),
    );
    expect(at).toEqual({ at: '2027-01-01T00:00:00.000Z' });
  });

  it('cannot say yet while one of her campaigns is not certified', () => {
    expect(erasableFrom([{ certifiedAt: '2026-06-01T00:00:00.000Z' }, { certifiedAt: null }], requestedAt)).toEqual({
      at: null,
      pending: 'campaign-not-certified',
    });
  });

  it('can erase at once someone who took part in no campaign, or whose retention has run out', () => {
    expect(erasableFrom([], requestedAt)).toEqual({ at: requestedAt.toISOString() });
    expect(erasableFrom([{ certifiedAt: '2020-01-01T00:00:00.000Z', retentionDays: 30 }], requestedAt)).toEqual({ at: requestedAt.toISOString() });
  });
});
