import Decimal from 'decimal.js';
import { dec, DecimalInput } from '../shared/score';
import { invalid, type RefusalParams } from '../shared/domain-error';

// Plain decimal notation only: decimal.js would also read "0x1e" or "1e1", which no score form produces and
// which would make a typo silently count as a different number.
const PLAIN_DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/**
 * Turns user-supplied text or a number into an exact decimal, or a DomainError naming the field.
 * decimal.js throws its own untyped error on bad text and accepts NaN/Infinity from numbers; neither may
 * reach a score, and the transport must be able to answer 422 with the field at fault.
 */
export function parseFiniteDecimal(value: DecimalInput, code: string, message: string, field?: string, params?: RefusalParams): Decimal {
  let parsed: Decimal;
  if (typeof value === 'string') {
    const text = value.trim();
    if (!PLAIN_DECIMAL.test(text)) throw invalid(code, message, field, params);
    parsed = dec(text);
  } else if (typeof value === 'number' || Decimal.isDecimal(value)) {
    parsed = dec(value);
  } else {
    // Untyped JSON can smuggle in booleans, objects or null.
    throw invalid(code, message, field, params);
  }
  if (!parsed.isFinite()) throw invalid(code, message, field, params);
  // A "-0" would print with a minus sign in some paths and read like a penalty.
  return parsed.isZero() ? dec(0) : parsed;
}
