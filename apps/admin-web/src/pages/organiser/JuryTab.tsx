import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Form, Input, Space, Table, Typography } from 'antd';
import { QRCodeSVG } from 'qrcode.react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type IssuedCredential, juryApi } from '../../api/jury';
import type { Campaign } from '../../api/types';
import { applyApiErrors, errorMessage } from '../../components/apiErrors';
import { StatusTag } from '../../components/StatusTag';

/** Organiser: register jurors (each gets a one-time code and QR link, shown once), the roster, the live tally. */
export function JuryTab({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ name: string; reference?: string }>();
  const [issued, setIssued] = useState<IssuedCredential[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const roster = useQuery({ queryKey: ['jury', campaign.id, 'jurors'], queryFn: () => juryApi.jurors(campaign.id) });
  const inJury = campaign.stage === 'jury';
  const tally = useQuery({
    queryKey: ['jury', campaign.id, 'tally'],
    queryFn: () => juryApi.tally(campaign.id),
    enabled: ['jury', 'ranking', 'inspection', 'election', 'publicity', 'certified'].includes(campaign.stage),
    refetchInterval: inJury ? 3000 : false,
  });
  const open = ['draft', 'candidacy-open', 'qualification-review', 'project-review', 'panel-opinion', 'jury'].includes(campaign.stage);

  const register = async (v: { name: string; reference?: string }) => {
    setBusy(true);
    setError(null);
    try {
      const res = await juryApi.register(campaign.id, v.name.trim(), v.reference?.trim() || undefined);
      if (res.credential) setIssued((list) => [res.credential!, ...list]);
      form.resetFields();
      message.success(t('juryAdmin.registered'));
      await queryClient.invalidateQueries({ queryKey: ['jury', campaign.id] });
    } catch (err) {
      if (!applyApiErrors(form, err, t).length) setError(errorMessage(t, err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <section aria-labelledby="jurors-heading">
        <Typography.Title level={2} id="jurors-heading" style={{ fontSize: 20 }}>
          {t('juryAdmin.jurors')}
        </Typography.Title>
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
        {open && (
          <Form form={form} name="registerJuror" layout="inline" onFinish={register} style={{ marginBottom: 16, rowGap: 8 }}>
            <Form.Item name="name" label={t('juryAdmin.name')} rules={[{ required: true, whitespace: true, message: t('form.required', { label: t('juryAdmin.name') }) }]}>
              <Input placeholder="王秀兰" />
            </Form.Item>
            <Form.Item name="reference" label={t('juryAdmin.reference')}>
              <Input placeholder="东湖社区-017" />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={busy}>
              {t('juryAdmin.register')}
            </Button>
          </Form>
        )}
        {issued.length > 0 && <Alert type="warning" showIcon title={t('juryAdmin.shownOnce')} style={{ marginBottom: 12 }} />}
        <Space wrap size="middle" style={{ marginBottom: 12 }}>
          {issued.map((c) => (
            <Card key={c.jurorId} size="small" style={{ width: 260 }} data-testid="juror-credential">
              <div style={{ fontWeight: 600 }}>{c.name}</div>
              <div style={{ fontFamily: 'monospace', fontSize: 22, margin: '4px 0' }} data-testid="juror-code">
                {c.code}
              </div>
              <QRCodeSVG value={`${window.location.origin}${c.link}`} size={140} title={t('juryAdmin.qrFor', { name: c.name })} />
              <div style={{ wordBreak: 'break-all', fontSize: 13 }} data-testid="juror-link">{`${window.location.origin}${c.link}`}</div>
            </Card>
          ))}
        </Space>
        {roster.data && <Typography.Paragraph>{t('juryAdmin.rosterSummary', { total: roster.data.total, issued: roster.data.issued, used: roster.data.used, revoked: roster.data.revoked })}</Typography.Paragraph>}
        <Table
          rowKey="jurorId"
          size="middle"
          loading={roster.isLoading}
          dataSource={roster.data?.jurors ?? []}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          scroll={{ x: 480 }}
          locale={{ emptyText: t('juryAdmin.noJurors') }}
          columns={[
            { title: t('juryAdmin.name'), dataIndex: 'name' },
            { title: t('juryAdmin.reference'), dataIndex: 'reference', render: (r: string | null) => r ?? '—' },
            {
              title: t('juryAdmin.credential'),
              dataIndex: 'status',
              render: (s: 'issued' | 'used' | 'revoked') => <StatusTag colour={s === 'used' ? 'green' : s === 'revoked' ? 'red' : 'blue'}>{t(`juryAdmin.status.${s}`)}</StatusTag>,
            },
          ]}
        />
      </section>
      {tally.data && (
        <section aria-labelledby="tally-heading">
          <Typography.Title level={2} id="tally-heading" style={{ fontSize: 20 }}>
            {t('juryAdmin.tally')}
          </Typography.Title>
          <Typography.Paragraph>{t('juryAdmin.validBallots', { n: tally.data.validBallots })}</Typography.Paragraph>
          <Table
            rowKey="candidacyId"
            size="middle"
            dataSource={tally.data.candidates}
            pagination={false}
            columns={[
              { title: t('candidacies.columns.name'), dataIndex: 'name' },
              { title: t('juryAdmin.ballots'), dataIndex: 'ballots', align: 'right' },
              { title: t('juryAdmin.juryScore'), dataIndex: 'juryScore', align: 'right', render: (s: string | null) => <strong>{s ?? '—'}</strong> },
            ]}
          />
        </section>
      )}
    </Space>
  );
}
