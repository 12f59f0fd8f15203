import type { ReactNode } from 'react';
import { lazyPage } from '../../lazyPage';

/** Reached without signing in: a campaign's published result and its publicity notice (公示). */
export const publicResultsRoutes: { path: string; element: ReactNode }[] = [
  { path: '/public/results/:campaignId', element: lazyPage(() => import('./PublicResults'), 'PublicResults') },
  { path: '/public/results/:campaignId/notice', element: lazyPage(() => import('./PublicNotice'), 'PublicNotice') },
];
