import Decimal from 'decimal.js';

/**
 * Exact arithmetic for every number that decides an outcome.
 *
 * Scores are decimals, never binary floats. The documented rounding: a part score (project review, panel,
 * jury) is rounded to 2 decimal places, half up; the composite is computed exactly from the rounded parts
 * and weights (at most 4 decimal places) and compared exactly.
 */
export const ExactDecimal = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export type ExactDecimal = Decimal;

export type DecimalInput = Decimal.Value;

export const dec = (value: DecimalInput): Decimal => new ExactDecimal(value);

/** Rounds a part score to the published precision (2 decimal places, half up). */
export const roundPartScore = (value: Decimal): Decimal => value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);

/** The canonical text of a score as stored and returned by the API: fixed 2 decimal places. */
export const formatScore = (value: Decimal, places = 2): string => value.toFixed(places, Decimal.ROUND_HALF_UP);

/** True when `value` is a whole multiple of `step` (both exact). */
export const isMultipleOf = (value: Decimal, step: Decimal): boolean => step.isZero() || value.mod(step).isZero();

export const sum = (values: readonly Decimal[]): Decimal => values.reduce((acc, v) => acc.plus(v), dec(0));
