import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { invitationsApi } from '../../api/invitations';
import { useAuth } from '../../auth/AuthContext';
import { errorMessage } from '../../components/apiErrors';
import { homeFor } from '../../menu';
import { AccountCard } from './AccountCard';
import { useAccountSubmit } from './useAccountSubmit';
import { useTokenFromLink } from './useTokenFromLink';

/**
 * Opened from an invitation mail: says who invites her to what, then she sets her password (or, with an account
 * already, gives hers) and accepts; she is then signed in and taken to her screens.
 */
export function AcceptInvitation() {
  const { t } = useTranslation();
  const token = useTokenFromLink();
  const navigate = useNavigate();
  const { signInWithPassword } = useAuth();
  const preview = useQuery({ queryKey: ['invitation', token], queryFn: () => invitationsApi.preview(token!), enabled: !!token, retry: false });
  const [form] = Form.useForm<{ password: string; totp?: string }>();
  const { busy, error, submit } = useAccountSubmit(form);
  const invitation = preview.data;

  const onFinish = ({ password, totp }: { password: string; totp?: string }) =>
    submit(async () => {
      await invitationsApi.accept({ token: token!, password, ...(totp ? { totp } : {}) });
      const session = await signInWithPassword({ login: invitation!.email, password, ...(totp ? { totp } : {}) });
      navigate(homeFor(session.roles), { replace: true });
    });

  return (
    <AccountCard title={t('invitations.acceptTitle')} backToSignIn>
      {!token ? (
        <Alert type="error" showIcon title={t('accounts.missingToken')} />
      ) : preview.isError ? (
        <Alert type="error" showIcon title={errorMessage(t, preview.error)} />
      ) : !invitation ? null : (
        <>
          <Typography.Paragraph>
            {t('invitations.acceptIntro', {
              name: invitation.name,
              by: invitation.invitedBy ?? '',
              place: invitation.placeName ?? '',
              role: t(`invitations.roles.${invitation.role}`),
            })}
          </Typography.Paragraph>
          <Typography.Paragraph type="secondary">
            {invitation.hasAccount ? t('invitations.acceptExisting', { email: invitation.email }) : t('invitations.acceptNew', { email: invitation.email })}
          </Typography.Paragraph>
          {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
          <Form form={form} name="accept-invitation" layout="vertical" size="large" onFinish={onFinish}>
            <Form.Item
              name="password"
              label={invitation.hasAccount ? t('accounts.password') : t('accounts.newPassword')}
              extra={invitation.hasAccount ? undefined : t('accounts.passwordHelp')}
              rules={[{ required: true, message: t('form.required', { label: t('accounts.password') }) }]}
            >
              <Input.Password autoComplete={invitation.hasAccount ? 'current-password' : 'new-password'} />
            </Form.Item>
            {invitation.hasAccount && (
              <Form.Item name="totp" label={t('accounts.totp')} extra={t('invitations.totpIfSet')}>
                <Input inputMode="numeric" autoComplete="one-time-code" maxLength={6} />
              </Form.Item>
            )}
            <Button type="primary" htmlType="submit" block loading={busy}>
              {t('invitations.accept')}
            </Button>
          </Form>
        </>
      )}
    </AccountCard>
  );
}
