import { Card, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LanguageSwitch } from '../../components/LanguageSwitch';

/**
 * The frame of the sign-in and account pages: a card centred on the page, with the title and the language switch;
 * `backToSignIn` ends it with the way back to the sign-in page.
 */
export function AccountCard({ title, backToSignIn = false, children }: { title: string; backToSignIn?: boolean; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <main id="main" style={{ minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center', padding: 16 }}>
      <Card style={{ width: '100%', maxWidth: 520 }}>
        <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 8, flexWrap: 'wrap' }}>
          <Typography.Title level={1} style={{ margin: 0, fontSize: 28 }}>
            {t('app.name')} · {title}
          </Typography.Title>
          <LanguageSwitch />
        </div>
        <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
          {t('app.subtitle')}
        </Typography.Paragraph>
        {children}
        {backToSignIn && (
          <Typography.Paragraph style={{ marginTop: 16, marginBottom: 0 }}>
            <Link to="/login">{t('accounts.backToSignIn')}</Link>
          </Typography.Paragraph>
        )}
      </Card>
    </main>
  );
}
