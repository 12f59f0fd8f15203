import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { request, setUnauthorisedHandler } from '../api/client';
import { clearSession, getSession, saveSession, type Role, type Session } from './session';

interface AuthState {
  session: Session | null;
  login(input: { userId: string; name: string; roles: Role[] }): Promise<Session>;
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

  const logout = useCallback(() => {
    clearSession();
    setSession(null);
  }, []);

  const value = useMemo<AuthState>(
    () => ({ session, login, logout, hasRole: (role: Role) => !!session?.roles.includes(role) }),
    [session, login, logout],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const ctx = useContext(AuthContext);
  if (!ctx) throw new Error('useAuth outside AuthProvider');
  return ctx;
}
