import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, Space, Table, Typography } from 'antd';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { allows } from '../../api/stages';
import type { Campaign } from '../../api/types';
import { evaluationApi, type PanelGrade } from '../../api/evaluation';
import { applyApiErrors, errorMessage } from '../../components/apiErrors';
import { StatusTag } from '../../components/StatusTag';

// ECharts is large: loaded only when a chart is shown.
const Chart = lazy(() => import('../../components/Chart').then((m) => ({ default: m.Chart })));

/** Organiser: the expert panel, who has not submitted, the project review scores (table + chart), the panel's grades. */
export function EvaluationTab({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation();
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <PanelSection campaign={campaign} />
      {allows(campaign, 'read-project-review-scores') && <ScoresSection campaign={campaign} />}
      {allows(campaign, 'read-panel-opinion') && <PanelOpinionSection campaign={campaign} />}
      {!allows(campaign, 'read-project-review-scores') && <Typography.Text>{t('evaluation.scoresLater')}</Typography.Text>}
    </Space>
  );
}

function PanelSection({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const panel = useQuery({ queryKey: ['evaluation', campaign.id, 'panel'], queryFn: () => evaluationApi.panel(campaign.id) });
  const missing = useQuery({
    queryKey: ['evaluation', campaign.id, 'missing'],
    queryFn: () => evaluationApi.missingSheets(campaign.id),
    enabled: allows(campaign, 'read-project-review-scores'),
  });
  const [form] = Form.useForm<{ expertId: string; name: string }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const editable = allows(campaign, 'edit-expert-panel');

  const add = async (v: { expertId: string; name: string }) => {
    setBusy(true);
    setError(null);
    try {
      await evaluationApi.addExpert(campaign.id, v.expertId.trim(), v.name.trim());
      form.resetFields();
      message.success(t('evaluation.expertAdded'));
      await queryClient.invalidateQueries({ queryKey: ['evaluation', campaign.id] });
    } catch (err) {
      if (!applyApiErrors(form, err, t).length) setError(errorMessage(t, err));
    } finally {
      setBusy(false);
    }
  };

  const missingBy = new Map((missing.data?.experts ?? []).map((e) => [e.expertId, e]));
  return (
    <section aria-labelledby="panel-heading">
      <Typography.Title level={2} id="panel-heading" style={{ fontSize: 20 }}>
        {t('evaluation.panel')}
      </Typography.Title>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      {editable && (
        <Form form={form} name="addExpert" layout="inline" onFinish={add} style={{ marginBottom: 16, rowGap: 8 }}>
          <Form.Item
            name="name"
            label={t('evaluation.expertName')}
            rules={[{ required: true, whitespace: true, message: t('form.required', { label: t('evaluation.expertName') }) }]}
          >
            <Input placeholder="王教授" />
          </Form.Item>
          <Form.Item
            name="expertId"
            label={t('evaluation.expertId')}
            rules={[{ required: true, whitespace: true, message: t('form.required', { label: t('evaluation.expertId') }) }]}
          >
            <Input placeholder="expert-wang" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={busy}>
            {t('evaluation.addExpert')}
          </Button>
        </Form>
      )}
      {missing.data && (
        <Alert
          type={missing.data.complete ? 'success' : 'warning'}
          showIcon
          title={missing.data.complete ? t('evaluation.allSubmitted') : t('evaluation.missingCount', { count: missing.data.missingCount })}
          style={{ marginBottom: 12 }}
        />
      )}
      <Table
        rowKey="expertId"
        size="middle"
        loading={panel.isLoading}
        dataSource={panel.data?.experts ?? []}
        pagination={false}
        scroll={{ x: 640 }}
        locale={{ emptyText: t('evaluation.noExperts') }}
        columns={[
          { title: t('evaluation.expertName'), dataIndex: 'name' },
          { title: t('evaluation.expertId'), dataIndex: 'expertId' },
          { title: t('evaluation.assigned'), render: (_, e) => e.assignedCandidacyIds.length },
          { title: t('evaluation.recusals'), render: (_, e) => (e.recusals.length ? e.recusals.map((r) => r.reason).join('；') : '—') },
          {
            title: t('evaluation.notSubmitted'),
            render: (_, e) => {
              const m = missingBy.get(e.expertId);
              if (!m) return '—';
              return m.missing.length ? (
                m.missing.map((x) => `${x.name}（${t(`expert.status.${x.sheetStatus}`)}）`).join('；')
              ) : (
                <StatusTag colour="green">{t('evaluation.done')}</StatusTag>
              );
            },
          },
        ]}
      />
    </section>
  );
}

function ScoresSection({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation();
  const scores = useQuery({ queryKey: ['evaluation', campaign.id, 'scores'], queryFn: () => evaluationApi.scores(campaign.id) });
  const stats = useQuery({ queryKey: ['evaluation', campaign.id, 'statistics'], queryFn: () => evaluationApi.statistics(campaign.id) });
  const rows = scores.data?.candidacies ?? [];
  const byId = new Map((stats.data?.candidates ?? []).map((c) => [c.candidacyId, c]));
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { top: 0, data: [t('evaluation.min'), t('evaluation.score'), t('evaluation.max')] },
      grid: { left: 48, right: 16, top: 48, bottom: 40 },
      xAxis: { type: 'category', data: rows.map((r) => r.name), axisLabel: { interval: 0, fontSize: 14 } },
      yAxis: { type: 'value', min: 0, max: 100 },
      series: [
        {
          name: t('evaluation.min'),
          type: 'bar',
          data: rows.map((r) => (byId.get(r.candidacyId)?.min ? Number(byId.get(r.candidacyId)!.min) : null)),
          itemStyle: { color: '#d3adf7' },
        },
        {
          name: t('evaluation.score'),
          type: 'bar',
          data: rows.map((r) => (r.score === null ? null : Number(r.score))),
          itemStyle: { color: '#c41d7f' },
          label: { show: true, position: 'top', formatter: (p: { dataIndex: number }) => rows[p.dataIndex]?.score ?? '' },
        },
        {
          name: t('evaluation.max'),
          type: 'bar',
          data: rows.map((r) => (byId.get(r.candidacyId)?.max ? Number(byId.get(r.candidacyId)!.max) : null)),
          itemStyle: { color: '#9254de' },
        },
      ],
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [scores.data, stats.data, t],
  );
  return (
    <section aria-labelledby="scores-heading">
      <Typography.Title level={2} id="scores-heading" style={{ fontSize: 20 }}>
        {t('evaluation.scores')}
      </Typography.Title>
      {scores.error && <Alert type="error" showIcon title={errorMessage(t, scores.error)} />}
      <Table
        rowKey="candidacyId"
        size="middle"
        loading={scores.isLoading}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 640 }}
        columns={[
          { title: t('candidacies.columns.name'), dataIndex: 'name' },
          {
            title: t('evaluation.score'),
            dataIndex: 'score',
            align: 'right',
            render: (s: string | null) => <strong style={{ fontSize: 18 }}>{s ?? '—'}</strong>,
          },
          { title: t('evaluation.sheets'), align: 'right', render: (_, r) => `${r.sheetCount} / ${r.expectedSheets}` },
          {
            title: t('evaluation.range'),
            align: 'right',
            render: (_, r) => (byId.get(r.candidacyId) ? `${byId.get(r.candidacyId)!.min} – ${byId.get(r.candidacyId)!.max}` : '—'),
          },
          {
            title: t('evaluation.complete'),
            render: (_, r) => (r.complete ? <StatusTag colour="green">{t('app.yes')}</StatusTag> : <StatusTag colour="gold">{t('app.no')}</StatusTag>),
          },
        ]}
      />
      {stats.data?.kendallsW && <Typography.Paragraph style={{ marginTop: 8 }}>{t('evaluation.kendall', { w: stats.data.kendallsW })}</Typography.Paragraph>}
      {rows.some((r) => r.score !== null) && (
        <Suspense fallback={null}>
          <Chart option={option} summary={rows.map((r) => `${r.name} ${r.score ?? '—'}`).join('，')} />
        </Suspense>
      )}
    </section>
  );
}

function PanelOpinionSection({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation();
  const opinion = useQuery({ queryKey: ['evaluation', campaign.id, 'panel-opinion'], queryFn: () => evaluationApi.panelOpinion(campaign.id) });
  const grade = (g: PanelGrade | null) => (g ? t(`expert.grades.${g}`) : '—');
  return (
    <section aria-labelledby="opinion-heading">
      <Typography.Title level={2} id="opinion-heading" style={{ fontSize: 20 }}>
        {t('evaluation.panelOpinion')}
      </Typography.Title>
      <Table
        rowKey="candidacyId"
        size="middle"
        loading={opinion.isLoading}
        dataSource={opinion.data?.candidacies ?? []}
        pagination={false}
        scroll={{ x: 640 }}
        columns={[
          { title: t('candidacies.columns.name'), dataIndex: 'name' },
          { title: t('evaluation.grade'), render: (_, c) => <strong>{grade(c.grade)}</strong> },
          { title: t('evaluation.points'), dataIndex: 'points', align: 'right', render: (p: string | null) => p ?? '—' },
          { title: t('evaluation.opinions'), render: (_, c) => c.grades.map((g) => `${g.name}：${grade(g.grade)}，${g.opinion}`).join('；') || '—' },
          { title: t('evaluation.pending'), render: (_, c) => c.pendingExpertIds.length || '—' },
        ]}
      />
    </section>
  );
}
