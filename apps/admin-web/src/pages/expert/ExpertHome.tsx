import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Col, Empty, Row, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { campaignsApi } from '../../api/campaigns';
import { ApiError } from '../../api/client';
import { evaluationApi } from '../../api/evaluation';
import type { Campaign } from '../../api/types';
import { errorMessage } from '../../components/apiErrors';
import { LinkButton } from '../../components/LinkButton';
import { StageTag } from '../../components/StageTag';
import { PageLoading } from '../../components/PageLoading';

/** Every campaign whose expert panel she is on, with how much of her work is done. */
export function ExpertHome() {
  const { t } = useTranslation();
  const campaigns = useQuery({ queryKey: ['campaigns'], queryFn: campaignsApi.list });
  if (campaigns.isLoading) return <PageLoading />;
  const list = (campaigns.data ?? []).filter((c) => c.stage !== 'draft');
  return (
    <>
      <Typography.Title level={1} className="page-title" style={{ fontSize: 28 }}>
        {t('expert.title')}
      </Typography.Title>
      <Typography.Paragraph style={{ fontSize: 17 }}>{t('expert.intro')}</Typography.Paragraph>
      {campaigns.error && <Alert type="error" showIcon title={errorMessage(t, campaigns.error)} />}
      {list.length === 0 && <Empty description={t('expert.none')} />}
      <Row gutter={[16, 16]}>
        {list.map((c) => (
          <PanelCard key={c.id} campaign={c} />
        ))}
      </Row>
    </>
  );
}

function PanelCard({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation();
  const mine = useQuery({
    queryKey: ['evaluation', campaign.id, 'mine'],
    queryFn: () => evaluationApi.myAssignments(campaign.id),
    retry: (n, err) => !(err instanceof ApiError && err.status < 500) && n < 1,
  });
  if (!mine.data) return null; // not on this panel (403), or still loading
  const a = mine.data.assignments;
  const submitted = a.filter((x) => x.sheet?.status === 'submitted').length;
  const recused = a.filter((x) => x.recused).length;
  return (
    <Col xs={24} md={12}>
      <Card title={<h2 style={{ margin: 0, fontSize: 19, whiteSpace: 'normal' }}>{campaign.title}</h2>}>
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <StageTag campaign={campaign} />
          <div style={{ fontSize: 17 }}>{t('expert.progress', { submitted, total: a.length - recused, recused })}</div>
          <LinkButton to={`/expert/campaigns/${campaign.id}`} type="primary" size="large">
            {t('expert.openAssignments')}
          </LinkButton>
        </Space>
      </Card>
    </Col>
  );
}
