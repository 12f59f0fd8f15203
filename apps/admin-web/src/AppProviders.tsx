import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp } from 'antd';
import { Outlet } from 'react-router';
import { AuthProvider } from './auth/AuthContext';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: { retry: 1, refetchOnWindowFocus: true, staleTime: 5_000 },
  },
});

/**
 * What every screen but the two ballot pages needs: the query cache, the signed-in person, and antd's App (context
 * for message, notification and modal). Loaded with the first such screen, so that a juror's or delegate's phone
 * downloads none of it.
 */
export function AppProviders() {
  return (
    <QueryClientProvider client={queryClient}>
      <AuthProvider>
        <AntApp>
          <Outlet />
        </AntApp>
      </AuthProvider>
    </QueryClientProvider>
  );
}
