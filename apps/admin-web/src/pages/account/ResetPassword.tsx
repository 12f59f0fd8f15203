import { Alert, Button, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { anonymousRequest } from '../../api/client';
import { applyApiErrors, errorMessage } from '../../components/apiErrors';
import { AccountCard } from './AccountCard';
import { useTokenFromLink } from './useTokenFromLink';

/** Opened from a reset (or first set-password) mail: sets the new password; every session of the account ends. */
export function ResetPassword() {
  const { t } = useTranslation();
  const token = useTokenFromLink();
  const [form] = Form.useForm<{ newPassword: string }>();
  const [done, setDone] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const onFinish = async ({ newPassword }: { newPassword: string }) => {
    setError(null);
    setBusy(true);
    try {
      await anonymousRequest('POST', '/auth/password-reset/confirm', { token, newPassword });
      setDone(true);
    } catch (err) {
      // A spent or expired token comes as a field error on `token`, which this form does not show: it goes in the alert.
      const unplaced = applyApiErrors(form, err, t);
      if (unplaced.length || !(err as { fieldErrors?: unknown[] }).fieldErrors?.length) setError(errorMessage(t, err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <AccountCard title={t('accounts.resetTitle')}>
      {!token ? (
        <Alert type="error" showIcon title={t('accounts.missingToken')} />
      ) : done ? (
        <Alert type="success" showIcon title={t('accounts.resetDone')} role="status" />
      ) : (
        <>
          {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
          <Form form={form} name="reset" layout="vertical" size="large" onFinish={onFinish}>
            <Form.Item name="newPassword" label={t('accounts.newPassword')} extra={t('accounts.passwordHelp')} rules={[{ required: true, message: t('form.required', { label: t('accounts.newPassword') }) }]}>
              <Input.Password autoComplete="new-password" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={busy}>
              {t('accounts.resetSubmit')}
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
