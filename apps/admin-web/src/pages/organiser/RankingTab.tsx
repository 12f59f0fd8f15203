import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, Modal, Radio, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type FreezeBlocker, type RankingLine, type ShortlistMember, shortlistingApi, type WhatIfComparison } from '../../api/shortlisting';
import { allows } from '../../api/stages';
import type { Campaign, Weights } from '../../api/types';
import { sumDecimals } from '../../components/decimal';
import { NumberInput } from '../../components/NumberInput';
import { numberRule } from '../../components/numberLimits';
import { StatusTag } from '../../components/StatusTag';
import { WithdrawFinalistButton } from './WithdrawFinalistButton';
import { panelText, placeResultsErrors, resultsError, swapText, unmetText } from '../public/resultsCommon';

/** Organiser: the composite ranking (live until frozen), a what-if of other weights, freezing, the shortlist and inspection. */
export function RankingTab({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation();
  if (!allows(campaign, 'read-ranking')) return <Alert type="info" showIcon title={t('results.ranking.notYet')} />;
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <RankingSection campaign={campaign} />
      {allows(campaign, 'freeze-ranking') && <WhatIfSection campaign={campaign} />}
      <ShortlistSection campaign={campaign} />
    </Space>
  );
}

/** Invalidates everything these screens (and the stage pipeline) show after a command. */
async function refreshAll(queryClient: ReturnType<typeof useQueryClient>, campaignId: string) {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: ['ranking', campaignId] }),
    queryClient.invalidateQueries({ queryKey: ['results', campaignId] }),
    queryClient.invalidateQueries({ queryKey: ['campaign', campaignId] }),
    queryClient.invalidateQueries({ queryKey: ['campaigns'] }),
  ]);
}

function notes(t: ReturnType<typeof useTranslation>['t'], line: RankingLine): string {
  const out: string[] = [];
  if (line.decidedBy && line.decidedBy !== 'composite') out.push(t(`results.decidedBy.${line.decidedBy}`, { defaultValue: line.decidedBy }));
  if (line.missingParts.length)
    out.push(t('results.missing', { parts: line.missingParts.map((p) => t(`results.parts.${p}`, { defaultValue: p })).join('、') }));
  return out.join('；') || '—';
}

function RankingSection({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const ranking = useQuery({ queryKey: ['ranking', campaign.id, 'lines', campaign.stage], queryFn: () => shortlistingApi.ranking(campaign.id) });
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [overrideReason, setOverrideReason] = useState('');
  const r = ranking.data;

  const freeze = async () => {
    setBusy(true);
    setError(null);
    try {
      await shortlistingApi.freeze(campaign.id, overridable ? overrideReason.trim() : undefined);
      message.success(t('results.ranking.frozenDone'));
      setOpen(false);
      await refreshAll(queryClient, campaign.id);
    } catch (err) {
      setError(resultsError(t, err));
      // A refusal may mean the page was out of date: what is missing is read again and shown above the button.
      void ranking.refetch();
    } finally {
      setBusy(false);
    }
  };
  const blockers = r?.freezeBlockers ?? [];
  // Parts that can never come any more (panel grades once panel opinion is over) do not leave the campaign stuck:
  // the organiser freezes without them, and the written reason is kept with the frozen ranking.
  const overridable = blockers.length > 0 && blockers.every((b) => b.overridable);

  return (
    <section aria-labelledby="sl-ranking-heading">
      <Typography.Title level={2} id="sl-ranking-heading" style={{ fontSize: 20 }}>
        {t('results.ranking.heading')}
      </Typography.Title>
      {ranking.error && <Alert type="error" showIcon title={resultsError(t, ranking.error)} />}
      {r && (
        <>
          <Alert
            type={r.frozen ? 'success' : 'info'}
            showIcon
            title={r.frozen ? t('results.ranking.frozen') : t('results.ranking.live')}
            style={{ marginBottom: 12 }}
            data-testid="ranking-state"
          />
          <Typography.Paragraph>{t('results.ranking.formula', { ...r.weights })}</Typography.Paragraph>
        </>
      )}
      <Table<RankingLine>
        rowKey="candidacyId"
        size="middle"
        loading={ranking.isLoading}
        dataSource={r?.lines ?? []}
        pagination={false}
        scroll={{ x: 820 }}
        locale={{ emptyText: t('results.ranking.empty') }}
        data-testid="ranking-table"
        columns={[
          { title: t('results.columns.rank'), dataIndex: 'rank', align: 'right', width: 70 },
          { title: t('results.columns.name'), dataIndex: 'name', render: (n: string) => <strong>{n}</strong> },
          { title: t('results.columns.projectReview'), dataIndex: 'projectReview', align: 'right' },
          { title: t('results.columns.panel'), align: 'right', render: (_, l) => panelText(t, l.panelPoints, l.panelGrade) },
          { title: t('results.columns.jury'), dataIndex: 'jury', align: 'right' },
          {
            title: t('results.columns.composite'),
            dataIndex: 'composite',
            align: 'right',
            render: (v: string) => <strong style={{ fontSize: 17 }}>{v}</strong>,
          },
          { title: t('results.columns.notes'), render: (_, l) => notes(t, l) },
        ]}
      />
      {allows(campaign, 'freeze-ranking') && r && !r.frozen && (
        <div style={{ marginTop: 16 }}>
          {blockers.length > 0 && <FreezeBlockers blockers={blockers} names={new Map(r.lines.map((l) => [l.candidacyId, l.name]))} />}
          {overridable && (
            <Form layout="vertical" style={{ maxWidth: 640 }}>
              <Form.Item label={t('forms.freeze.overrideLabel')} extra={t('forms.freeze.overrideHelp')} htmlFor="freeze-override-reason">
                <Input.TextArea
                  id="freeze-override-reason"
                  rows={2}
                  maxLength={2000}
                  value={overrideReason}
                  onChange={(e) => setOverrideReason(e.target.value)}
                  data-testid="freeze-override-reason"
                />
              </Form.Item>
            </Form>
          )}
          {error && !open && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} data-testid="freeze-refused" />}
          <Button
            type="primary"
            size="large"
            onClick={() => setOpen(true)}
            disabled={r.lines.length === 0 || (blockers.length > 0 && !(overridable && overrideReason.trim() !== ''))}
            aria-describedby={blockers.length > 0 ? 'freeze-blockers' : undefined}
          >
            {t('results.ranking.freeze')}
          </Button>
          <Modal
            open={open}
            title={t('results.ranking.freezeTitle')}
            okText={t('app.confirm')}
            cancelText={t('app.cancel')}
            confirmLoading={busy}
            onOk={freeze}
            onCancel={() => setOpen(false)}
            afterClose={() => void ranking.refetch()}
            destroyOnHidden
          >
            <Typography.Paragraph style={{ fontSize: 17 }}>{t('results.ranking.freezeBody')}</Typography.Paragraph>
            {error && <Alert type="error" showIcon title={error} />}
          </Modal>
        </div>
      )}
    </section>
  );
}

/** What keeps the ranking from being frozen, in words, each part with whom it concerns. */
function FreezeBlockers({ blockers, names }: { blockers: FreezeBlocker[]; names: Map<string, string> }) {
  const { t } = useTranslation();
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 12 }}
      id="freeze-blockers"
      data-testid="freeze-blockers"
      title={t('forms.freeze.blockedTitle')}
      description={
        <>
          <ul style={{ margin: 0, paddingLeft: 20 }}>
            {blockers.map((b) => (
              <li key={b.reason}>{t(`forms.freeze.${b.reason}`, { names: b.candidacyIds.map((id) => names.get(id) ?? id).join('、') })}</li>
            ))}
          </ul>
          <div>{t('forms.freeze.blockedHint')}</div>
        </>
      }
    />
  );
}

interface WhatIfForm {
  weights: Weights;
  weightsTotal?: string;
}

function WhatIfSection({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<WhatIfForm>();
  const [result, setResult] = useState<WhatIfComparison | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const ranking = useQuery({ queryKey: ['ranking', campaign.id, 'lines', campaign.stage], queryFn: () => shortlistingApi.ranking(campaign.id) });
  const names = new Map((ranking.data?.lines ?? []).map((l) => [l.candidacyId, l.name]));
  const nameOf = (id: string) => names.get(id) ?? id;
  const weights = Form.useWatch('weights', form);
  const total = weights ? sumDecimals([weights.projectReview ?? '', weights.panelOpinion ?? '', weights.jury ?? '']) : null;

  const run = async (v: WhatIfForm) => {
    setBusy(true);
    setError(null);
    setResult(null);
    form.setFields([{ name: 'weightsTotal', errors: [] }]);
    try {
      const w = { projectReview: String(v.weights.projectReview), panelOpinion: String(v.weights.panelOpinion), jury: String(v.weights.jury) };
      setResult(await shortlistingApi.whatIf(campaign.id, w));
    } catch (err) {
      const aliases = { weights: 'weightsTotal', projectReview: 'weights.projectReview', panelOpinion: 'weights.panelOpinion', jury: 'weights.jury' };
      setError(placeResultsErrors(form, err, t, aliases));
    } finally {
      setBusy(false);
    }
  };

  const alt = result?.alternative;
  const unchanged = result && result.movedIn.length === 0 && result.movedOut.length === 0 && result.rankChanges.length === 0;
  return (
    <section aria-labelledby="sl-whatif-heading">
      <Typography.Title level={2} id="sl-whatif-heading" style={{ fontSize: 20 }}>
        {t('results.whatIf.heading')}
      </Typography.Title>
      <Typography.Paragraph>{t('results.whatIf.intro')}</Typography.Paragraph>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Form<WhatIfForm>
        form={form}
        name="whatIf"
        layout="inline"
        onFinish={run}
        initialValues={{ weights: { ...campaign.config.weights } }}
        style={{ rowGap: 8, marginBottom: 12 }}
      >
        {(['projectReview', 'panelOpinion', 'jury'] as const).map((k) => (
          <Form.Item
            key={k}
            name={['weights', k]}
            label={t(`results.whatIf.${k}`)}
            rules={[{ required: true, message: t('form.required', { label: t(`results.whatIf.${k}`) }) }, numberRule(t, { min: 0, max: 100, step: '0.01' })]}
          >
            <NumberInput style={{ width: 100 }} />
          </Form.Item>
        ))}
        <Form.Item name="weightsTotal" label={t('results.whatIf.total')}>
          <span data-testid="whatif-total">{total === null ? '—' : `${total}%`}</span>
        </Form.Item>
        <Button htmlType="submit" loading={busy}>
          {t('results.whatIf.run')}
        </Button>
      </Form>
      {result && alt && (
        <div data-testid="whatif-result">
          {unchanged ? (
            <Alert type="info" showIcon title={t('results.whatIf.noChange')} style={{ marginBottom: 12 }} />
          ) : (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 12 }}
              title={
                <div>
                  {result.movedIn.length > 0 && <div>{t('results.whatIf.movedIn', { names: result.movedIn.map(nameOf).join('、') })}</div>}
                  {result.movedOut.length > 0 && <div>{t('results.whatIf.movedOut', { names: result.movedOut.map(nameOf).join('、') })}</div>}
                  {result.movedIn.length === 0 && result.movedOut.length === 0 && <div>{t('results.whatIf.sameShortlist')}</div>}
                  {result.rankChanges.length > 0 && (
                    <div>
                      {t('results.whatIf.rankChanges', {
                        changes: result.rankChanges
                          .map((c) => t('results.whatIf.rankChange', { name: nameOf(c.candidacyId), from: c.from, to: c.to }))
                          .join('；'),
                      })}
                    </div>
                  )}
                </div>
              }
            />
          )}
          <Table
            rowKey="candidacyId"
            size="small"
            dataSource={alt.lines}
            pagination={false}
            scroll={{ x: 640 }}
            title={() => <Typography.Text strong>{t('results.whatIf.previewTable', { ...alt.weights })}</Typography.Text>}
            columns={[
              { title: t('results.columns.rank'), dataIndex: 'rank', align: 'right', width: 70 },
              { title: t('results.columns.name'), render: (_, l) => nameOf(l.candidacyId) },
              { title: t('results.columns.composite'), dataIndex: 'composite', align: 'right' },
              {
                title: t('results.columns.via'),
                render: (_, l) => {
                  const m = alt.shortlist.members.find((x) => x.candidacyId === l.candidacyId);
                  return m ? t(`results.shortlist.via.${m.via}`, { defaultValue: m.via }) : '—';
                },
              },
            ]}
          />
        </div>
      )}
    </section>
  );
}

const MEMBER_STATUS_COLOUR: Record<string, 'blue' | 'red' | 'green' | 'grey'> = {
  shortlisted: 'blue',
  'failed-inspection': 'red',
  finalist: 'green',
  withdrawn: 'grey',
};

function ShortlistSection({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const enabled = allows(campaign, 'read-shortlist');
  const shortlist = useQuery({
    queryKey: ['ranking', campaign.id, 'shortlist', campaign.stage],
    queryFn: () => shortlistingApi.shortlist(campaign.id),
    enabled,
  });
  const ranking = useQuery({ queryKey: ['ranking', campaign.id, 'lines', campaign.stage], queryFn: () => shortlistingApi.ranking(campaign.id), enabled });
  const [inspecting, setInspecting] = useState<ShortlistMember | null>(null);
  const [closeOpen, setCloseOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [closeError, setCloseError] = useState<string | null>(null);
  const [exceptionReason, setExceptionReason] = useState('');

  if (!enabled) {
    return (
      <section aria-labelledby="sl-shortlist-heading">
        <Typography.Title level={2} id="sl-shortlist-heading" style={{ fontSize: 20 }}>
          {t('results.shortlist.heading')}
        </Typography.Title>
        <Typography.Paragraph>{t('results.shortlist.notYet')}</Typography.Paragraph>
      </section>
    );
  }
  const s = shortlist.data;
  const names = new Map((ranking.data?.lines ?? []).map((l) => [l.candidacyId, l.name]));
  for (const m of s?.members ?? []) names.set(m.candidacyId, m.name);
  const nameOf = (id: string) => names.get(id) ?? id;
  const current = (s?.members ?? []).filter((m) => m.status !== 'failed-inspection' && m.status !== 'withdrawn');
  const passed = current.filter((m) => m.inspectionResult === 'pass').length;
  const pending = current.length - passed;
  const inInspection = allows(campaign, 'record-inspection') && s && !s.closed;
  // With no more finalists than seats the rules need a written reason for an exception (等额 when equal).
  const seats = campaign.config.positions.reduce((n, p) => n + p.seats, 0);
  const tooFew = current.length <= seats;

  const close = async () => {
    if (tooFew && !exceptionReason.trim()) {
      setCloseError(t('results.shortlist.exceptionReasonRequired'));
      return;
    }
    setBusy(true);
    setCloseError(null);
    try {
      await shortlistingApi.closeInspection(campaign.id, tooFew ? exceptionReason.trim() : undefined);
      message.success(t('results.shortlist.closed'));
      setCloseOpen(false);
      await refreshAll(queryClient, campaign.id);
    } catch (err) {
      setCloseError(resultsError(t, err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="sl-shortlist-heading">
      <Typography.Title level={2} id="sl-shortlist-heading" style={{ fontSize: 20 }}>
        {t('results.shortlist.heading')}
      </Typography.Title>
      {shortlist.error && <Alert type="error" showIcon title={resultsError(t, shortlist.error)} />}
      {s && (
        <>
          <Typography.Paragraph style={{ fontSize: 17 }}>
            {t('results.shortlist.size', { size: s.size })} {t('results.shortlist.inspected', { done: passed, total: current.length })}
          </Typography.Paragraph>
          {s.swaps.length > 0 && (
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 12 }}
              data-testid="quota-swaps"
              title={t('results.shortlist.swapsHeading')}
              description={
                <ul style={{ margin: 0, paddingLeft: 20 }}>
                  {s.swaps.map((w, i) => (
                    <li key={i}>{swapText(t, w, nameOf)}</li>
                  ))}
                </ul>
              }
            />
          )}
          {s.unmetQuotas.length > 0 ? (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 12 }}
              data-testid="unmet-quotas"
              title={t('results.shortlist.unmetHeading')}
              description={
                <ul style={{ margin: 0, paddingLeft: 20 }}>
                  {s.unmetQuotas.map((v, i) => (
                    <li key={i}>{unmetText(t, v)}</li>
                  ))}
                </ul>
              }
            />
          ) : (
            <Typography.Paragraph>{t('results.shortlist.allMet')}</Typography.Paragraph>
          )}
        </>
      )}
      <Table<ShortlistMember>
        rowKey="candidacyId"
        size="middle"
        loading={shortlist.isLoading}
        dataSource={s?.members ?? []}
        pagination={false}
        scroll={{ x: 820 }}
        data-testid="shortlist-table"
        columns={[
          { title: t('results.columns.rank'), dataIndex: 'rank', align: 'right', width: 70 },
          { title: t('results.columns.name'), dataIndex: 'name', render: (n: string) => <strong>{n}</strong> },
          { title: t('results.columns.via'), dataIndex: 'via', render: (v: string) => t(`results.shortlist.via.${v}`, { defaultValue: v }) },
          {
            title: t('results.columns.status'),
            render: (_, m) => (
              <StatusTag colour={MEMBER_STATUS_COLOUR[m.status] ?? 'grey'}>
                {m.status === 'shortlisted' && m.inspectionResult === 'pass'
                  ? t('results.shortlist.result.pass')
                  : t(`results.shortlist.status.${m.status}`, { defaultValue: m.status })}
              </StatusTag>
            ),
          },
          { title: t('results.shortlist.findings'), dataIndex: 'findings', render: (f: string | null) => f ?? '—' },
          {
            title: t('campaigns.columns.actions'),
            render: (_, m) =>
              inInspection && m.status === 'shortlisted' ? (
                <Space wrap>
                  {m.inspectionResult === null && (
                    <Button
                      onClick={() => setInspecting(m)}
                      aria-label={t('results.shortlist.recordAria', { name: m.name })}
                      data-testid={`inspect-${m.candidacyId}`}
                    >
                      {t('results.shortlist.record')}
                    </Button>
                  )}
                  <WithdrawFinalistButton candidacyId={m.candidacyId} name={m.name} onDone={() => refreshAll(queryClient, campaign.id)} />
                </Space>
              ) : (
                '—'
              ),
          },
        ]}
      />
      {inInspection && (
        <div style={{ marginTop: 16 }}>
          <Typography.Paragraph>{t('results.shortlist.next')}</Typography.Paragraph>
          {pending > 0 && <Typography.Paragraph type="secondary">{t('results.shortlist.closeBlocked', { count: pending })}</Typography.Paragraph>}
          <Button type="primary" size="large" onClick={() => setCloseOpen(true)}>
            {t('results.shortlist.close')}
          </Button>
          <Modal
            open={closeOpen}
            title={t('results.shortlist.closeTitle')}
            okText={t('app.confirm')}
            cancelText={t('app.cancel')}
            confirmLoading={busy}
            onOk={close}
            onCancel={() => {
              setCloseOpen(false);
              setCloseError(null);
            }}
            destroyOnHidden
          >
            <Typography.Paragraph style={{ fontSize: 17 }}>{t('results.shortlist.closeBody', { count: current.length })}</Typography.Paragraph>
            {tooFew && (
              <>
                <Alert
                  type="warning"
                  showIcon
                  style={{ marginBottom: 12 }}
                  title={t(current.length === seats ? 'results.shortlist.uncontested' : 'results.shortlist.fewerThanSeats', {
                    finalists: current.length,
                    seats,
                  })}
                />
                <label htmlFor="inspection-exception-reason" style={{ display: 'block', marginBottom: 4 }}>
                  {t('results.shortlist.exceptionReason')}
                </label>
                <Input.TextArea
                  id="inspection-exception-reason"
                  rows={3}
                  maxLength={5000}
                  value={exceptionReason}
                  onChange={(e) => setExceptionReason(e.target.value)}
                  data-testid="inspection-exception-reason"
                />
              </>
            )}
            {closeError && <Alert type="error" showIcon title={closeError} data-testid="close-error" />}
          </Modal>
        </div>
      )}
      {s?.closed && <Alert type="success" showIcon title={t('results.shortlist.nextElection')} style={{ marginTop: 16 }} />}
      {inspecting && <InspectionModal campaign={campaign} member={inspecting} onClose={() => setInspecting(null)} nameOf={nameOf} />}
    </section>
  );
}

function InspectionModal({
  campaign,
  member,
  onClose,
  nameOf,
}: {
  campaign: Campaign;
  member: ShortlistMember;
  onClose: () => void;
  nameOf: (id: string) => string;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ result: 'pass' | 'fail'; findings: string }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const outcome = Form.useWatch('result', form);

  const submit = async () => {
    let v: { result: 'pass' | 'fail'; findings: string };
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const res = await shortlistingApi.inspect(campaign.id, { candidacyId: member.candidacyId, result: v.result, findings: v.findings });
      const replacement = res.result?.replacement;
      if (v.result === 'fail') {
        message.success(
          replacement
            ? t('results.shortlist.replaced', { name: member.name, replacement: nameOf(replacement) })
            : t('results.shortlist.noReplacement', { name: member.name }),
        );
      } else {
        message.success(t('results.shortlist.saved', { name: member.name }));
      }
      await queryClient.invalidateQueries({ queryKey: ['ranking', campaign.id] });
      await queryClient.invalidateQueries({ queryKey: ['campaign', campaign.id] });
      onClose();
    } catch (err) {
      setError(placeResultsErrors(form, err, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={t('results.shortlist.recordFor', { name: member.name })}
      okText={t('app.save')}
      cancelText={t('app.cancel')}
      confirmLoading={busy}
      onOk={submit}
      onCancel={onClose}
      destroyOnHidden
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" name="inspection" size="large">
        <Form.Item name="result" label={t('results.shortlist.outcome')} rules={[{ required: true, message: t('results.shortlist.outcomeRequired') }]}>
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            options={[
              { value: 'pass', label: t('results.shortlist.pass') },
              { value: 'fail', label: t('results.shortlist.fail') },
            ]}
          />
        </Form.Item>
        {outcome === 'fail' && <Alert type="warning" showIcon title={t('results.shortlist.failWarning')} style={{ marginBottom: 12 }} />}
        <Form.Item
          name="findings"
          label={t('results.shortlist.findings')}
          rules={[{ required: true, message: t('results.shortlist.findingsRequired') }, { max: 5000 }]}
        >
          <Input.TextArea
            rows={4}
            placeholder={outcome === 'fail' ? t('results.shortlist.findingsPlaceholderFail') : t('results.shortlist.findingsPlaceholderPass')}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
