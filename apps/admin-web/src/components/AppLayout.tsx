import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Grid, Menu } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { useAuth } from '../auth/AuthContext';
import { menuFor } from '../menu';
import { LanguageSwitch } from './LanguageSwitch';
import { StatusTag } from './StatusTag';

export function AppLayout() {
  const { t } = useTranslation();
  const { session, logout } = useAuth();
  const location = useLocation();
  const screens = Grid.useBreakpoint();
  const navItems = session ? menuFor(session.roles).map((entry) => ({ key: entry.path, label: <Link to={entry.path}>{t(entry.labelKey)}</Link> })) : [];
  const selected = navItems
    .map((i) => i.key)
    .filter((k) => location.pathname === k || location.pathname.startsWith(`${k}/`))
    .sort((a, b) => b.length - a.length)
    .slice(0, 1);

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <Link to="/" className="app-brand">
          {t('app.name')}
        </Link>
        {navItems.length > 0 && (
          <nav aria-label={t('app.mainNav')} className="app-nav" style={{ flexBasis: screens.md ? 'auto' : '100%', order: screens.md ? 0 : 3 }}>
            <Menu mode="horizontal" items={navItems} selectedKeys={selected} style={{ borderBottom: 'none', fontSize: 16 }} />
          </nav>
        )}
        <div className="app-user" style={{ marginLeft: 'auto' }}>
          <LanguageSwitch />
          {session && (
            <>
              <span>
                <UserOutlined aria-hidden /> {session.name}
              </span>
              {session.roles.map((r) => (
                <StatusTag key={r} colour="magenta">
                  {t(`roles.${r}`)}
                </StatusTag>
              ))}
              <Button icon={<LogoutOutlined aria-hidden />} onClick={logout}>
                {screens.sm ? t('app.signOut') : <span className="sr-only">{t('app.signOut')}</span>}
              </Button>
            </>
          )}
        </div>
      </header>
      <main id="main" className="app-main">
        <Outlet />
      </main>
    </>
  );
}
