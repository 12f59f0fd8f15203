import type { ReactNode } from 'react';
import { lazyPage } from '../../lazyPage';

/** Reached without signing in: a congress delegate's ballot (one-time code, or the QR link on her slip). */
export const publicDelegateRoutes: { path: string; element: ReactNode }[] = [
  { path: '/delegate/vote', element: lazyPage(() => import('./DelegateVote'), 'DelegateVote') },
];
