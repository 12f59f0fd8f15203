import type { AppRoute } from '../../routes';
import { ExpertCampaign } from './ExpertCampaign';
import { ExpertHome } from './ExpertHome';
import { ScoreSheetPage } from './ScoreSheetPage';

/** The expert's screens: assignments per campaign, and one score sheet (with panel grade) per candidacy. */
export const expertRoutes: AppRoute[] = [
  { path: '/expert', element: <ExpertHome />, roles: ['expert'], nav: { labelKey: 'nav.assignments' } },
  { path: '/expert/campaigns/:campaignId', element: <ExpertCampaign />, roles: ['expert'] },
  { path: '/expert/campaigns/:campaignId/candidacies/:candidacyId', element: <ScoreSheetPage />, roles: ['expert'] },
];
