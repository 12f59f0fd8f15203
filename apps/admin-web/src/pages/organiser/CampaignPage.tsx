import { EditOutlined, ReloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Form, Input, Modal, Space, Table, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LinkButton } from '../../components/LinkButton';
import { useParams } from 'react-router';
import { campaignsApi } from '../../api/campaigns';
import { enterStage, stageDefinition } from '../../api/stages';
import type { Campaign } from '../../api/types';
import { errorMessage } from '../../components/apiErrors';
import { StagePipeline } from '../../components/StagePipeline';
import { StageTag } from '../../components/StageTag';
import { isHonoursCampaign, useStageName } from '../../components/stageName';
import { PageLoading } from '../../components/PageLoading';
import { useModalSubmit } from '../../components/useRefreshingAction';
import { AuditTrail } from './AuditTrail';
import { CampaignOriginLine } from './CampaignOriginLine';
import { CampaignTimeline } from './CampaignTimeline';
import { campaignTabs } from './campaignTabs';
import { CandidaciesReview } from './CandidaciesReview';
import { DiscardDraftButton } from './DiscardDraftButton';

export function CampaignPage() {
  const { t } = useTranslation();
  const { campaignId } = useParams();
  const campaign = useQuery({ queryKey: ['campaign', campaignId], queryFn: () => campaignsApi.get(campaignId!) });

  if (campaign.isLoading) return <PageLoading />;
  if (campaign.error || !campaign.data) return <Alert type="error" showIcon title={errorMessage(t, campaign.error)} />;
  const c = campaign.data;

  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between', flexWrap: 'wrap', marginBottom: 8 }} align="start">
        <div>
          <Typography.Title level={1} className="page-title" style={{ fontSize: 28, marginBottom: 4 }}>
            {c.title}
          </Typography.Title>
          <Space wrap>
            <Typography.Text>{c.organisingBody}</Typography.Text>
            <StageTag campaign={c} />
          </Space>
          <CampaignOriginLine campaign={c} />
        </div>
        <Space wrap>
          {c.stage === 'draft' && (
            <LinkButton to={`/campaigns/${c.id}/edit`} icon={<EditOutlined aria-hidden />}>
              {t('campaign.editConfig')}
            </LinkButton>
          )}
          {c.stage === 'draft' && <DiscardDraftButton campaign={c} />}
          <Button icon={<ReloadOutlined aria-hidden />} onClick={() => campaign.refetch()} aria-label={t('app.refresh')} />
        </Space>
      </Space>

      <Card title={<h2 style={{ margin: 0, fontSize: 20 }}>{t('campaign.stagePipeline')}</h2>} className="section-card">
        <StagePipeline stage={c.stage} stages={c.stages} honours={isHonoursCampaign(c)} />
        <div style={{ marginTop: 16 }}>
          <AdvanceButton campaign={c} />
        </div>
      </Card>

      <Card className="section-card">
        <Tabs
          defaultActiveKey={c.stage === 'draft' ? 'config' : 'candidacies'}
          items={[
            { key: 'config', label: t('campaign.tabs.config'), children: <ConfigSummary campaign={c} /> },
            { key: 'candidacies', label: t('campaign.tabs.candidacies'), children: <CandidaciesReview campaign={c} /> },
            ...campaignTabs(c, t),
            { key: 'audit', label: t('campaign.tabs.audit'), children: <AuditTrail campaignId={c.id} /> },
          ]}
        />
      </Card>
    </>
  );
}

/** The one transition the domain allows (the next stage), behind a confirmation that says it cannot be undone. */
function AdvanceButton({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation();
  const { openModal, submit, error, modalProps } = useModalSubmit([['evaluation', campaign.id], ['campaign', campaign.id], ['campaigns']]);
  const [form] = Form.useForm<{ reason?: string }>();
  const stageName = useStageName(isHonoursCampaign(campaign));
  const next = campaign.nextStage;
  // The campaign's own stages: what enters the next one depends on what it leaves out.
  const entering = stageDefinition(campaign.stages, next);
  if (!next) return <Alert type="success" showIcon title={t('campaign.final')} />;
  if (!entering) return null;

  const advance = async () => {
    const reason = form.getFieldValue('reason')?.trim();
    if (await submit(() => enterStage(campaign.id, entering, reason || undefined), t('campaign.advanced', { stage: stageName(next) }))) form.resetFields();
  };

  return (
    <>
      <Button type="primary" size="large" onClick={openModal} data-testid="advance-stage">
        {t('campaign.advance', { stage: stageName(next) })}
      </Button>
      <Modal {...modalProps} title={t('campaign.advanceTitle')} onOk={advance}>
        <Typography.Paragraph style={{ fontSize: 17 }}>
          {t('campaign.advanceBody', { from: stageName(campaign.stage), to: stageName(next) })}
        </Typography.Paragraph>
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
        <Form form={form} layout="vertical" name="advance">
          <Form.Item
            name="reason"
            label={t('campaign.advanceReason')}
            extra={entering.enteredBy.reasonField === 'overrideReason' ? t('campaign.overrideHint') : undefined}
            rules={[{ max: 1000 }]}
          >
            <Input.TextArea rows={2} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

function ConfigSummary({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation();
  const c = campaign.config;
  const equalsText = (q: Campaign['config']['quotas'][number]) => {
    if (q.attribute === 'grassrootsFrontline') return q.equals === false ? `：${t('app.no')}` : '';
    if (q.equals === undefined) return '';
    return `=${q.attribute === 'gender' ? t(`candidate.genders.${q.equals}`) : t(`candidate.employment.${q.equals}`)}`;
  };
  return (
    <Descriptions
      bordered
      column={1}
      size="middle"
      styles={{ label: { width: 180 } }}
      items={[
        {
          key: 'positions',
          label: t('campaign.positions'),
          children: c.positions.map((p) => t('campaigns.seatsSummary', { title: p.title, seats: p.seats })).join('；'),
        },
        {
          key: 'weights',
          label: t('campaign.weights'),
          children: `${t('form.projectReview')} ${c.weights.projectReview}% · ${t('form.panelOpinion')} ${c.weights.panelOpinion}% · ${t('form.jury')} ${c.weights.jury}%`,
        },
        {
          key: 'rubric',
          label: t('campaign.rubric'),
          children: (
            <Table
              size="small"
              rowKey="key"
              pagination={false}
              dataSource={c.rubric}
              columns={[
                { title: t('form.criterion'), dataIndex: 'title' },
                { title: t('form.max'), dataIndex: 'max', align: 'right' },
                { title: t('form.step'), dataIndex: 'step', align: 'right' },
              ]}
            />
          ),
        },
        {
          key: 'jury',
          label: t('campaign.juryMode'),
          children: c.juryMode === 'score' ? t('form.juryScore') : `${t('form.juryApproval')}（K = ${c.approvalLimit}）`,
        },
        { key: 'margin', label: t('campaign.margin'), children: `${c.competitiveMarginPercent}%` },
        {
          key: 'quotas',
          label: t('campaign.quotas'),
          children: c.quotas.length
            ? c.quotas.map((q, i) => (
                <div key={i}>
                  {t('campaign.quotaLine', {
                    attribute: t(`form.attributes.${q.attribute}`),
                    equals: equalsText(q),
                    range: [
                      q.minSharePercent !== undefined ? t('campaign.atLeast', { n: q.minSharePercent }) : null,
                      q.maxSharePercent !== undefined ? t('campaign.atMost', { n: q.maxSharePercent }) : null,
                    ]
                      .filter(Boolean)
                      .join('，'),
                    appliesTo: t(`form.appliesTo.${q.appliesTo}`),
                  })}
                </div>
              ))
            : t('app.none'),
        },
        { key: 'timeline', label: t('campaign.timeline'), children: <CampaignTimeline campaign={campaign} /> },
        { key: 'blind', label: t('campaign.blindReview'), children: c.blindReview ? t('app.yes') : t('app.no') },
        ...(c.pipeline
          ? [
              {
                key: 'pipeline',
                label: t('pipeline.form.template'),
                children: (
                  <div data-testid="pipeline-summary">
                    <div>{t(`pipeline.form.templates.${c.pipeline.template}`)}</div>
                    {(c.pipeline.awardTiers ?? []).map((tier) => (
                      <div key={tier.key}>{t('pipeline.awards.tierLine', { title: tier.title, size: tier.size })}</div>
                    ))}
                    {c.pipeline.template === 'honours' && <div>{t(`pipeline.form.publications.${c.pipeline.publication ?? 'unranked'}`)}</div>}
                  </div>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}
