import fc from 'fast-check';
import Decimal from 'decimal.js';
import { dec } from '../shared/score';
import { DomainError } from '../shared/domain-error';
import { RankingEntry, rankCandidates } from './composite-ranking';
import { DEFAULT_WEIGHTS } from './score-weights';

const entry = (
  candidacyId: string,
  projectReview: string | number,
  panelPoints: string | number,
  jury: string | number,
  panelGradeRank = 3,
  submittedAt = '2024-03-01T08:00:00Z',
): RankingEntry => ({
  candidacyId,
  projectReview: dec(projectReview),
  panelPoints: dec(panelPoints),
  jury: dec(jury),
  panelGradeRank,
  submittedAt: new Date(submittedAt),
});

describe('rankCandidates', () => {
  it('computes the composite exactly with default weights 40/30/30', () => {
    const [a] = rankCandidates([entry('a', '88.35', 85, '71.17')], DEFAULT_WEIGHTS);
    // 0.4·88.35 + 0.3·85 + 0.3·71.17 = 35.34 + 25.5 + 21.351
    expect(a.composite.toString()).toBe('82.191');
    expect(a.rank).toBe(1);
    expect(a.decidedBy).toBeNull();
  });

  it('keeps 1/3 weights exact (no float drift)', () => {
    const [a, b] = rankCandidates([entry('a', '0.1', '0.2', '0.3'), entry('b', '0.3', '0.1', '0.2')], {
      projectReview: '33.33',
      panelOpinion: '33.33',
      jury: '33.34',
    });
    expect(a.candidacyId).toBe('a');
    expect(a.composite.toString()).toBe('0.20001');
    expect(b.composite.toString()).toBe('0.2');
  });

  // Each row: two candidates with equal composite; the second column says which step decides and who wins.
  it.each([
    ['composite', entry('x', 90, 85, 80), entry('y', 80, 85, 80), 'x'],
    // equal composite 82 (40·a + 30·b + 30·c): jury decides
    ['jury', entry('x', 77.5, 85, 85), entry('y', 85, 85, 75), 'x'],
    // equal composite and jury: project review decides (panel points differ to compensate)
    ['project-review', entry('x', 85, 70, 80), entry('y', 77.5, 80, 80), 'x'],
    // equal composite, jury, project review, panel points — grade rank differs (custom points can coincide)
    ['panel-grade', entry('x', 80, 85, 80, 4), entry('y', 80, 85, 80, 3), 'x'],
    ['submission-time', entry('x', 80, 85, 80, 3, '2024-03-01T08:00:00Z'), entry('y', 80, 85, 80, 3, '2024-03-01T08:00:01Z'), 'x'],
  ] as const)('tie-break step %s', (step, x, y, winner) => {
    for (const input of [
      [x, y],
      [y, x],
    ]) {
      const ranked = rankCandidates(input, DEFAULT_WEIGHTS);
      expect(ranked.map((r) => r.candidacyId)).toEqual([winner, winner === 'x' ? 'y' : 'x']);
      expect(ranked.map((r) => r.rank)).toEqual([1, 2]);
      expect(ranked[1].decidedBy).toBe(step);
      if (step !== 'composite') expect(ranked[0].composite.eq(ranked[1].composite)).toBe(true);
    }
  });

  it('fully tied candidates share a rank and the next rank skips', () => {
    const ranked = rankCandidates([entry('c', 80, 85, 80), entry('b', 80, 85, 80), entry('a', 90, 85, 80), entry('d', 70, 85, 80)], DEFAULT_WEIGHTS);
    expect(ranked.map((r) => [r.candidacyId, r.rank, r.decidedBy])).toEqual([
      ['a', 1, null],
      ['b', 2, 'composite'],
      ['c', 2, 'tied'],
      ['d', 4, 'composite'],
    ]);
  });

  it('lists every part in the output', () => {
    const [a] = rankCandidates([entry('a', 80, 70, 60, 2)], DEFAULT_WEIGHTS);
    expect(a).toMatchObject({ candidacyId: 'a', panelGradeRank: 2 });
    expect([a.projectReview, a.panelPoints, a.jury].map(String)).toEqual(['80', '70', '60']);
  });

  it.each([
    ['part above 100', [entry('a', 101, 70, 60)], 'ranking.part-out-of-range'],
    ['negative part', [entry('a', 80, -1, 60)], 'ranking.part-out-of-range'],
    ['duplicate id', [entry('a', 80, 70, 60), entry('a', 70, 70, 60)], 'ranking.duplicate-candidacy'],
    ['bad date', [{ ...entry('a', 80, 70, 60), submittedAt: new Date('nope') }], 'ranking.submitted-at-missing'],
  ])('rejects %s', (_name, entries, code) => {
    expect(() => rankCandidates(entries, DEFAULT_WEIGHTS)).toThrow(DomainError);
    expect(() => rankCandidates(entries, DEFAULT_WEIGHTS)).toThrow(expect.objectContaining({ code }));
  });

  it('rejects weights not summing to 100', () => {
    expect(() => rankCandidates([], { projectReview: 50, panelOpinion: 30, jury: 30 })).toThrow(expect.objectContaining({ code: 'weights.sum-not-100' }));
  });

  describe('properties', () => {
    // Part scores with 2 decimals, as produced upstream; small ranges so ties are frequent.
    const part = fc.integer({ min: 0, max: 10000 }).map((n) => dec(n).div(100));
    const coarsePart = fc.constantFrom(...[60, 70, 80, 85, 90, 100].map((n) => dec(n)));
    const arbEntries = fc.uniqueArray(
      fc.record({
        candidacyId: fc.string({ minLength: 1, maxLength: 6 }),
        projectReview: fc.oneof(part, coarsePart),
        panelPoints: coarsePart,
        panelGradeRank: fc.integer({ min: 1, max: 4 }),
        jury: fc.oneof(part, coarsePart),
        submittedAt: fc.integer({ min: 0, max: 3 }).map((s) => new Date(Date.UTC(2024, 2, 1, 8, 0, s))),
      }),
      { selector: (e) => e.candidacyId, maxLength: 12 },
    );
    const arbWeights = fc
      .tuple(fc.integer({ min: 0, max: 10000 }), fc.integer({ min: 0, max: 10000 }))
      .map(([a, b]) => [Math.min(a, b), Math.max(a, b)])
      .map(([lo, hi]) => ({ projectReview: dec(lo).div(100), panelOpinion: dec(hi - lo).div(100), jury: dec(10000 - hi).div(100) }));

    const view = (ranked: ReturnType<typeof rankCandidates>) => ranked.map((r) => [r.candidacyId, r.rank, r.decidedBy, r.composite.toString()]);

    it('ranking does not depend on input order', () => {
      fc.assert(
        fc.property(arbEntries, arbWeights, fc.infiniteStream(fc.nat()), (entries, weights, seeds) => {
          const shuffled = entries
            .map((e) => ({ e, k: seeds.next().value }))
            .sort((a, b) => a.k - b.k)
            .map(({ e }) => e);
          expect(view(rankCandidates(shuffled, weights))).toEqual(view(rankCandidates(entries, weights)));
        }),
      );
    });

    it('composite lies between the lowest and the highest part', () => {
      fc.assert(
        fc.property(arbEntries, arbWeights, (entries, weights) => {
          for (const r of rankCandidates(entries, weights)) {
            const parts = [r.projectReview, r.panelPoints, r.jury];
            expect(r.composite.gte(Decimal.min(...parts))).toBe(true);
            expect(r.composite.lte(Decimal.max(...parts))).toBe(true);
          }
        }),
      );
    });

    it('ranks are 1-based, non-decreasing, and composites non-increasing', () => {
      fc.assert(
        fc.property(arbEntries, arbWeights, (entries, weights) => {
          const ranked = rankCandidates(entries, weights);
          ranked.forEach((r, i) => {
            if (i === 0) return expect(r.rank).toBe(1);
            const prev = ranked[i - 1];
            expect(r.composite.lte(prev.composite)).toBe(true);
            expect(r.rank).toBe(r.decidedBy === 'tied' ? prev.rank : i + 1);
          });
        }),
      );
    });
  });
});
