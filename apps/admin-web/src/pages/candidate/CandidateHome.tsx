import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Col, Empty, Row, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LinkButton } from '../../components/LinkButton';
import { campaignsApi, candidaciesApi } from '../../api/campaigns';
import type { Campaign } from '../../api/types';
import { errorMessage } from '../../components/apiErrors';
import { CandidacyStatusTag, StageTag } from '../../components/StageTag';
import { PageLoading } from '../../components/PageLoading';
import { allows } from '../../api/stages';

/** The candidate's start page: every campaign, with her own candidacy's status where she has one. */
export function CandidateHome() {
  const { t } = useTranslation();
  const campaigns = useQuery({ queryKey: ['campaigns'], queryFn: campaignsApi.list });
  if (campaigns.isLoading) return <PageLoading />;
  const visible = (campaigns.data ?? []).filter((c) => c.stage !== 'draft');
  return (
    <>
      <Typography.Title level={1} className="page-title" style={{ fontSize: 28 }}>
        {t('candidate.title')}
      </Typography.Title>
      <Typography.Paragraph style={{ fontSize: 17 }}>{t('candidate.intro')}</Typography.Paragraph>
      {campaigns.error && <Alert type="error" showIcon title={errorMessage(t, campaigns.error)} />}
      {visible.length === 0 && !campaigns.error && <Empty description={t('candidate.noCampaigns')} />}
      <Row gutter={[16, 16]}>
        {visible.map((c) => (
          <Col key={c.id} xs={24} md={12}>
            <CampaignCard campaign={c} />
          </Col>
        ))}
      </Row>
    </>
  );
}

function CampaignCard({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation();
  const mine = useQuery({ queryKey: ['candidacies', campaign.id, 'mine'], queryFn: () => candidaciesApi.list(campaign.id) });
  const own = mine.data?.[0];
  const open = allows(campaign, 'submit-candidacy');
  return (
    <Card title={<h2 style={{ margin: 0, fontSize: 19, whiteSpace: 'normal' }}>{campaign.title}</h2>} style={{ height: '100%' }}>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <div>{campaign.organisingBody}</div>
        <div>{campaign.config.positions.map((p) => t('campaigns.seatsSummary', { title: p.title, seats: p.seats })).join('；')}</div>
        <Space wrap>
          <StageTag campaign={campaign} />
          {own && <CandidacyStatusTag status={own.status} />}
        </Space>
        {own ? (
          <LinkButton to={`/candidate/campaigns/${campaign.id}`} size="large">
            {t('candidate.viewMine')}
          </LinkButton>
        ) : open ? (
          <LinkButton to={`/candidate/campaigns/${campaign.id}`} type="primary" size="large">
            {t('candidate.apply')}
          </LinkButton>
        ) : (
          <Typography.Text>{t('candidate.notOpen')}</Typography.Text>
        )}
      </Space>
    </Card>
  );
}
