import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type IssuedCredential, juryApi } from '../../api/jury';
import { allows } from '../../api/stages';
import type { Campaign } from '../../api/types';
import { applyApiErrors, errorMessage } from '../../components/apiErrors';
import { JurorCards } from './JurorCards';
import { JurorImport } from './JurorImport';
import { JurorRoster } from './JurorRoster';
import { JuryResultStep } from './JuryResultStep';

/**
 * Organiser: the roster (one by one or from a CSV file; each juror's card with her one-time code and QR link is
 * shown once, to print), where each code stands on the day, revoking and replacing codes, the live tally, and
 * recording the jury result once the jury has closed.
 */
export function JuryTab({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ name: string; reference?: string }>();
  const [cards, setCards] = useState<IssuedCredential[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const inJury = allows(campaign, 'cast-jury-ballots');
  const rosterOpen = allows(campaign, 'register-jurors');
  const roster = useQuery({ queryKey: ['jury', campaign.id, 'jurors'], queryFn: () => juryApi.jurors(campaign.id), refetchInterval: inJury ? 3000 : false });
  const tally = useQuery({
    queryKey: ['jury', campaign.id, 'tally'],
    queryFn: () => juryApi.tally(campaign.id),
    enabled: allows(campaign, 'read-jury-tally'),
    refetchInterval: inJury ? 3000 : false,
  });
  const issued = async (list: IssuedCredential[]) => {
    setCards((shown) => [...list, ...shown]);
    await queryClient.invalidateQueries({ queryKey: ['jury', campaign.id] });
  };

  const register = async (v: { name: string; reference?: string }) => {
    setBusy(true);
    setError(null);
    try {
      const { credentials } = await juryApi.register(campaign.id, v.name.trim(), v.reference?.trim() || undefined);
      await issued(credentials);
      form.resetFields();
      message.success(t('juryAdmin.registered'));
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
        <Typography.Paragraph>{t('juryAdmin.intro')}</Typography.Paragraph>
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
        {rosterOpen && (
          <>
            <Form form={form} name="registerJuror" layout="inline" onFinish={register} style={{ marginBottom: 16, rowGap: 8 }}>
              <Form.Item
                name="name"
                label={t('juryAdmin.name')}
                rules={[{ required: true, whitespace: true, message: t('form.required', { label: t('juryAdmin.name') }) }]}
              >
                <Input placeholder="王秀兰" />
              </Form.Item>
              <Form.Item name="reference" label={t('juryAdmin.reference')}>
                <Input placeholder="东湖社区-017" />
              </Form.Item>
              <Button type="primary" htmlType="submit" loading={busy}>
                {t('juryAdmin.register')}
              </Button>
            </Form>
            <JurorImport campaignId={campaign.id} onIssued={issued} />
          </>
        )}
        <JurorCards cards={cards} />
        <JurorRoster campaignId={campaign.id} roster={roster.data} loading={roster.isLoading} editable={rosterOpen} onIssued={issued} />
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
            style={{ marginBottom: 16 }}
            columns={[
              { title: t('candidacies.columns.name'), dataIndex: 'name' },
              { title: t('juryAdmin.ballots'), dataIndex: 'ballots', align: 'right' },
              { title: t('juryAdmin.juryScore'), dataIndex: 'juryScore', align: 'right', render: (s: string | null) => <strong>{s ?? '—'}</strong> },
            ]}
          />
          <Typography.Title level={3} style={{ fontSize: 17 }}>
            {t('juryAdmin.resultTitle')}
          </Typography.Title>
          <JuryResultStep campaign={campaign} tally={tally.data} />
        </section>
      )}
    </Space>
  );
}
