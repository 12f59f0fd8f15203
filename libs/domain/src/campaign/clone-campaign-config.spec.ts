import fc from 'fast-check';
import { thrownDomainError } from '../shared/domain-error.testing';
import { type CampaignConfig, type CampaignTimeline, withDefaults } from './campaign-config';
import { cloneCampaignConfig, shiftIsoDate } from './clone-campaign-config';

const DAY_MS = 86_400_000;
const TIMELINE_KEYS = ['candidacyOpensAt', 'candidacyClosesAt', 'projectReviewClosesAt', 'juryClosesAt', 'congressAt'] as const;

const source = (timeline: CampaignTimeline): CampaignConfig =>
  withDefaults({
    title: '区妇联兼职副主席、兼职常委公开选配',
    organisingBody: '某区妇女联合会',
    positions: [
      { key: 'vice-chair', title: '兼职副主席', seats: 3 },
      { key: 'standing-committee', title: '兼职常委', seats: 2 },
    ],
    quotas: [{ attribute: 'grassrootsFrontline', minSharePercent: 30, appliesTo: 'shortlist' }],
    timeline,
  });

const OFFSETS = ['Z', '+08:00', '-05:00', '+05:45', '.000Z', '.250+08:00'];

/** An instant written as the api accepts it: date, time, and an offset in any of the forms above. */
const isoText = fc
  .tuple(fc.date({ min: new Date('2000-01-01'), max: new Date('2090-01-01'), noInvalidDate: true }), fc.constantFrom(...OFFSETS))
  .map(([d, offset]) => {
    const base = d.toISOString().slice(0, 19);
    if (offset === '.000Z') return `${base}.000Z`;
    if (offset === '.250+08:00') return `${base}.250+08:00`;
    return `${base}${offset}`;
  });

describe('cloneCampaignConfig', () => {
  it('moves every date of the timeline by exactly the same whole number of days and keeps their order', () => {
    fc.assert(
      fc.property(fc.uniqueArray(isoText, { minLength: 1, maxLength: 5 }), fc.integer({ min: -3650, max: 3650 }), (dates, shiftDays) => {
        const timeline = Object.fromEntries(dates.map((d, i) => [TIMELINE_KEYS[i], d])) as CampaignTimeline;
        const copy = cloneCampaignConfig(source(timeline), { shift: { shiftDays } });
        for (const key of Object.keys(timeline) as (keyof CampaignTimeline)[]) {
          const before = timeline[key]!;
          const after = copy.timeline[key]!;
          expect(Date.parse(after) - Date.parse(before)).toBe(shiftDays * DAY_MS);
          expect(after.slice(10)).toBe(before.slice(10)); // time of day and offset as written
        }
        const keys = Object.keys(timeline) as (keyof CampaignTimeline)[];
        for (const a of keys)
          for (const b of keys)
            expect(Math.sign(Date.parse(copy.timeline[a]!) - Date.parse(copy.timeline[b]!))).toBe(
              Math.sign(Date.parse(timeline[a]!) - Date.parse(timeline[b]!)),
            );
      }),
    );
  });

  it('finds the shift from the day the copy’s candidacy opens, keeping the time of day', () => {
    const copy = cloneCampaignConfig(
      source({ candidacyOpensAt: '2026-03-02T09:00:00+08:00', candidacyClosesAt: '2026-03-31T17:00:00+08:00', congressAt: '2026-06-18T09:30:00+08:00' }),
      { shift: { candidacyOpensOn: '2027-03-01' }, title: '2027年区妇联兼职副主席公开选配' },
    );
    expect(copy.timeline).toEqual({
      candidacyOpensAt: '2027-03-01T09:00:00+08:00',
      candidacyClosesAt: '2027-03-30T17:00:00+08:00',
      congressAt: '2027-06-17T09:30:00+08:00',
    });
    expect(copy.title).toBe('2027年区妇联兼职副主席公开选配');
  });

  it('copies positions, rubric, weights, quotas and rules as they are, and keeps the title when none is given', () => {
    const original = source({});
    const copy = cloneCampaignConfig(original, { shift: { shiftDays: 365 } });
    expect(copy).toEqual(original);
  });

  it('refuses a shift by part of a day, and a new opening day when the source has no opening date', () => {
    expect(thrownDomainError(() => cloneCampaignConfig(source({}), { shift: { shiftDays: 1.5 } })).code).toBe('clone.shift-days');
    expect(thrownDomainError(() => cloneCampaignConfig(source({}), { shift: { candidacyOpensOn: '2027-03-01' } })).code).toBe('clone.no-opening-date');
  });

  it('shifts across month, year and leap-day boundaries on the calendar', () => {
    expect(shiftIsoDate('2028-02-28T23:30:00+08:00', 1)).toBe('2028-02-29T23:30:00+08:00');
    expect(shiftIsoDate('2026-12-31T08:00:00Z', 1)).toBe('2027-01-01T08:00:00Z');
    expect(shiftIsoDate('2027-03-01', -1)).toBe('2027-02-28');
  });
});
