export interface RefreshTokenState {
  readonly rotatedAt: Date | null;
  readonly revokedAt: Date | null;
  readonly expiresAt: Date;
}

export type RefreshDecision = { readonly outcome: 'rotate' } | { readonly outcome: 'refuse'; readonly revokeFamily: boolean };

/**
 * What to do with a presented refresh token. Each token may be used once: a token already exchanged that comes
 * back means two parties hold it (the rightful client has moved on to its successor), so every token of that
 * sign-in is revoked and both must sign in again.
 */
export function decideRefresh(token: RefreshTokenState | undefined, now: Date): RefreshDecision {
  if (!token || token.revokedAt) return { outcome: 'refuse', revokeFamily: false };
  if (token.rotatedAt) return { outcome: 'refuse', revokeFamily: true };
  if (token.expiresAt.getTime() <= now.getTime()) return { outcome: 'refuse', revokeFamily: false };
  return { outcome: 'rotate' };
}
