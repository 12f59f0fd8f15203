import type { Rule } from 'antd/es/form';
import type { TFunction } from 'i18next';

/** What a number field accepts: a range, and the step it moves in (1: whole numbers; 0.5: halves). */
export interface NumberLimits {
  min: string | number;
  /** No upper limit when left out. */
  max?: string | number;
  /** Default 1. */
  step?: string | number;
}

export type NumberProblem = 'not-a-number' | 'out-of-range' | 'off-step';

const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

const places = (text: string) => (text.includes('.') ? text.length - text.indexOf('.') - 1 : 0);

/** The number as an integer count of 10^-scale: exact, where a float would round 0.1 + 0.2. */
const scaled = (text: string, scale: number): bigint => {
  const negative = text.startsWith('-');
  const [whole, frac = ''] = text.replace('-', '').split('.');
  const n = BigInt(whole + frac.padEnd(scale, '0'));
  return negative ? -n : n;
};

/**
 * Checks exactly what was typed, without rounding or clamping it first: "31" in a 0–30 box is out of range (not
 * 30), "80.5" in a whole-number box is off-step (not 81). Empty is no problem here (required is its own rule).
 */
export function numberProblem(value: unknown, limits: NumberLimits): NumberProblem | null {
  if (value === undefined || value === null) return null;
  const text = String(value).trim();
  if (text === '') return null;
  if (!PLAIN_NUMBER.test(text)) return 'not-a-number';
  const min = String(limits.min);
  const max = limits.max === undefined ? undefined : String(limits.max);
  const step = String(limits.step ?? 1);
  const scale = Math.max(places(text), places(min), places(max ?? '0'), places(step));
  const n = scaled(text, scale);
  if (n < scaled(min, scale) || (max !== undefined && n > scaled(max, scale))) return 'out-of-range';
  if ((n - scaled(min, scale)) % scaled(step, scale) !== 0n) return 'off-step';
  return null;
}

/** The rule in words, naming the limits and the precision: the same sentence whatever was wrong. */
export function numberLimitsMessage(t: TFunction, limits: NumberLimits): string {
  const step = String(limits.step ?? 1);
  const values = { min: String(limits.min), max: limits.max === undefined ? undefined : String(limits.max), step, places: places(step) };
  const whole = step === '1';
  if (values.max === undefined) return t(whole ? 'forms.number.wholeAtLeast' : 'forms.number.stepAtLeast', values);
  return t(whole ? 'forms.number.wholeBetween' : 'forms.number.stepBetween', values);
}

/** A form rule for a NumberInput: refuses what does not fit, with the sentence above; the value stays as typed. */
export const numberRule = (t: TFunction, limits: NumberLimits): Rule => ({
  validator: (_, value) => (numberProblem(value, limits) ? Promise.reject(new Error(numberLimitsMessage(t, limits))) : Promise.resolve()),
});
