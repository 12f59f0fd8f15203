import { Alert, Button, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { anonymousRequest } from '../../api/client';
import { AccountCard } from './AccountCard';
import { useAccountSubmit } from './useAccountSubmit';

/** Asks for a reset link; the answer never says whether the login exists. */
export function ForgotPassword() {
  const { t } = useTranslation();
  const [sent, setSent] = useState(false);
  const { busy, error, submit } = useAccountSubmit();

  const onFinish = ({ login }: { login: string }) =>
    submit(async () => {
      await anonymousRequest('POST', '/auth/password-reset', { login: login.trim() });
      setSent(true);
    });

  return (
    <AccountCard title={t('accounts.forgotTitle')} backToSignIn>
      {sent ? (
        <Alert type="success" showIcon title={t('accounts.forgotSent')} role="status" />
      ) : (
        <>
          <Typography.Paragraph>{t('accounts.forgotIntro')}</Typography.Paragraph>
          {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
          <Form name="forgot" layout="vertical" size="large" onFinish={onFinish}>
            <Form.Item
              name="login"
              label={t('accounts.login')}
              rules={[{ required: true, whitespace: true, message: t('form.required', { label: t('accounts.login') }) }]}
            >
              <Input autoComplete="username" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={busy}>
              {t('accounts.forgotSubmit')}
            </Button>
          </Form>
        </>
      )}
    </AccountCard>
  );
}
