import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { anonymousRequest, request, setUnauthorisedHandler } from '../api/client';
import { clearSession, getSession, saveSession, type Role, type Session } from './session';

interface AuthState {
  session: Session | null;
  login(input: { userId: string; name: string; roles: Role[] }): Promise<Session>;
  /** Signs a real account in; the api's 401 `sign-in.totp-required` means: ask for the authenticator code. */
  signInWithPassword(input: { login: string; password: string; totp?: string }): Promise<Session>;
  /** Signs in with the one-time code single sign-on left in the address (#ssoCode=…). */
  signInWithSsoCode(code: string): Promise<Session>;
  logout(): void;
  hasRole(role: Role): boolean;
}

const AuthContext = createContext<AuthState | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session | null>(() => getSession());

  useEffect(() => {
    setUnauthorisedHandler(() => setSession(null));
  }, []);

  const login = useCallback(async (input: { userId: string; name: string; roles: Role[] }) => {
    const res = await request<{ token: string; userId: string; roles: Role[] }>('POST', '/auth/dev-login', {
      userId: input.userId || undefined,
      name: input.name || undefined,
      roles: input.roles,
    });
    const next: Session = { token: res.token, userId: res.userId, roles: res.roles, name: input.name || res.userId };
    saveSession(next);
    setSession(next);
    return next;
  }, []);

  const startSession = useCallback(async (tokens: { accessToken: string; refreshToken: string; expiresIn: number }) => {
    const me = await anonymousRequest<{ id: string; name: string; roles: Role[] }>('GET', '/auth/me', undefined, {
      authorization: `Bearer ${tokens.accessToken}`,
    });
    const next: Session = {
      token: tokens.accessToken,
      refreshToken: tokens.refreshToken,
      expiresAt: Date.now() + tokens.expiresIn * 1000,
      userId: me.id,
      name: me.name,
      roles: me.roles,
    };
    saveSession(next);
    setSession(next);
    return next;
  }, []);

  const signInWithPassword = useCallback(
    async (input: { login: string; password: string; totp?: string }) =>
      startSession(
        await anonymousRequest<{ accessToken: string; refreshToken: string; expiresIn: number }>('POST', '/auth/sign-in', {
          login: input.login,
          password: input.password,
          ...(input.totp ? { totp: input.totp } : {}),
        }),
      ),
    [startSession],
  );

  const signInWithSsoCode = useCallback(
    async (code: string) =>
      startSession(await anonymousRequest<{ accessToken: string; refreshToken: string; expiresIn: number }>('POST', '/auth/oidc/exchange', { code })),
    [startSession],
  );

  const logout = useCallback(() => {
    // A real account's session is ended at the api too, so that its tokens are refused from now on.
    const ending = getSession();
    if (ending?.refreshToken) void anonymousRequest('POST', '/auth/sign-out', undefined, { authorization: `Bearer ${ending.token}` }).catch(() => undefined);
    clearSession();
    setSession(null);
  }, []);

  const value = useMemo<AuthState>(
    () => ({ session, login, signInWithPassword, signInWithSsoCode, logout, hasRole: (role: Role) => !!session?.roles.includes(role) }),
    [session, login, signInWithPassword, signInWithSsoCode, logout],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const ctx = useContext(AuthContext);
  if (!ctx) throw new Error('useAuth outside AuthProvider');
  return ctx;
}
