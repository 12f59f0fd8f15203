import { Alert, Button, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { anonymousRequest } from '../../api/client';
import { errorMessage } from '../../components/apiErrors';
import { AccountCard } from './AccountCard';

/** Asks for a reset link; the answer never says whether the login exists. */
export function ForgotPassword() {
  const { t } = useTranslation();
  const [sent, setSent] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const onFinish = async ({ login }: { login: string }) => {
    setError(null);
    setBusy(true);
    try {
      await anonymousRequest('POST', '/auth/password-reset', { login: login.trim() });
      setSent(true);
    } catch (err) {
      setError(errorMessage(t, err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <AccountCard title={t('accounts.forgotTitle')}>
      {sent ? (
        <Alert type="success" showIcon title={t('accounts.forgotSent')} role="status" />
      ) : (
        <>
          <Typography.Paragraph>{t('accounts.forgotIntro')}</Typography.Paragraph>
          {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
          <Form name="forgot" layout="vertical" size="large" onFinish={onFinish}>
            <Form.Item name="login" label={t('accounts.login')} rules={[{ required: true, whitespace: true, message: t('form.required', { label: t('accounts.login') }) }]}>
              <Input autoComplete="username" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={busy}>
              {t('accounts.forgotSubmit')}
            </Button>
          </Form>
        </>
      )}
      <Typography.Paragraph style={{ marginTop: 16, marginBottom: 0 }}>
        <Link to="/login">{t('accounts.backToSignIn')}</Link>
      </Typography.Paragraph>
    </AccountCard>
  );
}
