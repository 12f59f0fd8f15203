import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Popconfirm, Select, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { type GrantableRole, grantsApi } from '../../api/organisations';
import type { Campaign } from '../../api/types';
import { CAMPAIGN_INVITED_ROLES } from '../../api/invitations';
import { useRefreshingAction } from '../../components/useRefreshingAction';
import { InvitationsPanel } from './InvitationsPanel';

const ROLES: GrantableRole[] = ['inspector', 'counting-officer'];

/** The campaign's "Grants / 授权" section: who inspects and who counts here, granted and revoked by person id + name. */
export function CampaignGrants({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation();
  const grants = useQuery({ queryKey: ['grants', campaign.id], queryFn: () => grantsApi.list(campaign.id) });
  const [form] = Form.useForm<{ personId: string; name: string; role: GrantableRole }>();

  const { act, busy, error } = useRefreshingAction([['grants', campaign.id]]);

  return (
    <Card className="section-card" title={<h2 style={{ margin: 0, fontSize: 20 }}>{t('organisations.grants.title')}</h2>}>
      <Typography.Paragraph>{t('organisations.grants.intro')}</Typography.Paragraph>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Table
        size="small"
        rowKey={(g) => `${g.personId}/${g.role}`}
        pagination={false}
        loading={grants.isLoading}
        locale={{ emptyText: t('organisations.grants.none') }}
        dataSource={grants.data ?? []}
        columns={[
          { title: t('organisations.name'), dataIndex: 'name' },
          { title: t('organisations.personId'), dataIndex: 'personId' },
          { title: t('organisations.grants.role'), render: (_, g) => t(`organisations.grants.roles.${g.role}`) },
          {
            title: '',
            render: (_, g) => (
              <Popconfirm
                title={`${t('organisations.grants.revoke')}?`}
                onConfirm={() => act(() => grantsApi.revoke(campaign.id, g.personId, g.role), t('organisations.grants.revoked'))}
              >
                <Button danger size="small">
                  {t('organisations.grants.revoke')}
                </Button>
              </Popconfirm>
            ),
          },
        ]}
      />
      <Form
        form={form}
        name="grant"
        layout="inline"
        style={{ marginTop: 16, rowGap: 8 }}
        aria-label={t('organisations.grants.grant')}
        initialValues={{ role: 'inspector' }}
        onFinish={async (v) => {
          if (await act(() => grantsApi.grant(campaign.id, v.personId.trim(), v.name.trim(), v.role), t('organisations.grants.granted'))) form.resetFields();
        }}
      >
        <Form.Item
          name="personId"
          label={t('organisations.personId')}
          rules={[{ required: true, message: t('form.required', { label: t('organisations.personId') }) }]}
        >
          <Input />
        </Form.Item>
        <Form.Item name="name" label={t('organisations.name')} rules={[{ required: true, message: t('form.required', { label: t('organisations.name') }) }]}>
          <Input />
        </Form.Item>
        <Form.Item name="role" label={t('organisations.grants.role')}>
          <Select style={{ minWidth: 140 }} options={ROLES.map((r) => ({ value: r, label: t(`organisations.grants.roles.${r}`) }))} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy}>
          {t('organisations.grants.grant')}
        </Button>
      </Form>
      <InvitationsPanel place={{ campaignId: campaign.id }} roles={CAMPAIGN_INVITED_ROLES} title={t('invitations.campaignTitle')} />
    </Card>
  );
}
