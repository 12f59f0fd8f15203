import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { LinkButton } from '../components/LinkButton';

/** A path the app does not have. */
export function NotFound() {
  const { t } = useTranslation();
  return (
    <Result
      status="404"
      title="404"
      subTitle={t('app.notFound')}
      extra={
        <LinkButton to="/" type="primary">
          {t('app.goHome')}
        </LinkButton>
      }
    />
  );
}
