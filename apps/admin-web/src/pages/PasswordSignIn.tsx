import { Alert, Button, Form, Input, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../api/client';
import type { Session } from '../auth/session';
import { useAuth } from '../auth/AuthContext';
import { applyApiErrors, errorMessage } from '../components/apiErrors';

interface Values {
  login: string;
  password: string;
  totp?: string;
}

/** Sign-in with e-mail or phone and password; the authenticator-code field appears when the api asks for it. */
export function PasswordSignIn({ onSignedIn }: { onSignedIn(session: Session): void }) {
  const { t } = useTranslation();
  const { signInWithPassword } = useAuth();
  const [form] = Form.useForm<Values>();
  const [needsTotp, setNeedsTotp] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const onFinish = async (values: Values) => {
    setError(null);
    setBusy(true);
    try {
      onSignedIn(await signInWithPassword({ login: values.login.trim(), password: values.password, totp: values.totp?.trim() || undefined }));
    } catch (err) {
      if (err instanceof ApiError && err.code === 'sign-in.totp-required') {
        setNeedsTotp(true);
        return;
      }
      const unplaced = applyApiErrors(form, err, t);
      if (unplaced.length || !(err as { fieldErrors?: unknown[] }).fieldErrors?.length) setError(errorMessage(t, err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} role="alert" />}
      <Form form={form} name="password" layout="vertical" size="large" onFinish={onFinish}>
        <Form.Item
          name="login"
          label={t('accounts.login')}
          rules={[{ required: true, whitespace: true, message: t('form.required', { label: t('accounts.login') }) }]}
        >
          <Input autoComplete="username" />
        </Form.Item>
        <Form.Item name="password" label={t('accounts.password')} rules={[{ required: true, message: t('form.required', { label: t('accounts.password') }) }]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        {needsTotp && (
          <Form.Item
            name="totp"
            label={t('accounts.totp')}
            extra={t('accounts.totpHelp')}
            rules={[{ required: true, pattern: /^\d{6}$/, message: t('accounts.totpHelp') }]}
          >
            <Input inputMode="numeric" autoComplete="one-time-code" maxLength={6} autoFocus />
          </Form.Item>
        )}
        <Button type="primary" htmlType="submit" block loading={busy}>
          {t('accounts.signIn')}
        </Button>
      </Form>
      <Space style={{ marginTop: 16 }} size="large" wrap>
        <Link to="/register">{t('accounts.register')}</Link>
        <Link to="/forgot-password">{t('accounts.forgot')}</Link>
      </Space>
    </>
  );
}
