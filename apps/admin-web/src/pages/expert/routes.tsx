import { lazyPage } from '../../lazyPage';
import type { AppRoute } from '../../appRoute';

/** The expert's screens: assignments per campaign, and one score sheet (with panel grade) per candidacy. */
export const expertRoutes: AppRoute[] = [
  { path: '/expert', element: lazyPage(() => import('./ExpertHome'), 'ExpertHome'), roles: ['expert'] },
  { path: '/expert/campaigns/:campaignId', element: lazyPage(() => import('./ExpertCampaign'), 'ExpertCampaign'), roles: ['expert'] },
  { path: '/expert/campaigns/:campaignId/candidacies/:candidacyId', element: lazyPage(() => import('./ScoreSheetPage'), 'ScoreSheetPage'), roles: ['expert'] },
];
