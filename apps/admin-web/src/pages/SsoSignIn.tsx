import { Alert, Button, Divider } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import type { Session } from '../auth/session';
import { useAuth } from '../auth/AuthContext';
import { errorMessage } from '../components/apiErrors';
import { refusalText } from '../components/refusalText';

/**
 * Single sign-on on the sign-in page: the button (a full-page visit to the api, which sends the browser to the
 * identity provider), and the way back: the one-time code in the address's fragment is exchanged for a session, a
 * refusal (?ssoError=) is said in words.
 */
export function SsoSignIn({ label, onSignedIn }: { label: string | null; onSignedIn(session: Session): void }) {
  const { t } = useTranslation();
  const { signInWithSsoCode } = useAuth();
  const location = useLocation();
  const navigate = useNavigate();
  const returned = new URLSearchParams(location.hash.slice(1)).get('ssoCode');
  const refused = new URLSearchParams(location.search).get('ssoError');
  const [error, setError] = useState<string | null>(refused ? refusalText(t, refused) || refused : null);
  const [busy, setBusy] = useState(!!returned);
  const exchanged = useRef(false);

  useEffect(() => {
    if (!returned || exchanged.current) return; // the code works once: React's second effect run must not spend it
    exchanged.current = true;
    // The code leaves the address bar (and the history) before anything else happens.
    navigate({ pathname: location.pathname, search: '', hash: '' }, { replace: true });
    signInWithSsoCode(returned).then(onSignedIn, (err) => {
      setError(errorMessage(t, err));
      setBusy(false);
    });
  }, [returned]); // eslint-disable-line react-hooks/exhaustive-deps

  if (!label && !error && !busy) return null;
  return (
    <>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} role="alert" />}
      {busy && <Alert type="info" showIcon title={t('accounts.ssoSigningIn')} style={{ marginBottom: 16 }} />}
      {label && (
        <>
          <Button type="primary" size="large" block href="/auth/oidc/start" disabled={busy}>
            {t('accounts.ssoButton', { label })}
          </Button>
          <Divider plain>{t('accounts.ssoOr')}</Divider>
        </>
      )}
    </>
  );
}
