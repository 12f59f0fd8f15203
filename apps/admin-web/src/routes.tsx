import { Navigate, Route, Routes, useLocation } from 'react-router';
import { useAuth } from './auth/AuthContext';
import type { AppRoute } from './appRoute';
import { loadScreenTexts } from './i18n';
import { lazyPage } from './lazyPage';
import { publicAccountRoutes } from './pages/account/routes';
import { publicDelegateRoutes } from './pages/delegate/routes';
import { expertRoutes } from './pages/expert/routes';
import { jurorRoutes, publicJurorRoutes } from './pages/juror/routes';
import { publicResultsRoutes } from './pages/public/routes';
import { homeFor } from './menu';

/**
 * Every signed-in screen. Feature folders (pages/expert, pages/juror, …) export their own AppRoute lists, so a new
 * stage's screens slot in here with one line (and in menu.ts when it is a start screen).
 */
const appRoutes: AppRoute[] = [
  { path: '/campaigns', element: lazyPage(() => import('./pages/organiser/CampaignList'), 'CampaignList'), roles: ['organiser'] },
  { path: '/campaigns/new', element: lazyPage(() => import('./pages/organiser/CampaignForm'), 'CampaignForm'), roles: ['organiser'] },
  { path: '/organisations', element: lazyPage(() => import('./pages/organiser/OrganisationsPage'), 'OrganisationsPage'), roles: ['organiser'] },
  { path: '/campaigns/:campaignId', element: lazyPage(() => import('./pages/organiser/CampaignPage'), 'CampaignPage'), roles: ['organiser'] },
  { path: '/campaigns/:campaignId/edit', element: lazyPage(() => import('./pages/organiser/CampaignForm'), 'CampaignForm'), roles: ['organiser'] },
  { path: '/candidate', element: lazyPage(() => import('./pages/candidate/CandidateHome'), 'CandidateHome'), roles: ['candidate'] },
  { path: '/candidate/campaigns/:campaignId', element: lazyPage(() => import('./pages/candidate/MyCandidacy'), 'MyCandidacy'), roles: ['candidate'] },
  ...expertRoutes,
  ...jurorRoutes,
  { path: '/my-data', element: lazyPage(() => import('./pages/personal-data/MyData'), 'MyData'), roles: ['organiser', 'candidate', 'expert'] },
];

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
