import { Result, Spin } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LinkButton } from './components/LinkButton';
import { Link, Navigate, Route, Routes, useLocation } from 'react-router';
import { useAuth } from './auth/AuthContext';
import type { Role } from './auth/session';
import { AppLayout } from './components/AppLayout';
import { CandidateHome } from './pages/candidate/CandidateHome';
import { MyCandidacy } from './pages/candidate/MyCandidacy';
import { publicDelegateRoutes } from './pages/delegate/routes';
import { expertRoutes } from './pages/expert/routes';
import { jurorRoutes, publicJurorRoutes } from './pages/juror/routes';
import { publicResultsRoutes } from './pages/public/routes';
import { CampaignForm } from './pages/organiser/CampaignForm';
import { CampaignList } from './pages/organiser/CampaignList';
import { CampaignPage } from './pages/organiser/CampaignPage';
import { SignIn } from './pages/SignIn';

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
  { path: '/campaigns', element: <CampaignList />, roles: ['organiser'], nav: { labelKey: 'nav.campaigns' } },
  { path: '/campaigns/new', element: <CampaignForm />, roles: ['organiser'], nav: { labelKey: 'nav.newCampaign' } },
  { path: '/campaigns/:campaignId', element: <CampaignPage />, roles: ['organiser'] },
  { path: '/campaigns/:campaignId/edit', element: <CampaignForm />, roles: ['organiser'] },
  { path: '/candidate', element: <CandidateHome />, roles: ['candidate'], nav: { labelKey: 'nav.myCandidacies' } },
  { path: '/candidate/campaigns/:campaignId', element: <MyCandidacy />, roles: ['candidate'] },
  ...expertRoutes,
  ...jurorRoutes,
];

/** Where a person lands after signing in: the first screen her roles open. */
export function homeFor(roles: Role[]): string {
  const first = appRoutes.find((r) => r.nav && r.roles.some((role) => roles.includes(role)));
  return first?.path ?? '/login';
}

function Guard({ route }: { route: AppRoute }) {
  const { session } = useAuth();
  const { t } = useTranslation();
  const location = useLocation();
  if (!session) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  if (!route.roles.some((r) => session.roles.includes(r))) {
    return <Result status="403" title="403" subTitle={t('app.forbidden')} extra={<Link to={homeFor(session.roles)}>{t('app.goHome')}</Link>} />;
  }
  return <>{route.element}</>;
}

function Home() {
  const { session } = useAuth();
  return <Navigate to={session ? homeFor(session.roles) : '/login'} replace />;
}

function NotFound() {
  const { t } = useTranslation();
  return (
    <Result
      status="404"
      title="404"
      subTitle={t('app.notFound')}
      extra={
        <LinkButton to="/" type="primary">{t('app.goHome')}</LinkButton>
      }
    />
  );
}

export function PageLoading() {
  return (
    <div style={{ padding: 48, textAlign: 'center' }}>
      <Spin size="large" />
    </div>
  );
}

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/login" element={<SignIn />} />
      {publicJurorRoutes.map((r) => (
        <Route key={r.path} path={r.path} element={r.element} />
      ))}
      {publicDelegateRoutes.map((r) => (
        <Route key={r.path} path={r.path} element={r.element} />
      ))}
      {publicResultsRoutes.map((r) => (
        <Route key={r.path} path={r.path} element={r.element} />
      ))}
      <Route element={<AppLayout />}>
        <Route index element={<Home />} />
        {appRoutes.map((r) => (
          <Route key={r.path} path={r.path} element={<Guard route={r} />} />
        ))}
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}
