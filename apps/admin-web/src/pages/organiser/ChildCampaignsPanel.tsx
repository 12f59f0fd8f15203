import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Modal, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ChildCampaign, childCampaignsApi } from '../../api/campaigns';
import type { Campaign } from '../../api/types';
import { errorMessage } from '../../components/apiErrors';

/**
 * Community rounds feeding a city round: the certified campaigns of the organisations below this campaign's, to
 * tick and take their finalists as candidates of this one (each campaign once).
 */
export function ChildCampaignsPanel({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const list = useQuery({ queryKey: ['child-campaigns', campaign.id], queryFn: () => childCampaignsApi.list(campaign.id) });
  const [chosen, setChosen] = useState<string[]>([]);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const finalists = (list.data ?? []).filter((c) => chosen.includes(c.campaignId)).reduce((n, c) => n + c.finalists, 0);

  const adopt = async () => {
    setBusy(true);
    setError(null);
    try {
      const result = await childCampaignsApi.adopt(campaign.id, chosen);
      const count = (result.result?.adopted ?? []).reduce((n, a) => n + a.candidacies, 0);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['child-campaigns', campaign.id] }),
        queryClient.invalidateQueries({ queryKey: ['candidacies', campaign.id] }),
      ]);
      message.success(t('nomination.children.adoptedMessage', { count }));
      setChosen([]);
      setConfirming(false);
    } catch (err) {
      setError(errorMessage(t, err));
      setConfirming(false);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card className="section-card" data-testid="child-campaigns" title={<h2 style={{ margin: 0, fontSize: 20 }}>{t('nomination.children.title')}</h2>}>
      <Typography.Paragraph>{t('nomination.children.intro')}</Typography.Paragraph>
      {(list.error || error) && <Alert type="error" showIcon title={error ?? errorMessage(t, list.error)} style={{ marginBottom: 12 }} />}
      <Table<ChildCampaign>
        rowKey="campaignId"
        size="middle"
        loading={list.isLoading}
        dataSource={list.data ?? []}
        locale={{ emptyText: t('nomination.children.none') }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        rowSelection={{
          selectedRowKeys: chosen,
          onChange: (keys) => setChosen(keys as string[]),
          getCheckboxProps: (c) => ({ disabled: c.adopted, 'aria-label': c.title }),
        }}
        columns={[
          { title: t('nomination.children.campaign'), dataIndex: 'title' },
          { title: t('nomination.children.organisation'), dataIndex: 'organisationName' },
          { title: t('nomination.children.finalists'), dataIndex: 'finalists' },
          { title: '', render: (_, c) => (c.adopted ? <Tag>{t('nomination.children.adopted')}</Tag> : null) },
        ]}
      />
      <Button type="primary" size="large" disabled={chosen.length === 0} onClick={() => setConfirming(true)} style={{ marginTop: 12 }}>
        {t('nomination.children.adopt')}
      </Button>
      <Modal
        open={confirming}
        title={t('nomination.children.confirmTitle')}
        okText={t('nomination.children.adopt')}
        cancelText={t('app.cancel')}
        confirmLoading={busy}
        onOk={adopt}
        onCancel={() => setConfirming(false)}
        destroyOnHidden
      >
        <Typography.Paragraph style={{ fontSize: 17 }}>{t('nomination.children.confirmBody', { count: finalists })}</Typography.Paragraph>
      </Modal>
    </Card>
  );
}
