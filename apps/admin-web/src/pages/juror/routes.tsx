import type { ReactNode } from 'react';
import { lazyPage } from '../../lazyPage';
import type { AppRoute } from '../../appRoute';

/** The signed-in juror's screen: where to type her code. */
export const jurorRoutes: AppRoute[] = [{ path: '/ballot', element: lazyPage(() => import('./JurorHome'), 'JurorHome'), roles: ['juror'] }];

/** Reached without signing in: the ballot (one-time code or QR link) and the public receipt check. */
export const publicJurorRoutes: { path: string; element: ReactNode }[] = [
  { path: '/jury/vote', element: lazyPage(() => import('./JuryVote'), 'JuryVote') },
  { path: '/jury/receipt', element: lazyPage(() => import('./ReceiptCheck'), 'ReceiptCheck') },
];
