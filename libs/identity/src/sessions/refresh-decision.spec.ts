import { decideRefresh } from './refresh-decision';

const now = new Date('2026-12-01T10:00:00Z');
const live = { rotatedAt: null, revokedAt: null, expiresAt: new Date('2026-12-10T00:00:00Z') };

describe('refresh token rotation', () => {
  it('rotates a live token', () => {
    expect(decideRefresh(live, now)).toEqual({ outcome: 'rotate' });
  });

  it('an unknown token is refused and revokes nothing', () => {
    expect(decideRefresh(undefined, now)).toEqual({ outcome: 'refuse', revokeFamily: false });
  });

  it('a token already rotated is a reuse: someone holds a stolen copy, so the whole family is revoked', () => {
    expect(decideRefresh({ ...live, rotatedAt: new Date('2026-12-01T09:00:00Z') }, now)).toEqual({ outcome: 'refuse', revokeFamily: true });
  });

  it('a token of a revoked family is refused', () => {
    expect(decideRefresh({ ...live, revokedAt: new Date('2026-12-01T09:00:00Z') }, now)).toEqual({ outcome: 'refuse', revokeFamily: false });
  });

  it('an expired token is refused', () => {
    expect(decideRefresh({ ...live, expiresAt: now }, now)).toEqual({ outcome: 'refuse', revokeFamily: false });
  });
});
