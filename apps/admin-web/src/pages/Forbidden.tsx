import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAuth } from '../auth/AuthContext';
import { homeFor } from '../menu';

/** A screen the signed-in person's roles do not open, with the way to her own. */
export function Forbidden() {
  const { session } = useAuth();
  const { t } = useTranslation();
  return <Result status="403" title="403" subTitle={t('app.forbidden')} extra={<Link to={homeFor(session?.roles ?? [])}>{t('app.goHome')}</Link>} />;
}
