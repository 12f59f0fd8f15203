/** Exact arithmetic on the api's decimal text (≤ 2 decimals): integer hundredths, never a float sum. */
const DECIMAL = /^\d{1,12}(\.\d{1,2})?$/;

export function toHundredths(value: unknown): number | null {
  const s = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
  if (!DECIMAL.test(s)) return null;
  const [whole, frac = ''] = s.split('.');
  return Number(whole) * 100 + Number(frac.padEnd(2, '0'));
}

export function fromHundredths(n: number): string {
  const whole = Math.trunc(n / 100);
  const frac = n % 100;
  return frac === 0 ? String(whole) : `${whole}.${String(frac).padStart(2, '0').replace(/0$/, '')}`;
}

/** The exact sum of decimal texts, or null when one of them is not a number. */
export function sumDecimals(values: unknown[]): string | null {
  let total = 0;
  for (const v of values) {
    const h = toHundredths(v);
    if (h === null) return null;
    total += h;
  }
  return fromHundredths(total);
}
