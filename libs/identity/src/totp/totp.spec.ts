import { base32Decode, base32Encode, totpAt, verifyTotp } from './totp';

// RFC 6238 appendix B: the SHA-1 secret is the ASCII of "12345678901234567890"; 8-digit values, 30 s steps.
const RFC_SECRET = Buffer.from('12345678901234567890', 'ascii');

describe('TOTP (RFC 6238)', () => {
  it.each([
    [59, '94287082'],
    [1111111109, '07081804'],
    [1111111111, '14050471'],
    [1234567890, '89005924'],
    [2000000000, '69279037'],
  ])('at %i s gives the RFC value %s', (seconds, expected) => {
    expect(totpAt(RFC_SECRET, seconds * 1000, 8)).toBe(expected);
  });

  it('round-trips base32 secrets as authenticator apps read them', () => {
    const encoded = base32Encode(RFC_SECRET);
    expect(encoded).toBe('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ');
    expect(base32Decode(encoded).equals(RFC_SECRET)).toBe(true);
  });

  it('accepts the current code and the neighbouring step (clock drift), not older ones', () => {
    const t = 1_700_000_000_000;
    expect(verifyTotp(RFC_SECRET, totpAt(RFC_SECRET, t), t)).toBe(true);
    expect(verifyTotp(RFC_SECRET, totpAt(RFC_SECRET, t - 30_000), t)).toBe(true);
    expect(verifyTotp(RFC_SECRET, totpAt(RFC_SECRET, t - 90_000), t)).toBe(false);
    expect(verifyTotp(RFC_SECRET, 'abcdef', t)).toBe(false);
  });
});
