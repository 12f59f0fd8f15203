import fc from 'fast-check';
import { trimmedMean } from '../evaluation/trimmed-mean';
import { DomainError } from '../shared/domain-error';
import { dec, formatScore, roundPartScore } from '../shared/score';
import { approvalShare, type ScoreAggregate, tallyJury, trimmedMeanFromAggregate } from './jury-tally';

const aggregate = (values: number[]): ScoreAggregate => ({
  ballots: values.length,
  sum: values.reduce((a, b) => a + b, 0),
  lowest: values.length ? Math.min(...values) : null,
  highest: values.length ? Math.max(...values) : null,
});

describe('trimmedMeanFromAggregate', () => {
  it.each([
    // fewer than 5 scores: the plain mean
    [[80], '80'],
    [[80, 90], '85'],
    [[70, 80, 91, 100], '85.25'],
    // from 5 scores on: drop one highest and one lowest
    [[91, 80, 86, 70, 95], '85.66666666666666666666666666666666666667'],
    [[90, 90, 80, 70, 60], '80'],
    [[0, 0, 0, 0, 0, 100], '0'],
  ])('%j → %s', (values, expected) => {
    expect(trimmedMeanFromAggregate(aggregate(values))!.toString()).toBe(expected);
  });

  it('is undefined when nobody scored', () => {
    expect(trimmedMeanFromAggregate(aggregate([]))).toBeUndefined();
  });

  it('equals the trimmed mean over the scores themselves (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 40 }), (values) => {
        expect(trimmedMeanFromAggregate(aggregate(values))!.equals(trimmedMean(values.map((v) => dec(v))))).toBe(true);
      }),
    );
  });

  it.each([
    [{ ballots: 2, sum: 300, lowest: 0, highest: 100 }, 'tally.inconsistent'],
    [{ ballots: 3, sum: 10, lowest: 5, highest: 90 }, 'tally.inconsistent'],
    [{ ballots: 1, sum: 5, lowest: 4, highest: 5 }, 'tally.inconsistent'],
    [{ ballots: 2, sum: 50, lowest: 60, highest: 40 }, 'tally.extremes'],
    [{ ballots: 2, sum: 50, lowest: null, highest: 40 }, 'tally.extremes'],
    [{ ballots: 0, sum: 5, lowest: null, highest: null }, 'tally.sum'],
    [{ ballots: -1, sum: 0, lowest: null, highest: null }, 'tally.count'],
  ])('refuses aggregates that cannot come from real scores: %j', (a, code) => {
    expect(() => trimmedMeanFromAggregate(a)).toThrow(expect.objectContaining({ code }) as unknown as DomainError);
  });
});

describe('tallyJury', () => {
  it('score mode: jury score = trimmed mean rounded to 2 places half up', () => {
    const paper = { mode: 'score' as const, candidateIds: ['a', 'b', 'c', 'd'] };
    // d: (sum − max − min)/(n − 2) = (8·10 + 1 + 0 + ... ) chosen so the mean is x.xx5 exactly: 12.125 → 12.13 (half up, not half even)
    const d = [0, 12, 12, 12, 12, 12, 12, 13, 12, 100]; // kept: 12×6 + 13 + 12 = 97 over 8 = 12.125
    const tally = tallyJury(paper, {
      validBallots: 10,
      perCandidate: [aggregate([91, 80, 86, 70, 95]), aggregate([70, 76, 65, 100, 61]), { ballots: 0, sum: 0, lowest: null, highest: null }, aggregate(d)],
    });
    expect(tally.candidates.map((c) => [c.candidacyId, c.ballots, c.juryScore])).toEqual([
      ['a', 5, '85.67'],
      ['b', 5, '70.33'],
      ['c', 0, null],
      ['d', 10, '12.13'],
    ]);
  });

  it('approval mode: jury score = approvals ÷ valid ballots × 100', () => {
    const paper = { mode: 'approval' as const, candidateIds: ['a', 'b', 'c'], approvalLimit: 2 };
    const tally = tallyJury(paper, { validBallots: 32, perCandidate: [1, 32, 0] });
    // 1/32 × 100 = 3.125 → 3.13 (half up)
    expect(tally.candidates.map((c) => [c.approvals, c.juryScore])).toEqual([
      [1, '3.13'],
      [32, '100.00'],
      [0, '0.00'],
    ]);
    expect(tallyJury(paper, { validBallots: 0, perCandidate: [0, 0, 0] }).candidates.map((c) => c.juryScore)).toEqual([null, null, null]);
  });

  it('every jury score lies in 0–100 and equals the rounded exact value (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 12 }), { minLength: 1, maxLength: 5 }), (lists) => {
        const n = Math.max(...lists.map((l) => l.length));
        const paper = { mode: 'score' as const, candidateIds: lists.map((_, i) => `c${i}`) };
        const tally = tallyJury(paper, { validBallots: n, perCandidate: lists.map(aggregate) });
        tally.candidates.forEach((row, i) => {
          const expected = formatScore(roundPartScore(trimmedMean(lists[i].map((v) => dec(v)))));
          expect(row.juryScore).toBe(expected);
          expect(dec(row.juryScore!).gte(0) && dec(row.juryScore!).lte(100)).toBe(true);
        });
      }),
    );
  });

  it('approval share is exact (property): share × valid = approvals × 100', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2_000_000 }).chain((valid) => fc.tuple(fc.constant(valid), fc.integer({ min: 0, max: valid }))),
        ([valid, approvals]) => {
          expect(
            approvalShare(approvals, valid)!
              .times(valid)
              .toDecimalPlaces(20)
              .equals(approvals * 100),
          ).toBe(true);
        },
      ),
    );
  });
});
