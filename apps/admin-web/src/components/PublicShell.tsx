import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './LanguageSwitch';

/**
 * The frame of every page reached without signing in (juror and delegate ballots, receipt check, public results):
 * the name, the language switch, and the content — phone-narrow unless `wide`.
 */
export function PublicShell({ children, wide = false }: { children: ReactNode; wide?: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="jury-page">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="jury-header">
        <span className="app-brand">{t('app.name')}</span>
        <LanguageSwitch />
      </header>
      <main id="main" className={wide ? 'app-main' : 'jury-main'}>
        {children}
      </main>
    </div>
  );
}
