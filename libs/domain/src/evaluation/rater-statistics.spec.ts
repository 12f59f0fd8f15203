import fc from 'fast-check';
import Decimal from 'decimal.js';
import { dec } from '../shared/score';
import { averageRanks, candidateSpreads, expertOffsets, kendallsW, outlierSheets, raterStatistics, SheetTotalRecord } from './rater-statistics';

/** Builds sheets from a matrix: rows are experts, columns candidates; null = recused or absent (no sheet). */
const matrix = (rows: Record<string, (number | string | null)[]>, candidates?: string[]): SheetTotalRecord[] =>
  Object.entries(rows).flatMap(([expertId, totals]) =>
    totals.flatMap((t, j) => (t === null ? [] : [{ expertId, candidateId: candidates?.[j] ?? `c${j + 1}`, total: dec(t) }])),
  );

/** Totals that make an expert rank candidates as given (rank 1 = highest total). */
const fromRanks = (ranks: number[]) => ranks.map((r) => 100 - 10 * r);

describe('candidateSpreads', () => {
  it('reports min, max, population SD (2 places) and trimmed mean per candidate', () => {
    // c1: 80, 90, 100 → mean 90, deviations −10, 0, 10, variance 200/3, SD √66.67 = 8.16496… → 8.16.
    // c2: all equal → SD 0.
    const spreads = candidateSpreads(matrix({ a: [80, 70], b: [90, 70], c: [100, 70] }));
    expect(
      spreads.map((s) => [s.candidateId, s.sheetCount, s.min.toString(), s.max.toString(), s.standardDeviation.toFixed(2), s.trimmedMean.toFixed(2)]),
    ).toEqual([
      ['c1', 3, '80', '100', '8.16', '90.00'],
      ['c2', 3, '70', '70', '0.00', '70.00'],
    ]);
  });

  it('uses the trimmed mean from 5 sheets and treats one sheet as no spread', () => {
    // 50, 80, 82, 84, 86: the SD covers all five sheets (mean 76.4): squared deviations
    // 696.96 + 12.96 + 31.36 + 57.76 + 92.16 = 891.2, /5 = 178.24, √178.24 = 13.350… → 13.35.
    const spreads = candidateSpreads(matrix({ a: [50, 90], b: [80, null], c: [82, null], d: [84, null], e: [86, null] }));
    expect(spreads[0].standardDeviation.toFixed(2)).toBe('13.35');
    expect(spreads[0].trimmedMean.toFixed(2)).toBe('82.00');
    expect(spreads[1]).toMatchObject({ candidateId: 'c2', sheetCount: 1 });
    expect(spreads[1].standardDeviation.toString()).toBe('0');
    expect(spreads[1].trimmedMean.toString()).toBe('90');
  });

  it('refuses two sheets from one expert for one candidate', () => {
    const sheets = [...matrix({ a: [80] }), { expertId: 'a', candidateId: 'c1', total: dec(81) }];
    expect(() => candidateSpreads(sheets)).toThrow(expect.objectContaining({ code: 'statistics.duplicate-sheet', kind: 'invalid', field: 'sheets.1' }));
  });
});

describe('expertOffsets', () => {
  it('is each expert’s mean distance from the candidates’ trimmed means', () => {
    // c1: 80, 70, 60 → mean 70 → offsets +10, 0, −10.  c2: 90, 85, 80 → mean 85 → +5, 0, −5.
    const offsets = expertOffsets(matrix({ a: [80, 90], b: [70, 85], c: [60, 80] }));
    expect(offsets.map((o) => [o.expertId, o.candidateCount, o.meanOffset.toFixed(2)])).toEqual([
      ['a', 2, '7.50'],
      ['b', 2, '0.00'],
      ['c', 2, '-7.50'],
    ]);
  });

  it('counts a recused expert only over the candidates she scored', () => {
    // c is recused for c2: c2 = 90, 80 → mean 85 → a +5, b −5.  c1 as above.
    const offsets = expertOffsets(matrix({ a: [80, 90], b: [70, 80], c: [60, null] }));
    expect(offsets.map((o) => [o.expertId, o.candidateCount, o.meanOffset.toFixed(2)])).toEqual([
      ['a', 2, '7.50'],
      ['b', 2, '-2.50'],
      ['c', 1, '-10.00'],
    ]);
  });

  it('never reports a signed zero', () => {
    const [o] = expertOffsets(matrix({ a: [80], b: [80] }));
    expect(o.meanOffset.isNegative()).toBe(false);
  });
});

describe('averageRanks', () => {
  it('ranks the highest first and gives ties the average of their ranks', () => {
    const { ranks, tieTerm } = averageRanks([dec(80), dec(90), dec(80), dec(70)]);
    expect(ranks.map(String)).toEqual(['2.5', '1', '2.5', '4']);
    expect(tieTerm.toString()).toBe('6'); // one pair: 2³ − 2
  });

  it('sums t³ − t over every tie group', () => {
    // Groups of 3 and 2: (27 − 3) + (8 − 2) = 30.
    const { ranks, tieTerm } = averageRanks([5, 5, 5, 1, 1].map((x) => dec(x)));
    expect(ranks.map(String)).toEqual(['2', '2', '2', '4.5', '4.5']);
    expect(tieTerm.toString()).toBe('30');
  });
});

describe('kendallsW', () => {
  it('is 1 when 3 experts rank 4 candidates identically', () => {
    expect(kendallsW(matrix({ a: [90, 80, 70, 60], b: [95, 85, 75, 65], c: [99.5, 60, 55, 10] }))?.toString()).toBe('1');
  });

  it('is 0 when 2 experts rank in exactly opposite order', () => {
    // Every candidate's rank sum is n + 1 = 5 = the mean rank sum, so S = 0.
    expect(kendallsW(matrix({ a: [90, 80, 70, 60], b: [60, 70, 80, 90] }))?.toString()).toBe('0');
  });

  it('matches Siegel’s classic example: 3 executives ranking 6 applicants, W ≈ 0.16', () => {
    // Siegel (1956), Nonparametric Statistics, §9: ranks X 1 6 3 2 5 4; Y 1 5 6 4 2 3; Z 6 3 2 5 4 1.
    // Rank sums Rᵢ = 8 14 11 11 11 8; mean m(n+1)/2 = 3·7/2 = 10.5;
    // S = 2.5² + 3.5² + 0.5² + 0.5² + 0.5² + 2.5² = 6.25 + 12.25 + 0.75 + 6.25 = 25.5;
    // W = 12·25.5 / (3²·(6³ − 6)) = 306 / 1890 = 17/105 = 0.161904… → 0.1619.
    const sheets = matrix({
      x: fromRanks([1, 6, 3, 2, 5, 4]),
      y: fromRanks([1, 5, 6, 4, 2, 3]),
      z: fromRanks([6, 3, 2, 5, 4, 1]),
    });
    expect(kendallsW(sheets)?.toString()).toBe('0.1619');
  });

  it('applies the standard tie correction', () => {
    // m = 3, n = 4.  a ties candidates 2 and 3: ranks 1, 2.5, 2.5, 4 (T = 2³ − 2 = 6); b: 1 2 3 4; c: 2 1 3 4.
    // Rᵢ = 4, 5.5, 8.5, 12; mean 3·5/2 = 7.5; S = 3.5² + 2² + 1² + 4.5² = 12.25 + 4 + 1 + 20.25 = 37.5.
    // W = 12·37.5 / (9·(64 − 4) − 3·6) = 450 / 522 = 25/29 = 0.862068… → 0.8621
    // (without the correction it would be 450/540 = 0.8333).
    const sheets = matrix({ a: [90, 80, 80, 60], b: [90, 80, 70, 60], c: [80, 90, 70, 60] });
    expect(kendallsW(sheets)?.toString()).toBe('0.8621');
  });

  it('uses only the candidates every expert scored: recused or absent experts leave no sheet', () => {
    // c is recused for c4, where a and b disagree; over c1..c3 all three agree.
    const sheets = matrix({ a: [90, 80, 70, 10], b: [90, 80, 70, 99], c: [90, 80, 70, null] });
    expect(kendallsW(sheets)?.toString()).toBe('1');
    // Candidate order in the input does not matter.
    expect(kendallsW([...sheets].reverse())?.toString()).toBe('1');
  });

  it('is null when it is not defined', () => {
    expect(kendallsW([])).toBeNull();
    expect(kendallsW(matrix({ a: [90, 80, 70] }))).toBeNull(); // one expert
    expect(kendallsW(matrix({ a: [90, 80], b: [null, 70] }))).toBeNull(); // one common candidate
    expect(kendallsW(matrix({ a: [90, null], b: [null, 70] }))).toBeNull(); // none in common
    expect(kendallsW(matrix({ a: [80, 80, 80], b: [70, 70, 70] }))).toBeNull(); // every candidate tied: 0/0
  });

  it('lies in [0, 1] and is 1 when all experts agree, for any complete score matrix', () => {
    const matrices = fc
      .record({ m: fc.integer({ min: 2, max: 6 }), n: fc.integer({ min: 2, max: 8 }) })
      .chain(({ m, n }) => fc.array(fc.array(fc.integer({ min: 0, max: 20 }), { minLength: n, maxLength: n }), { minLength: m, maxLength: m }));
    fc.assert(
      fc.property(matrices, (rows) => {
        const w = kendallsW(matrix(Object.fromEntries(rows.map((r, i) => [`e${i}`, r]))));
        const copies = kendallsW(matrix(Object.fromEntries(rows.map((_, i) => [`e${i}`, rows[0]]))));
        const allTied = rows[0].every((x) => x === rows[0][0]);
        return (w === null || (w.gte(0) && w.lte(1))) && (allTied ? copies === null : copies!.equals(1));
      }),
    );
  });
});

describe('outlierSheets', () => {
  // c1: 50, 80, 82, 84, 86 → trimmed mean (80 + 82 + 84) / 3 = 82.
  const sheets = matrix({ a: [50], b: [80], c: [82], d: [84], e: [86] });

  it('flags sheets more than 15 points from the trimmed mean by default', () => {
    expect(outlierSheets(sheets).map((o) => [o.expertId, o.total.toString(), o.trimmedMean.toFixed(2), o.distance.toFixed(2)])).toEqual([
      ['a', '50', '82.00', '32.00'],
    ]);
  });

  it('uses a configured distance, strictly', () => {
    expect(outlierSheets(sheets, 3).map((o) => o.expertId)).toEqual(['a', 'e']);
    expect(outlierSheets(sheets, '4').map((o) => o.expertId)).toEqual(['a']); // e is exactly 4 away: not flagged
    expect(outlierSheets(sheets, 32).map((o) => o.expertId)).toEqual([]);
  });

  it('refuses a negative or non-numeric distance', () => {
    expect(() => outlierSheets(sheets, -1)).toThrow(expect.objectContaining({ code: 'statistics.outlier-distance' }));
    expect(() => outlierSheets(sheets, 'far')).toThrow(expect.objectContaining({ code: 'statistics.outlier-distance' }));
  });

  it('refuses a non-finite total', () => {
    expect(() => outlierSheets([{ expertId: 'a', candidateId: 'c1', total: new Decimal(NaN) }])).toThrow(
      expect.objectContaining({ code: 'statistics.not-a-number' }),
    );
  });
});

describe('raterStatistics', () => {
  it('gathers spread, offsets, agreement and outliers from one list of sheets', () => {
    const stats = raterStatistics(matrix({ a: [80, 90, 40], b: [70, 85, 70], c: [60, 80, 72] }), { outlierDistance: 20 });
    expect(stats.candidates.map((c) => c.candidateId)).toEqual(['c1', 'c2', 'c3']);
    expect(stats.experts.map((e) => e.expertId)).toEqual(['a', 'b', 'c']);
    // Ranks of c1 c2 c3: a 2 1 3; b 2.5 1 2.5 (c1 and c3 tied at 70, T = 6); c 3 1 2.
    // Rᵢ = 7.5, 3, 7.5; mean 3·4/2 = 6; S = 2.25 + 9 + 2.25 = 13.5; W = 12·13.5 / (9·24 − 3·6) = 162/198 = 0.8182.
    expect(stats.kendallsW?.toString()).toBe('0.8182');
    // c3: 40, 70, 72 → mean 60.67; a is 20.67 away.
    expect(stats.outliers.map((o) => [o.expertId, o.candidateId])).toEqual([['a', 'c3']]);
  });
});
