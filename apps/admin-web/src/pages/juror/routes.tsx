import type { ReactNode } from 'react';
import type { AppRoute } from '../../routes';
import { JurorHome } from './JurorHome';
import { JuryVote } from './JuryVote';
import { ReceiptCheck } from './ReceiptCheck';

/** The signed-in juror's screen: where to type her code. */
export const jurorRoutes: AppRoute[] = [{ path: '/ballot', element: <JurorHome />, roles: ['juror'], nav: { labelKey: 'nav.ballot' } }];

/** Reached without signing in: the ballot (one-time code or QR link) and the public receipt check. */
export const publicJurorRoutes: { path: string; element: ReactNode }[] = [
  { path: '/jury/vote', element: <JuryVote /> },
  { path: '/jury/receipt', element: <ReceiptCheck /> },
];
