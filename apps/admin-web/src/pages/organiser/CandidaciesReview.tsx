import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Drawer, Form, Grid, Input, Radio, Table } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { candidaciesApi } from '../../api/campaigns';
import type { Campaign, Candidacy } from '../../api/types';
import { applyApiErrors, errorMessage } from '../../components/apiErrors';
import { NominationDetails, NominationTag } from '../../components/NominationDetails';
import { ProposalView } from '../../components/ProposalView';
import { ChildCampaignsPanel } from './ChildCampaignsPanel';
import { CandidacyStatusTag } from '../../components/StageTag';
import { allows } from '../../api/stages';

/** Every candidacy of the campaign; in qualification review, accept or reject each with a written reason. */
export function CandidaciesReview({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation();
  const list = useQuery({ queryKey: ['candidacies', campaign.id], queryFn: () => candidaciesApi.list(campaign.id) });
  const [selected, setSelected] = useState<Candidacy | null>(null);
  const reviewing = allows(campaign, 'decide-qualification');

  return (
    <>
      {!reviewing && campaign.stage !== 'draft' && <Alert type="info" showIcon title={t('candidacies.onlyInReview')} style={{ marginBottom: 12 }} />}
      {allows(campaign, 'adopt-child-finalists') && <ChildCampaignsPanel campaign={campaign} />}
      {list.error && <Alert type="error" showIcon title={errorMessage(t, list.error)} />}
      <Table<Candidacy>
        rowKey="id"
        loading={list.isLoading}
        dataSource={list.data ?? []}
        locale={{ emptyText: t('candidacies.empty') }}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        scroll={{ x: 800 }}
        columns={[
          { title: t('candidacies.columns.name'), dataIndex: 'name', fixed: 'left' },
          { title: t('candidacies.columns.project'), render: (_, c) => c.proposal.title },
          {
            title: t('nomination.channel'),
            render: (_, c) => (
              <>
                <NominationTag nomination={c.nomination} />
                {c.nomination.childCampaignTitle && <div>{t('nomination.fromChild', { title: c.nomination.childCampaignTitle })}</div>}
              </>
            ),
          },
          { title: t('candidacies.columns.employer'), render: (_, c) => c.details.employer },
          { title: t('candidacies.columns.frontline'), render: (_, c) => (c.details.grassrootsFrontline ? t('app.yes') : t('app.no')) },
          {
            title: t('candidacies.columns.status'),
            dataIndex: 'status',
            render: (s, c) => (
              <span title={c.qualificationReason ?? undefined}>
                <CandidacyStatusTag status={s} />
              </span>
            ),
          },
          { title: t('candidacies.columns.submittedAt'), dataIndex: 'submittedAt', render: (d: string) => dayjs(d).format('MM-DD HH:mm') },
          {
            title: t('candidacies.columns.actions'),
            render: (_, c) => {
              const verb = reviewing && c.status === 'submitted' ? t('candidacies.review') : t('candidacies.view');
              return (
                <Button type={verb === t('candidacies.review') ? 'primary' : 'default'} onClick={() => setSelected(c)} aria-label={`${verb} ${c.name}`}>
                  {verb}
                </Button>
              );
            },
          },
        ]}
      />
      {selected && <ReviewDrawer campaign={campaign} candidacy={selected} onClose={() => setSelected(null)} />}
    </>
  );
}

function ReviewDrawer({ campaign, candidacy, onClose }: { campaign: Campaign; candidacy: Candidacy; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const screens = Grid.useBreakpoint();
  const [form] = Form.useForm<{ decision: 'accepted' | 'rejected'; reason: string }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const canDecide = allows(campaign, 'decide-qualification') && candidacy.status !== 'withdrawn';

  const onFinish = async (v: { decision: 'accepted' | 'rejected'; reason: string }) => {
    setBusy(true);
    setError(null);
    try {
      await candidaciesApi.decide(candidacy.id, v.decision, v.reason.trim());
      await queryClient.invalidateQueries({ queryKey: ['candidacies', campaign.id] });
      message.success(t('candidacies.decided'));
      onClose();
    } catch (err) {
      const unplaced = applyApiErrors(form, err, t);
      if (unplaced.length || !form.getFieldsError().some((f) => f.errors.length)) setError(errorMessage(t, err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Drawer open onClose={onClose} title={t('candidacies.decisionTitle', { name: candidacy.name })} size={screens.md ? 720 : '100%'} destroyOnHidden>
      <div style={{ marginBottom: 16 }}>
        <NominationDetails nomination={candidacy.nomination} />
        <CandidacyStatusTag status={candidacy.status} />
        {candidacy.qualificationReason && (
          <span style={{ marginLeft: 8 }}>
            {t('candidacies.qualificationReason')}：{candidacy.qualificationReason}
          </span>
        )}
      </div>
      {canDecide && (
        <Form
          form={form}
          name="qualification"
          layout="vertical"
          size="large"
          onFinish={onFinish}
          initialValues={{ decision: 'accepted', reason: '' }}
          style={{ marginBottom: 24 }}
        >
          {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
          <Form.Item name="decision" label={t('candidacies.decision')}>
            <Radio.Group
              optionType="button"
              buttonStyle="solid"
              options={[
                { value: 'accepted', label: t('candidacies.accept') },
                { value: 'rejected', label: t('candidacies.reject') },
              ]}
            />
          </Form.Item>
          <Form.Item
            name="reason"
            label={t('candidacies.reason')}
            rules={[{ required: true, whitespace: true, message: t('errors.qualification.reason-required') }, { max: 2000 }]}
          >
            <Input.TextArea rows={3} placeholder={t('candidacies.reasonPlaceholder')} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={busy}>
            {t('candidacies.decide')}
          </Button>
        </Form>
      )}
      <ProposalView candidacy={candidacy} />
    </Drawer>
  );
}
