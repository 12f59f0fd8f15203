export type Role = 'organiser' | 'expert' | 'juror' | 'delegate' | 'candidate' | 'inspector' | 'counting-officer';
export const ROLES: Role[] = ['organiser', 'candidate', 'expert', 'juror', 'delegate', 'inspector', 'counting-officer'];

export interface Session {
  token: string;
  userId: string;
  name: string;
  roles: Role[];
  /** A real account's session: the refresh token, and when (ms since epoch) the access token expires. */
  refreshToken?: string;
  expiresAt?: number;
}

const KEY = 'open-selection.session';

export function getSession(): Session | null {
  try {
    const raw = localStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as Session) : null;
  } catch {
    return null;
  }
}

export function saveSession(session: Session): void {
  localStorage.setItem(KEY, JSON.stringify(session));
}

export function clearSession(): void {
  localStorage.removeItem(KEY);
}
