/**
 * JSON with object keys sorted at every depth, so that the same data always gives the same bytes and so the
 * same hash, whoever serialises it.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  // A value that says how it is written as JSON (an exact Decimal in a quota violation: its digits as text) is
  // hashed as it is stored, not by its inner fields; otherwise the stored event would no longer match its hash.
  if (value && typeof value === 'object' && !(value instanceof Date) && typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    return sortKeys((value as { toJSON: () => unknown }).toJSON());
  }
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    // No prototype: a key named "__proto__" (valid JSON) is then an ordinary key, not a prototype change.
    const out: Record<string, unknown> = Object.create(null);
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = sortKeys(v);
    }
    return out;
  }
  return value;
}
