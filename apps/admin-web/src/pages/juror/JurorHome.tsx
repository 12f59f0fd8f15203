import { Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LinkButton } from '../../components/LinkButton';

export function JurorHome() {
  const { t } = useTranslation();
  return (
    <>
      <Typography.Title level={1} className="page-title" style={{ fontSize: 28 }}>
        {t('jury.title')}
      </Typography.Title>
      <Card>
        <Typography.Paragraph style={{ fontSize: 18 }}>{t('jury.homeIntro')}</Typography.Paragraph>
        <LinkButton to="/jury/vote" type="primary" size="large">
          {t('jury.start')}
        </LinkButton>
      </Card>
    </>
  );
}
