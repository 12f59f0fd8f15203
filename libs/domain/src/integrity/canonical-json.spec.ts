import Decimal from 'decimal.js';
import { canonicalJson } from './canonical-json';
import { eventHash, GENESIS_HASH } from './event-hash';

describe('canonicalJson', () => {
  it('writes an exact decimal as it is stored (its digits), so an event holding one still matches its hash once stored', () => {
    const payload = { quotaViolations: [{ limitPercent: new Decimal('30'), actualSharePercent: new Decimal('16.666666666666666667') }] };
    const stored = JSON.parse(JSON.stringify(payload));
    expect(canonicalJson(payload)).toBe('{"quotaViolations":[{"actualSharePercent":"16.666666666666666667","limitPercent":"30"}]}');
    expect(canonicalJson(payload)).toBe(canonicalJson(stored));
  });
  it('keeps a key named "__proto__" as an ordinary key (JSON allows it), so it is hashed like any other', () => {
    const parsed = JSON.parse('{"b":1,"__proto__":{"x":2}}');
    expect(canonicalJson(parsed)).toBe('{"__proto__":{"x":2},"b":1}');
    expect(canonicalJson(JSON.parse('{"__proto__":{"x":3},"b":1}'))).not.toBe(canonicalJson(parsed));
  });
  it.each([
    [{ b: 1, a: 2 }, '{"a":2,"b":1}'],
    [{ z: { y: 1, x: [{ d: 1, c: 2 }] } }, '{"z":{"x":[{"c":2,"d":1}],"y":1}}'],
    [{ a: undefined, b: null }, '{"b":null}'],
    ['文字', '"文字"'],
  ])('%j → %s', (input, expected) => {
    expect(canonicalJson(input)).toBe(expected);
  });
});

describe('eventHash', () => {
  const fields = { campaignId: 'c', version: 1, type: 'T', payload: { a: 1 }, actorId: 'u', occurredAt: '2026-01-01T00:00:00.000Z', prevHash: GENESIS_HASH };
  it('is stable for equal content whatever the key order', () => {
    expect(eventHash(fields)).toBe(eventHash({ ...fields, payload: { a: 1 } }));
    expect(eventHash(fields)).toMatch(/^[0-9a-f]{64}$/);
  });
  it('changes when any field changes', () => {
    expect(eventHash({ ...fields, version: 2 })).not.toBe(eventHash(fields));
    expect(eventHash({ ...fields, payload: { a: 2 } })).not.toBe(eventHash(fields));
    expect(eventHash({ ...fields, prevHash: 'f'.repeat(64) })).not.toBe(eventHash(fields));
  });
});
