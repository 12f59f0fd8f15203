import { Alert, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { anonymousRequest } from '../../api/client';
import { errorMessage } from '../../components/apiErrors';
import { AccountCard } from './AccountCard';
import { useTokenFromLink } from './useTokenFromLink';

/** Opened from the confirmation mail: confirms the address at once (the token is good once). */
export function ConfirmEmail() {
  const { t } = useTranslation();
  const token = useTokenFromLink();
  const [state, setState] = useState<{ kind: 'busy' } | { kind: 'done' } | { kind: 'error'; message: string }>({ kind: 'busy' });
  // React's development double-run of effects must not spend the one-time token twice.
  const sent = useRef(false);

  useEffect(() => {
    if (!token || sent.current) return;
    sent.current = true;
    anonymousRequest('POST', '/auth/confirm-email', { token }).then(
      () => setState({ kind: 'done' }),
      (err: unknown) => setState({ kind: 'error', message: errorMessage(t, err) }),
    );
  }, [token, t]);

  return (
    <AccountCard title={t('accounts.confirmTitle')} backToSignIn>
      {!token ? (
        <Alert type="error" showIcon title={t('accounts.missingToken')} />
      ) : state.kind === 'busy' ? (
        <Typography.Paragraph role="status">{t('accounts.confirming')}</Typography.Paragraph>
      ) : state.kind === 'done' ? (
        <Alert type="success" showIcon title={t('accounts.confirmed')} role="status" />
      ) : (
        <Alert type="error" showIcon title={state.message} />
      )}
    </AccountCard>
  );
}
