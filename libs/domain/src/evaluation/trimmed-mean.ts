import Decimal from 'decimal.js';
import { dec, roundPartScore, sum } from '../shared/score';
import { invalid } from '../shared/domain-error';
import { DEFAULT_REVIEW_RUBRIC, RubricCriterion, rubricMaxTotal } from './rubric';

/** From this many scores on, one highest and one lowest are dropped (去掉一个最高分和一个最低分). */
export const TRIM_THRESHOLD = 5;

/**
 * The scores that count and how many there are, before any division. Kept apart from the mean so that the
 * project review score can divide once (by count × scale) instead of dividing twice and rounding in between.
 */
function keptSum(values: readonly Decimal[]): { total: Decimal; count: number } {
  if (values.length === 0) throw invalid('aggregate.no-scores', 'There are no scores to aggregate.');
  // NaN would sort anywhere and poison the sum without an error.
  if (values.some((v) => !v.isFinite())) throw invalid('aggregate.not-a-number', 'A score to aggregate is not a finite number.');
  if (values.length < TRIM_THRESHOLD) return { total: sum(values), count: values.length };
  // Exactly one copy of the highest and of the lowest goes, even when tied: with scores 90, 90, 80, 70, 60
  // one 90 still counts. Removing every tied copy would let a single tie wipe out half a small panel.
  const sorted = [...values].sort((a, b) => a.comparedTo(b));
  return { total: sum(sorted.slice(1, -1)), count: sorted.length - 2 };
}

/**
 * The documented aggregate of several raters' scores: with at least 5 scores, drop one highest and one lowest
 * and average the rest; otherwise average all. Not rounded: rounding belongs to the part score only.
 * The mean is exact whenever it terminates (it does for step-0.5 scores over 2^a·5^b raters); otherwise it
 * carries 40 significant digits, far more than the 2 places a part score is ever rounded to.
 */
export function trimmedMean(values: readonly Decimal[]): Decimal {
  const { total, count } = keptSum(values);
  return total.div(count);
}

/**
 * A candidate's project review part score, on the 0–100 scale the composite expects, rounded to 2 places.
 * Sheet totals are on the rubric's scale; the default rubric's maxima sum to 100, so nothing changes. When an
 * organiser configures a rubric whose maxima sum to something else (e.g. 50), the trimmed mean is scaled by
 * 100 / rubric maximum before rounding, so a full-marks sheet is worth 100 whichever rubric was used.
 * Totals outside [0, rubric maximum] cannot come from validated sheets and are refused rather than clamped.
 */
export function projectReviewScore(sheetTotals: readonly Decimal[], rubric: readonly RubricCriterion[] = DEFAULT_REVIEW_RUBRIC): Decimal {
  const scale = rubricMaxTotal(rubric);
  sheetTotals.forEach((t, i) => {
    if (t.isNaN() || t.lessThan(0) || t.greaterThan(scale)) {
      throw invalid('review.total-out-of-range', `Sheet total ${t.toString()} lies outside 0–${scale.toString()}.`, `sheetTotals.${i}`);
    }
  });
  const { total, count } = keptSum(sheetTotals);
  return roundPartScore(dec(total).times(100).div(scale.times(count)));
}
