import { clearSession, getSession, saveSession, type Session } from './session';

/** Refreshed this long before the access token expires, so that no request goes out with a token about to lapse. */
const REFRESH_MARGIN_MS = 60_000;

let refreshing: Promise<Session | null> | null = null;

/**
 * The session to send a request with: a real account's access token is exchanged (through its refresh token) when
 * it is about to expire. One exchange at a time: a refresh token is good once, and two tabs' or two requests'
 * exchanges would look like a stolen token to the api and end the session. Null when the session has ended.
 */
export async function currentSession(): Promise<Session | null> {
  const session = getSession();
  if (!session?.refreshToken || !session.expiresAt || session.expiresAt - Date.now() > REFRESH_MARGIN_MS) return session;
  refreshing ??= refresh(session).finally(() => {
    refreshing = null;
  });
  return refreshing;
}

async function refresh(session: Session): Promise<Session | null> {
  const res = await fetch('/auth/refresh', {
    method: 'POST',
    headers: { accept: 'application/json', 'content-type': 'application/json' },
    body: JSON.stringify({ refreshToken: session.refreshToken }),
  });
  if (!res.ok) {
    clearSession();
    return null;
  }
  const tokens = (await res.json()) as { accessToken: string; refreshToken: string; expiresIn: number };
  const next: Session = { ...session, token: tokens.accessToken, refreshToken: tokens.refreshToken, expiresAt: Date.now() + tokens.expiresIn * 1000 };
  saveSession(next);
  return next;
}
