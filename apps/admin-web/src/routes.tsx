import type { ReactNode } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { useAuth } from './auth/AuthContext';
import type { Role } from './auth/session';
import { loadScreenTexts } from './i18n';
import { lazyPage } from './lazyPage';
import { publicAccountRoutes } from './pages/account/routes';
import { publicDelegateRoutes } from './pages/delegate/routes';
import { expertRoutes } from './pages/expert/routes';
import { jurorRoutes, publicJurorRoutes } from './pages/juror/routes';
import { publicResultsRoutes } from './pages/public/routes';

export { PageLoading } from './components/PageLoading';

/** One screen of the app: where it lives, who may open it, and whether it shows in the top menu. */
export interface AppRoute {
  path: string;
  element: ReactNode;
  roles: Role[];
  nav?: { labelKey: string };
}

/**
 * Every signed-in screen. Feature folders (pages/expert, pages/juror, …) export their own AppRoute lists, so a new
 * stage's screens slot in here with one line.
 */
export const appRoutes: AppRoute[] = [
  { path: '/campaigns', element: lazyPage(() => import('./pages/organiser/CampaignList'), 'CampaignList'), roles: ['organiser'], nav: { labelKey: 'nav.campaigns' } },
  { path: '/campaigns/new', element: lazyPage(() => import('./pages/organiser/CampaignForm'), 'CampaignForm'), roles: ['organiser'], nav: { labelKey: 'nav.newCampaign' } },
  { path: '/organisations', element: lazyPage(() => import('./pages/organiser/OrganisationsPage'), 'OrganisationsPage'), roles: ['organiser'], nav: { labelKey: 'organisations.nav' } },
  { path: '/campaigns/:campaignId', element: lazyPage(() => import('./pages/organiser/CampaignPage'), 'CampaignPage'), roles: ['organiser'] },
  { path: '/campaigns/:campaignId/edit', element: lazyPage(() => import('./pages/organiser/CampaignForm'), 'CampaignForm'), roles: ['organiser'] },
  { path: '/candidate', element: lazyPage(() => import('./pages/candidate/CandidateHome'), 'CandidateHome'), roles: ['candidate'], nav: { labelKey: 'nav.myCandidacies' } },
  { path: '/candidate/campaigns/:campaignId', element: lazyPage(() => import('./pages/candidate/MyCandidacy'), 'MyCandidacy'), roles: ['candidate'] },
  ...expertRoutes,
  ...jurorRoutes,
  // Last, and only for roles with a screen of their own before it, so that no one's start page changes.
  { path: '/my-data', element: lazyPage(() => import('./pages/personal-data/MyData'), 'MyData'), roles: ['organiser', 'candidate', 'expert'], nav: { labelKey: 'nav.myData' } },
];

/** Where a person lands after signing in: the first screen her roles open. */
export function homeFor(roles: Role[]): string {
  const first = appRoutes.find((r) => r.nav && r.roles.some((role) => roles.includes(role)));
  return first?.path ?? '/login';
}

// Result's illustrations are large: these two screens come only when needed.
const forbidden = lazyPage(() => import('./pages/Forbidden'), 'Forbidden');
const notFound = lazyPage(() => import('./pages/NotFound'), 'NotFound');

function Guard({ route }: { route: AppRoute }) {
  const { session } = useAuth();
  const location = useLocation();
  if (!session) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  if (!route.roles.some((r) => session.roles.includes(r))) return forbidden;
  return <>{route.element}</>;
}

function Home() {
  const { session } = useAuth();
  return <Navigate to={session ? homeFor(session.roles) : '/login'} replace />;
}

/**
 * Query cache, sign-in and antd's App context, the signed-in frame and the sign-in page, and the texts of those
 * screens: none is needed on a ballot page.
 */
const appProviders = lazyPage(() => Promise.all([import('./AppProviders'), loadScreenTexts()]).then(([providers]) => providers), 'AppProviders');
const appLayout = lazyPage(() => import('./components/AppLayout'), 'AppLayout');
const signIn = lazyPage(() => import('./pages/SignIn'), 'SignIn');

export function AppRoutes() {
  return (
    <Routes>
      {[...publicJurorRoutes, ...publicDelegateRoutes].map((r) => (
        <Route key={r.path} path={r.path} element={r.element} />
      ))}
      <Route element={appProviders}>
        <Route path="/login" element={signIn} />
        {[...publicAccountRoutes, ...publicResultsRoutes].map((r) => (
          <Route key={r.path} path={r.path} element={r.element} />
        ))}
        <Route element={appLayout}>
          <Route index element={<Home />} />
          {appRoutes.map((r) => (
            <Route key={r.path} path={r.path} element={<Guard route={r} />} />
          ))}
          <Route path="*" element={notFound} />
        </Route>
      </Route>
    </Routes>
  );
}
