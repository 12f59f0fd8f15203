import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Space, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { LinkButton } from '../../components/LinkButton';
import { Link } from 'react-router';
import { campaignsApi } from '../../api/campaigns';
import type { Campaign } from '../../api/types';
import { errorMessage } from '../../components/apiErrors';
import { StageTag } from '../../components/StageTag';

export function CampaignList() {
  const { t } = useTranslation();
  const campaigns = useQuery({ queryKey: ['campaigns'], queryFn: campaignsApi.list });

  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between', flexWrap: 'wrap', marginBottom: 16 }}>
        <Typography.Title level={1} className="page-title" style={{ fontSize: 28, margin: 0 }}>
          {t('campaigns.title')}
        </Typography.Title>
        <LinkButton to="/campaigns/new" type="primary" size="large" icon={<PlusOutlined aria-hidden />}>
          {t('campaigns.create')}
        </LinkButton>
      </Space>
      {campaigns.error && <Alert type="error" showIcon title={errorMessage(t, campaigns.error)} style={{ marginBottom: 16 }} />}
      <Card>
        <Table<Campaign>
          rowKey="id"
          loading={campaigns.isLoading}
          dataSource={campaigns.data ?? []}
          locale={{ emptyText: t('campaigns.empty') }}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          scroll={{ x: 720 }}
          columns={[
            {
              title: t('campaigns.columns.title'),
              dataIndex: 'title',
              render: (title: string, c) => (
                <Link to={`/campaigns/${c.id}`} style={{ fontWeight: 500 }}>
                  {title}
                </Link>
              ),
            },
            { title: t('campaigns.columns.organisingBody'), dataIndex: 'organisingBody' },
            { title: t('campaigns.columns.stage'), dataIndex: 'stage', render: (_s, c) => <StageTag campaign={c} /> },
            {
              title: t('campaigns.columns.seats'),
              render: (_, c) => c.config.positions.map((p) => t('campaigns.seatsSummary', { title: p.title, seats: p.seats })).join('；'),
            },
            { title: t('campaigns.columns.updatedAt'), dataIndex: 'updatedAt', render: (d: string) => dayjs(d).format('YYYY-MM-DD HH:mm') },
          ]}
        />
      </Card>
    </>
  );
}
