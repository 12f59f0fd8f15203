import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { anonymousRequest } from '../../api/client';
import { AccountCard } from './AccountCard';
import { useAccountSubmit } from './useAccountSubmit';
import { useTokenFromLink } from './useTokenFromLink';

/** Opened from a reset (or first set-password) mail: sets the new password; every session of the account ends. */
export function ResetPassword() {
  const { t } = useTranslation();
  const token = useTokenFromLink();
  const [form] = Form.useForm<{ newPassword: string }>();
  const [done, setDone] = useState(false);
  const { busy, error, submit } = useAccountSubmit(form);

  const onFinish = ({ newPassword }: { newPassword: string }) =>
    submit(async () => {
      await anonymousRequest('POST', '/auth/password-reset/confirm', { token, newPassword });
      setDone(true);
    });

  return (
    <AccountCard title={t('accounts.resetTitle')} backToSignIn>
      {!token ? (
        <Alert type="error" showIcon title={t('accounts.missingToken')} />
      ) : done ? (
        <Alert type="success" showIcon title={t('accounts.resetDone')} role="status" />
      ) : (
        <>
          {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
          <Form form={form} name="reset" layout="vertical" size="large" onFinish={onFinish}>
            <Form.Item
              name="newPassword"
              label={t('accounts.newPassword')}
              extra={t('accounts.passwordHelp')}
              rules={[{ required: true, message: t('form.required', { label: t('accounts.newPassword') }) }]}
            >
              <Input.Password autoComplete="new-password" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={busy}>
              {t('accounts.resetSubmit')}
            </Button>
          </Form>
        </>
      )}
    </AccountCard>
  );
}
