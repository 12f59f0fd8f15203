import fc from 'fast-check';
import { DomainError } from '../shared/domain-error';
import { CandidateAttributes, Quota, checkQuotas } from '../quotas/quota-check';
import { formShortlist, replaceFailedInspection, shortlistSize } from './shortlist';

describe('shortlistSize', () => {
  it.each([
    [3, 20, 4],
    [2, 20, 3],
    [10, 20, 12],
    [5, 20, 6],
    [1, 20, 2],
    [5, 0, 6], // never fewer than seats + 1
    [4, '12.5', 5],
    [7, 50, 11], // 10.5 rounds up
  ])('%i seats at %s%% → %i', (seats, margin, expected) => {
    expect(shortlistSize(seats, margin)).toBe(expected);
  });

  it('defaults to a 20% margin', () => expect(shortlistSize(3)).toBe(4));

  it.each([
    [0, 20],
    [2.5, 20],
    [3, -1],
  ])('rejects %s seats, %s%% margin', (seats, margin) => {
    expect(() => shortlistSize(seats, margin)).toThrow(DomainError);
  });
});

const ranking = (...ids: string[]) => ids.map((candidacyId, i) => ({ candidacyId, rank: i + 1 }));
const G = { grassrootsFrontline: true, employment: 'part-time' };
const GFT = { grassrootsFrontline: true, employment: 'full-time' };
const FT = { grassrootsFrontline: false, employment: 'full-time' };
const PT = { grassrootsFrontline: false, employment: 'part-time' };
const attrs = (table: Record<string, CandidateAttributes>) => table;

const grassroots: Quota = { attribute: 'grassrootsFrontline', minSharePercent: 30 };
const fullTime: Quota = { attribute: 'employment', equals: 'full-time', maxSharePercent: 50 };

describe('formShortlist', () => {
  it('takes the top `size` when there are no quotas', () => {
    const s = formShortlist(ranking('a', 'b', 'c', 'd', 'e'), {}, 4);
    expect(s.members.map((m) => m.candidacyId)).toEqual(['a', 'b', 'c', 'd']);
    expect(s.swaps).toEqual([]);
    expect(s.unmetQuotas).toEqual([]);
    expect(s.missingCandidates).toBe(0);
  });

  it('reports missing places when too few candidates are ranked', () => {
    const s = formShortlist(ranking('a', 'b'), {}, 4);
    expect(s.members).toHaveLength(2);
    expect(s.missingCandidates).toBe(2);
  });

  it.each([
    {
      name: 'min quota: best-ranked quota candidates replace lowest-ranked others',
      table: attrs({ a: PT, b: PT, c: PT, d: PT, e: PT, f: G, g: G, h: G }),
      quotas: [grassroots],
      members: ['a', 'b', 'f', 'g'],
      swaps: [
        ['min', 'd', 'f'],
        ['min', 'c', 'g'],
      ],
      unmet: [],
    },
    {
      name: 'min quota already met: no swap',
      table: attrs({ a: PT, b: G, c: PT, d: G, e: G }),
      quotas: [grassroots],
      members: ['a', 'b', 'c', 'd'],
      swaps: [],
      unmet: [],
    },
    {
      name: 'max quota: lowest-ranked over-quota members replaced by best-ranked others',
      table: attrs({ a: FT, b: FT, c: FT, d: FT, e: FT, f: PT, g: PT }),
      quotas: [fullTime],
      members: ['a', 'b', 'f', 'g'],
      swaps: [
        ['max', 'd', 'f'],
        ['max', 'c', 'g'],
      ],
      unmet: [],
    },
    {
      name: 'min quota cannot be met: one swap, rest reported unmet',
      table: attrs({ a: PT, b: PT, c: PT, d: PT, e: PT, f: G }),
      quotas: [grassroots],
      members: ['a', 'b', 'c', 'f'],
      swaps: [['min', 'd', 'f']],
      unmet: [['grassrootsFrontline=true', 'min']],
    },
    {
      name: 'a swap never breaks another quota: a full-time grassroots candidate may only replace a full-timer',
      // need 2 grassroots of 4, at most 2 full-time: e (full-time) replaces b, not the part-timers c or d
      table: attrs({ a: FT, b: FT, c: PT, d: PT, e: GFT, f: G }),
      quotas: [grassroots, fullTime],
      members: ['a', 'c', 'e', 'f'],
      swaps: [
        ['min', 'b', 'e'],
        ['min', 'd', 'f'],
      ],
      unmet: [],
    },
    {
      name: 'a swap for one quota also keeps the other from getting worse (outgoing side)',
      // need 2 grassroots; dropping a part-timer (c) would push full-time to 3 of 4 > 50%, so the full-timer d goes
      table: attrs({ a: FT, b: PT, c: PT, d: FT, e: G, f: G }),
      quotas: [grassroots, fullTime],
      members: ['a', 'b', 'e', 'f'],
      swaps: [
        ['min', 'd', 'e'],
        ['min', 'c', 'f'],
      ],
      unmet: [],
    },
  ])('$name', ({ table, quotas, members, swaps, unmet }) => {
    const ids = Object.keys(table);
    const s = formShortlist(ranking(...ids), table, 4, quotas);
    expect(s.members.map((m) => m.candidacyId)).toEqual(members);
    expect(s.swaps.map((w) => [w.bound, w.removed.candidacyId, w.added.candidacyId])).toEqual(swaps);
    expect(s.unmetQuotas.map((v) => [v.quota, v.bound])).toEqual(unmet);
    for (const w of s.swaps) expect(w.reason).toContain(w.added.candidacyId);
    for (const m of s.members) expect(m.via).toBe(swaps.some(([, , added]) => added === m.candidacyId) ? 'quota-swap' : 'rank');
  });

  it('works with a Map of attributes', () => {
    const s = formShortlist(
      ranking('a', 'b', 'c'),
      new Map([
        ['a', PT],
        ['b', PT],
        ['c', G],
      ]),
      2,
      [grassroots],
    );
    expect(s.members.map((m) => m.candidacyId)).toEqual(['a', 'c']);
  });

  it('flags candidates tied at the cut-off', () => {
    const s = formShortlist(
      [
        { candidacyId: 'a', rank: 1 },
        { candidacyId: 'b', rank: 2 },
        { candidacyId: 'c', rank: 2 },
      ],
      {},
      2,
    );
    expect(s.tiedAtCutoff).toEqual(['b', 'c']);
  });

  it('requires attributes when quotas are given', () => {
    expect(() => formShortlist(ranking('a', 'b'), { a: PT }, 1, [grassroots])).toThrow(expect.objectContaining({ code: 'shortlist.attributes-missing' }));
  });
});

describe('replaceFailedInspection', () => {
  const r = ranking('a', 'b', 'c', 'd', 'e', 'f');

  it('brings in the next-ranked candidate not already in', () => {
    const out = replaceFailedInspection(['a', 'b', 'c', 'd'], r, 'b');
    expect(out.replacement).toEqual({ candidacyId: 'e', rank: 5 });
    expect(out.members).toEqual(['a', 'c', 'd', 'e']);
  });

  it('skips ineligible candidates (withdrawn, failed before)', () => {
    expect(replaceFailedInspection(['a', 'b', 'c', 'd'], r, 'b', { ineligibleIds: ['e'] }).replacement?.candidacyId).toBe('f');
  });

  it('returns no replacement when nobody is left', () => {
    const out = replaceFailedInspection(['a', 'b', 'c', 'd'], r, 'a', { ineligibleIds: ['e', 'f'] });
    expect(out.replacement).toBeNull();
    expect(out.members).toEqual(['b', 'c', 'd']);
  });

  it('keeps quotas: a failed quota candidate is replaced by the best-ranked quota candidate', () => {
    const table = { a: PT, b: PT, c: PT, d: PT, e: PT, f: G, g: G, h: G };
    const quotas = [grassroots];
    const out = replaceFailedInspection(['a', 'b', 'f', 'g'], ranking(...Object.keys(table)), 'g', { quotas, attributes: table });
    expect(out.replacement?.candidacyId).toBe('h');
    expect(out.unmetQuotas).toEqual([]);
    expect(out.reason).toContain('keeps the quotas');
  });

  it('refuses a candidate not on the shortlist', () => {
    expect(() => replaceFailedInspection(['a', 'b'], r, 'z')).toThrow(expect.objectContaining({ code: 'shortlist.not-a-member', kind: 'conflict' }));
  });
});

describe('formShortlist — properties', () => {
  const person = fc.record({ grassrootsFrontline: fc.boolean(), employment: fc.constantFrom('full-time', 'seconded', 'part-time') });
  const quotaArb = fc.oneof(
    fc.record({ attribute: fc.constant('grassrootsFrontline'), minSharePercent: fc.integer({ min: 0, max: 100 }) }),
    fc.record({ attribute: fc.constant('employment'), equals: fc.constant('full-time'), maxSharePercent: fc.integer({ min: 0, max: 100 }) }),
  );

  it('keeps the size, never duplicates, and never leaves quotas worse than the plain top `size`', () => {
    fc.assert(
      fc.property(fc.array(person, { maxLength: 15 }), fc.integer({ min: 1, max: 10 }), fc.array(quotaArb, { maxLength: 3 }), (people, size, quotas) => {
        const ids = people.map((_, i) => `p${String(i).padStart(2, '0')}`);
        const table = Object.fromEntries(ids.map((id, i) => [id, people[i]]));
        const s = formShortlist(ranking(...ids), table, size, quotas);
        const members = s.members.map((m) => m.candidacyId);
        expect(members).toHaveLength(Math.min(size, ids.length));
        expect(new Set(members).size).toBe(members.length);
        const shortfall = (group: string[]) =>
          checkQuotas(
            group.map((id) => ({ candidacyId: id, attributes: table[id] })),
            quotas,
          ).reduce((n, v) => n + Math.abs(v.limitCount - v.actualCount), 0);
        expect(shortfall(members)).toBeLessThanOrEqual(shortfall(ids.slice(0, size)));
        expect(shortfall(members) === 0).toBe(s.unmetQuotas.length === 0);
      }),
    );
  });
});
