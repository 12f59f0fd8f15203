import fc from 'fast-check';
import { publicityEndsAt } from './working-days';

describe('publicityEndsAt (5 working days, China time, weekends skipped)', () => {
  it.each([
    // published (UTC)            days  ends (UTC) = 24:00 China time of the last working day
    ['2026-11-23T02:00:00.000Z', 5, '2026-11-30T16:00:00.000Z'], // Mon → next Mon
    ['2026-11-27T09:00:00.000Z', 5, '2026-12-04T16:00:00.000Z'], // Fri → next Fri
    ['2026-11-28T09:00:00.000Z', 5, '2026-12-04T16:00:00.000Z'], // Sat → Fri
    ['2026-11-27T17:00:00.000Z', 1, '2026-11-30T16:00:00.000Z'], // Fri 17:00 UTC is already Sat 01:00 in China → Mon
    ['2026-11-25T10:00:00.000Z', 0, '2026-11-25T10:00:00.000Z'], // no period
  ])('published %s, %d days → %s', (published, days, ends) => {
    expect(publicityEndsAt(new Date(published), days).toISOString()).toBe(ends);
  });

  it('never ends on a weekend and always lasts at least the number of days', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2020-01-01'), max: new Date('2035-01-01'), noInvalidDate: true }),
        fc.integer({ min: 1, max: 30 }),
        (published, days) => {
          const ends = publicityEndsAt(published, days);
          const lastDayChina = new Date(ends.getTime() + 8 * 3600 * 1000 - 1);
          expect([0, 6]).not.toContain(lastDayChina.getUTCDay());
          expect(ends.getTime() - published.getTime()).toBeGreaterThanOrEqual(days * 24 * 3600 * 1000);
        },
      ),
    );
  });
});
