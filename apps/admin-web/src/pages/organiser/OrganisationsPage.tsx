import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Popconfirm, Select, Space, Switch, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useRefreshingAction } from '../../components/useRefreshingAction';
import { InvitationsPanel } from './InvitationsPanel';
import { ORGANISATION_LEVELS, type Organisation, type OrganisationLevel, organisationsApi } from '../../api/organisations';
import { errorMessage } from '../../components/apiErrors';
import { PageLoading } from '../../components/PageLoading';
import { StatusTag } from '../../components/StatusTag';

/** Her organisations as a tree: organisers (add, remove, includes-descendants) and new organisations below. */
export function OrganisationsPage() {
  const { t } = useTranslation();
  const organisations = useQuery({ queryKey: ['organisations'], queryFn: organisationsApi.list });
  if (organisations.isLoading) return <PageLoading />;
  if (organisations.error) return <Alert type="error" showIcon title={errorMessage(t, organisations.error)} />;
  const all = organisations.data ?? [];
  const known = new Set(all.map((o) => o.id));
  const childrenOf = (id: string | null) => all.filter((o) => (id === null ? o.parentId === null || !known.has(o.parentId) : o.parentId === id));

  const render = (o: Organisation, depth: number): React.ReactNode => (
    <div key={o.id} style={{ marginLeft: depth * 24 }}>
      <OrganisationCard organisation={o} />
      {childrenOf(o.id).map((c) => render(c, depth + 1))}
    </div>
  );

  return (
    <>
      <Typography.Title level={1} className="page-title" style={{ fontSize: 28 }}>
        {t('organisations.title')}
      </Typography.Title>
      <Typography.Paragraph>{t('organisations.intro')}</Typography.Paragraph>
      {all.length === 0 ? <Alert type="info" showIcon title={t('organisations.empty')} /> : childrenOf(null).map((o) => render(o, 0))}
    </>
  );
}

function OrganisationCard({ organisation: o }: { organisation: Organisation }) {
  const { t } = useTranslation();
  const [organiserForm] = Form.useForm<{ personId: string; name: string }>();
  const [childForm] = Form.useForm<{ name: string; level: OrganisationLevel }>();

  const { act, busy, error } = useRefreshingAction([['organisations']]);

  const headingId = `organisation-${o.id}`;
  return (
    <Card
      className="section-card"
      style={{ marginBottom: 16 }}
      title={
        <h2 id={headingId} style={{ margin: 0, fontSize: 20 }}>
          {o.name} <StatusTag colour="grey">{t(`organisations.levels.${o.level}`)}</StatusTag>
        </h2>
      }
      extra={o.actsOnCampaigns ? <StatusTag colour="green">{t('organisations.actsOnCampaigns')}</StatusTag> : null}
      aria-labelledby={headingId}
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Typography.Title level={3} style={{ fontSize: 16 }}>
        {t('organisations.organisers')}
      </Typography.Title>
      <Table
        size="small"
        rowKey="personId"
        pagination={false}
        dataSource={o.organisers}
        columns={[
          { title: t('organisations.name'), dataIndex: 'name' },
          { title: t('organisations.personId'), dataIndex: 'personId' },
          {
            title: t('organisations.includesDescendants'),
            render: (_, p) => (
              <Switch
                checked={p.includesDescendants}
                disabled={!o.mayGrantDescendants || busy}
                aria-label={`${t('organisations.includesDescendants')}: ${p.name}`}
                title={o.mayGrantDescendants ? undefined : t('organisations.includesDescendantsHelp')}
                onChange={(on) => void act(() => organisationsApi.setIncludesDescendants(o.id, p.personId, on), t('organisations.saved'))}
              />
            ),
          },
          {
            title: '',
            render: (_, p) =>
              o.mayManageOrganisers && (
                <Popconfirm
                  title={t('organisations.removeConfirm')}
                  onConfirm={() => act(() => organisationsApi.removeOrganiser(o.id, p.personId), t('organisations.removed'))}
                >
                  <Button danger size="small">
                    {t('organisations.remove')}
                  </Button>
                </Popconfirm>
              ),
          },
        ]}
      />
      {o.mayManageOrganisers && (
        <Form
          form={organiserForm}
          // Every card has these forms: the name keeps their fields' ids (and so their labels) apart.
          name={`organiser-${o.id}`}
          layout="inline"
          style={{ marginTop: 12, rowGap: 8 }}
          aria-label={`${t('organisations.addOrganiser')}: ${o.name}`}
          onFinish={async (v) => {
            if (await act(() => organisationsApi.addOrganiser(o.id, v.personId.trim(), v.name.trim()), t('organisations.added'))) organiserForm.resetFields();
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
          <Button htmlType="submit" loading={busy}>
            {t('organisations.addOrganiser')}
          </Button>
        </Form>
      )}
      {o.mayManageOrganisers && (
        <InvitationsPanel
          place={{ organisationId: o.id }}
          roles={['organiser']}
          title={t('invitations.organisationTitle')}
          label={`${t('invitations.organisationTitle')}: ${o.name}`}
        />
      )}
      {o.actsOnCampaigns && nextLevels(o.level).length > 0 && (
        <Form
          form={childForm}
          name={`child-${o.id}`}
          layout="inline"
          style={{ marginTop: 16, rowGap: 8 }}
          aria-label={`${t('organisations.createChild')}: ${o.name}`}
          initialValues={{ level: nextLevels(o.level)[0] }}
          onFinish={async (v) => {
            if (await act(() => organisationsApi.create(o.id, v.name.trim(), v.level), t('organisations.created'))) childForm.resetFields();
          }}
        >
          <Form.Item
            name="name"
            label={t('organisations.childName')}
            rules={[{ required: true, message: t('form.required', { label: t('organisations.childName') }) }]}
          >
            <Input />
          </Form.Item>
          <Form.Item name="level" label={t('organisations.level')}>
            <Select style={{ minWidth: 140 }} options={nextLevels(o.level).map((l) => ({ value: l, label: t(`organisations.levels.${l}`) }))} />
          </Form.Item>
          <Space>
            <Button type="primary" htmlType="submit" loading={busy}>
              {t('organisations.createChild')}
            </Button>
          </Space>
        </Form>
      )}
    </Card>
  );
}

/** The levels one below: a district has streets and communities beside each other. */
function nextLevels(level: OrganisationLevel): OrganisationLevel[] {
  const depth = (l: OrganisationLevel) => (l === 'community' ? 3 : ORGANISATION_LEVELS.indexOf(l));
  return ORGANISATION_LEVELS.filter((l) => depth(l) === depth(level) + 1);
}
