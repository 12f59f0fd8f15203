import fc from 'fast-check';
import Decimal from 'decimal.js';
import { DomainError } from '../shared/domain-error';
import { dec } from '../shared/score';
import { RubricCriterion } from './rubric';
import { sheetTotal, validateSheetScores } from './score-sheet';
import { projectReviewScore, trimmedMean } from './trimmed-mean';

const ds = (...xs: (number | string)[]) => xs.map((x) => dec(x));

describe('trimmedMean', () => {
  it.each<[string, (number | string)[], string]>([
    ['1 sheet: that sheet', [80], '80'],
    ['2 sheets: plain mean', [80, 90], '85'],
    ['3 sheets: plain mean', [70, 90, 80], '80'],
    ['4 sheets: plain mean, extremes kept', [100, 60, 70, 80], '77.5'],
    ['5 sheets: drop 50 and 100, mean of 70, 80, 90', [90, 50, 80, 100, 70], '80'],
    ['6 sheets: drop 40 and 95, mean of 60, 70, 80, 90', [40, 95, 60, 70, 80, 90], '75'],
    ['7 sheets: drop 10 and 100, mean of 60..80', [80, 10, 75, 60, 100, 65, 70], '70'],
    ['tied highest: one copy of 90 dropped, the other counts', [90, 90, 80, 70, 60], '80'],
    ['tied lowest: one copy of 60 dropped, the other counts', [60, 60, 70, 80, 90], '70'],
    ['all tied', [80, 80, 80, 80, 80], '80'],
    ['half points', [80.5, 80, 80, 80], '80.125'],
  ])('%s', (_, values, expected) => {
    expect(trimmedMean(ds(...values)).toString()).toBe(expected);
  });

  it('does not round: 241/3 keeps its digits', () => {
    const mean = trimmedMean(ds(80, 80, 81));
    expect(mean.toString().startsWith('80.3333333333333333333')).toBe(true);
  });

  it('refuses no values at all', () => {
    expect(() => trimmedMean([])).toThrow(DomainError);
    expect(() => trimmedMean([])).toThrow(expect.objectContaining({ code: 'aggregate.no-scores', kind: 'invalid' }));
  });

  it('refuses NaN', () => {
    expect(() => trimmedMean([dec(1), new Decimal(NaN)])).toThrow(expect.objectContaining({ code: 'aggregate.not-a-number' }));
  });

  it('works with plain decimal.js values and still computes with full precision', () => {
    expect(trimmedMean([new Decimal(1), new Decimal(2), new Decimal(2)]).toString()).toBe(dec(5).div(3).toString());
  });
});

describe('projectReviewScore', () => {
  it.each<[string, (number | string)[], string]>([
    ['rounds to 2 places', [80, 80, 81], '80.33'],
    ['rounds half up: 80.125 → 80.13', [80.5, 80, 80, 80], '80.13'],
    ['rounds half up: 241.5/3 = 80.5 exactly', [80, 80.5, 81], '80.50'],
    ['trims from 5 sheets', [100, 0, 70, 70.5, 71], '70.50'],
    ['all zero', [0, 0, 0], '0.00'],
    ['all full marks', [100, 100, 100, 100, 100, 100], '100.00'],
  ])('%s', (_, totals, expected) => {
    expect(projectReviewScore(ds(...totals)).toFixed(2)).toBe(expected);
  });

  it('normalises a rubric whose maxima do not sum to 100 onto 0–100', () => {
    // Maxima 30 + 20 = 50: a mean of 42.5 is 85% of the rubric.
    const fifty: RubricCriterion[] = [
      { key: 'a', title: 'A', max: 30, step: 0.5 },
      { key: 'b', title: 'B', max: 20, step: 0.5 },
    ];
    expect(projectReviewScore(ds(40, 45), fifty).toString()).toBe('85');
    expect(projectReviewScore(ds(50, 50, 50, 50, 50), fifty).toString()).toBe('100');
    // Max 30: 20/30 = 66.666… → 66.67, and 10/30 → 33.33; the scaling happens before the one rounding.
    const thirty: RubricCriterion[] = [{ key: 'a', title: 'A', max: 30, step: 1 }];
    expect(projectReviewScore(ds(20), thirty).toFixed(2)).toBe('66.67');
    expect(projectReviewScore(ds(10), thirty).toFixed(2)).toBe('33.33');
    expect(projectReviewScore(ds(20, 21, 22), thirty).toFixed(2)).toBe('70.00');
  });

  it('refuses totals a valid sheet cannot have', () => {
    expect(() => projectReviewScore(ds(80, 100.5))).toThrow(expect.objectContaining({ code: 'review.total-out-of-range', field: 'sheetTotals.1' }));
    expect(() => projectReviewScore(ds(-1, 80))).toThrow(expect.objectContaining({ code: 'review.total-out-of-range' }));
    expect(() => projectReviewScore([])).toThrow(expect.objectContaining({ code: 'aggregate.no-scores' }));
  });
});

describe('trimmed mean properties', () => {
  // Scores in half points from 0 to 100, as the default rubric produces.
  const halfPoints = fc.integer({ min: 0, max: 200 }).map((n) => dec(n).div(2));
  const scoreLists = fc.array(halfPoints, { minLength: 1, maxLength: 30 });

  it('lies between the lowest and the highest value', () => {
    fc.assert(
      fc.property(scoreLists, (values) => {
        const mean = trimmedMean(values);
        return mean.gte(Decimal.min(...values)) && mean.lte(Decimal.max(...values));
      }),
    );
  });

  it('does not depend on the order of the values', () => {
    fc.assert(
      fc.property(
        scoreLists.chain((values) => fc.tuple(fc.constant(values), fc.shuffledSubarray(values, { minLength: values.length, maxLength: values.length }))),
        ([values, shuffled]) => trimmedMean(values).equals(trimmedMean(shuffled)),
      ),
    );
  });

  it('shifts with the values: adding c to every value adds c to the mean', () => {
    // Compared to 30 places, not exactly: a non-terminating mean such as 78.5/3 keeps 40 significant digits,
    // so the last digit may differ when the integer part changes length.
    fc.assert(
      fc.property(scoreLists, fc.integer({ min: -50, max: 50 }), (values, c) =>
        trimmedMean(values.map((v) => v.plus(c)))
          .minus(trimmedMean(values).plus(c))
          .abs()
          .lt('1e-30'),
      ),
    );
  });

  // A random rubric (steps 0.1 to 2, maxima as whole multiples of their step) and random valid sheets on it.
  const rubrics = fc
    .array(fc.tuple(fc.constantFrom('0.1', '0.25', '0.5', '1', '2'), fc.integer({ min: 1, max: 60 })), { minLength: 1, maxLength: 6 })
    .map((parts): RubricCriterion[] => parts.map(([step, k], i) => ({ key: `c${i}`, title: `C${i}`, step, max: dec(step).times(k).toString() })));
  const sheetFor = (rubric: RubricCriterion[]) =>
    fc
      .tuple(...rubric.map((c) => fc.integer({ min: 0, max: dec(c.max).div(c.step).toNumber() })))
      .map((ks) => Object.fromEntries(rubric.map((c, i) => [c.key, dec(c.step).times(ks[i]).toString()])));

  it('gives a project review score within [0, 100] with at most 2 places for any valid sheets', () => {
    fc.assert(
      fc.property(
        rubrics.chain((rubric) => fc.tuple(fc.constant(rubric), fc.array(sheetFor(rubric), { minLength: 1, maxLength: 12 }))),
        ([rubric, sheets]) => {
          const totals = sheets.map((s) => sheetTotal(validateSheetScores(rubric, s)));
          const score = projectReviewScore(totals, rubric);
          return score.gte(0) && score.lte(100) && score.decimalPlaces() <= 2;
        },
      ),
    );
  });

  it('gives 100 for full marks and 0 for nothing on any rubric', () => {
    fc.assert(
      fc.property(rubrics, fc.integer({ min: 1, max: 9 }), (rubric, n) => {
        const max = sheetTotal(validateSheetScores(rubric, Object.fromEntries(rubric.map((c) => [c.key, c.max]))));
        return projectReviewScore(Array(n).fill(max), rubric).equals(100) && projectReviewScore(Array(n).fill(dec(0)), rubric).isZero();
      }),
    );
  });
});
