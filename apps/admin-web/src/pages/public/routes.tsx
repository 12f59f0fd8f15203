import type { ReactNode } from 'react';
import { PublicNotice } from './PublicNotice';
import { PublicResults } from './PublicResults';

/** Reached without signing in: a campaign's published result and its publicity notice (公示). */
export const publicResultsRoutes: { path: string; element: ReactNode }[] = [
  { path: '/public/results/:campaignId', element: <PublicResults /> },
  { path: '/public/results/:campaignId/notice', element: <PublicNotice /> },
];
