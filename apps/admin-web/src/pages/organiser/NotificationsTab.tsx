import { useQuery } from '@tanstack/react-query';
import { Alert, Radio, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { get } from '../../api/client';
import type { Campaign } from '../../api/types';
import { errorMessage } from '../../components/apiErrors';

interface Delivery {
  id: string;
  recipientName: string | null;
  channel: 'email' | 'sms';
  kind: string;
  status: 'pending' | 'sending' | 'sent' | 'failed' | 'dead' | 'skipped';
  attempts: number;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
}

const STATUS_COLOUR: Record<Delivery['status'], string> = {
  pending: 'default',
  sending: 'processing',
  sent: 'success',
  failed: 'warning',
  dead: 'error',
  skipped: 'default',
};

/** The campaign's notification deliveries for its organisers: what went to whom, and the dead letters to follow up. */
export function NotificationsTab({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation();
  const [only, setOnly] = useState<'all' | 'dead'>('all');
  const deliveries = useQuery({
    queryKey: ['notifications', campaign.id, only],
    queryFn: () => get<Delivery[]>(`/campaigns/${campaign.id}/notifications${only === 'dead' ? '?status=dead' : ''}`),
  });
  if (deliveries.error) return <Alert type="error" showIcon title={errorMessage(t, deliveries.error)} />;
  return (
    <>
      <Typography.Paragraph type="secondary">{t('notifications.hint')}</Typography.Paragraph>
      <Radio.Group value={only} onChange={(e) => setOnly(e.target.value)} style={{ marginBottom: 12 }} optionType="button">
        <Radio.Button value="all">{t('notifications.all')}</Radio.Button>
        <Radio.Button value="dead">{t('notifications.deadLetters')}</Radio.Button>
      </Radio.Group>
      <Table<Delivery>
        rowKey="id"
        size="small"
        loading={deliveries.isLoading}
        dataSource={deliveries.data ?? []}
        pagination={{ pageSize: 50 }}
        locale={{ emptyText: t('notifications.none') }}
        columns={[
          { title: t('notifications.recipient'), dataIndex: 'recipientName', render: (v: string | null) => v ?? '—' },
          { title: t('notifications.kind'), dataIndex: 'kind', render: (v: string) => t(`notifications.kinds.${v}`, { defaultValue: v }) },
          { title: t('notifications.channel'), dataIndex: 'channel', render: (v: string) => t(`notifications.channels.${v}`) },
          {
            title: t('notifications.status'),
            dataIndex: 'status',
            render: (v: Delivery['status']) => <Tag color={STATUS_COLOUR[v]}>{t(`notifications.statuses.${v}`)}</Tag>,
          },
          { title: t('notifications.attempts'), dataIndex: 'attempts' },
          { title: t('notifications.lastError'), dataIndex: 'lastError', render: (v: string | null) => v ?? '' },
          { title: t('notifications.createdAt'), dataIndex: 'createdAt', render: (v: string) => new Date(v).toLocaleString() },
        ]}
      />
    </>
  );
}
