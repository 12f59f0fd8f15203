import { GlobalOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Checkbox, Descriptions, Form, Input, Modal, Radio, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useHref } from 'react-router';
import { ApiError } from '../../api/client';
import { type Objection, resultsApi, type ResultsView } from '../../api/results';
import { electionApi } from '../../api/election';
import { allows } from '../../api/stages';
import type { Campaign } from '../../api/types';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { StatusTag } from '../../components/StatusTag';
import { ObjectionModeration } from './ObjectionModeration';
import {
  ExceptionsNotice,
  admittedObjections,
  CorrectionList,
  ResultDownloads,
  ElectedList,
  objectionLabel,
  objectionList,
  placeResultsErrors,
  ResultLinesTable,
  resultsError,
  uncorrectedUpheld,
  unmetText,
  when,
} from '../public/resultsCommon';

/** Organiser: publish the result, the publicity period, objections answered in writing, certification, corrections, downloads. */
export function ResultsTab({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation();
  const results = useQuery({
    queryKey: ['results', campaign.id, campaign.stage],
    queryFn: () => resultsApi.results(campaign.id),
    enabled: allows(campaign, 'read-results'),
  });
  if (!allows(campaign, 'read-results')) return <Alert type="info" showIcon title={t('results.publish.notYet')} />;
  if (results.error) return <Alert type="error" showIcon title={resultsError(t, results.error)} />;
  const view = results.data;
  if (!view) return null;
  const published = view.publishedAt !== null;
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      {/* An honours campaign publishes its award lists from the awards tab, where it sees them. */}
      {allows(campaign, 'publish-results') && !view.awards && <PublishSection campaign={campaign} />}
      {published && <PublicitySection view={view} />}
      {published && <ObjectionsSection campaign={campaign} view={view} />}
      {campaign.stage === 'publicity' && view.objections.some((o) => o.upheld === true) && <UpheldCorrectionSection campaign={campaign} view={view} />}
      {published && <CertifySection campaign={campaign} view={view} />}
      {campaign.stage === 'certified' && <CorrectionSection campaign={campaign} view={view} />}
      {campaign.stage === 'certified' && <ErasureSection campaign={campaign} />}
      <section aria-labelledby="rs-result-table-heading">
        <Typography.Title level={2} id="rs-result-table-heading" style={{ fontSize: 20 }}>
          {t('results.public.rankedHeading')}
        </Typography.Title>
        <ResultLinesTable view={view} />
      </section>
      <DownloadsSection campaign={campaign} published={published} />
    </Space>
  );
}

async function refreshAll(queryClient: ReturnType<typeof useQueryClient>, campaignId: string) {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: ['results', campaignId] }),
    queryClient.invalidateQueries({ queryKey: ['campaign', campaignId] }),
    queryClient.invalidateQueries({ queryKey: ['campaigns'] }),
  ]);
}

/** A button that asks first; the refusal (if any) is shown in the dialogue and stays on the page after it closes. */
function ConfirmedAction({
  label,
  title,
  body,
  action,
  done,
  testId,
  danger,
  describeError,
  reasonLabel,
}: {
  label: string;
  title: string;
  body: string;
  /** Given the written reason when `reasonLabel` asks for one. */
  action: (reason?: string) => Promise<unknown>;
  /** Ask for a written reason (required) in the dialogue: an exception the record keeps. */
  reasonLabel?: string;
  done: string;
  testId: string;
  danger?: boolean;
  /** Our own sentence for a refusal, when the page knows more than the api's code says; else the usual one. */
  describeError?: (err: unknown) => string | null;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [reasonMissing, setReasonMissing] = useState(false);
  const confirm = async () => {
    if (reasonLabel && !reason.trim()) {
      setReasonMissing(true);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await action(reasonLabel ? reason.trim() : undefined);
      message.success(done);
      setOpen(false);
    } catch (err) {
      setError(describeError?.(err) ?? resultsError(t, err));
      setOpen(false);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} data-testid={`${testId}-error`} />}
      <Button type="primary" size="large" danger={danger} onClick={() => setOpen(true)} data-testid={testId}>
        {label}
      </Button>
      <Modal
        open={open}
        title={title}
        okText={t('app.confirm')}
        cancelText={t('app.cancel')}
        confirmLoading={busy}
        onOk={confirm}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Typography.Paragraph style={{ fontSize: 17 }}>{body}</Typography.Paragraph>
        {reasonLabel && (
          <>
            <label htmlFor={`${testId}-reason`} style={{ display: 'block', marginBottom: 4 }}>
              {reasonLabel}
            </label>
            <Input.TextArea
              id={`${testId}-reason`}
              rows={3}
              maxLength={5000}
              value={reason}
              status={reasonMissing ? 'error' : undefined}
              onChange={(e) => {
                setReason(e.target.value);
                setReasonMissing(false);
              }}
              data-testid={`${testId}-reason`}
            />
            {reasonMissing && <Typography.Text type="danger">{t('results.exception.reasonRequired')}</Typography.Text>}
          </>
        )}
      </Modal>
    </>
  );
}

function PublishSection({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const quota = useQuery({ queryKey: ['election', campaign.id, 'quota'], queryFn: () => electionApi.quotaCheck(campaign.id) });
  // A broken quota that no further round can mend (nobody qualifying left) is published only with a written reason.
  const unmendable = !!quota.data && !quota.data.passed && quota.data.quotaFurtherRound.plan === null;
  const mendable = !!quota.data?.quotaFurtherRound.plan;
  return (
    <section aria-labelledby="rs-publish-heading">
      <Typography.Title level={2} id="rs-publish-heading" style={{ fontSize: 20 }}>
        {t('results.publish.heading')}
      </Typography.Title>
      <Typography.Paragraph>{t('results.publish.body')}</Typography.Paragraph>
      {mendable && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('results.exception.furtherRoundFirst')}
          data-testid="publish-further-round-first"
        />
      )}
      {unmendable && <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t('results.exception.publishWithReason')} />}
      <ConfirmedAction
        label={t('results.publish.button')}
        title={t('results.publish.title')}
        body={t('results.publish.confirmBody')}
        done={t('results.publish.done')}
        testId="publish-results"
        reasonLabel={unmendable ? t('results.exception.quotaReason') : undefined}
        action={async (reason) => {
          await resultsApi.publish(campaign.id, reason);
          await refreshAll(queryClient, campaign.id);
        }}
      />
    </section>
  );
}

/** After certification and the retention period: crypto-shred the campaign's personal data (refused with the date before then). */
function ErasureSection({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  return (
    <section aria-labelledby="rs-erasure-heading">
      <Typography.Title level={2} id="rs-erasure-heading" style={{ fontSize: 20 }}>
        {t('results.erasure.heading')}
      </Typography.Title>
      <Typography.Paragraph>{t('results.erasure.body')}</Typography.Paragraph>
      <ConfirmedAction
        label={t('results.erasure.button')}
        title={t('results.erasure.title')}
        body={t('results.erasure.confirmBody')}
        done={t('results.erasure.done')}
        testId="erase-personal-data"
        danger
        action={async () => {
          await resultsApi.erasePersonalData(campaign.id);
          await refreshAll(queryClient, campaign.id);
        }}
      />
    </section>
  );
}

function PublicitySection({ view }: { view: ResultsView }) {
  const { t, i18n } = useTranslation();
  const noMinimum = view.publicityEndsAt === view.publishedAt;
  const over = !noMinimum && view.publicityEndsAt !== null && new Date(view.publicityEndsAt) <= new Date();
  return (
    <section aria-labelledby="rs-publicity-heading">
      <Typography.Title level={2} id="rs-publicity-heading" style={{ fontSize: 20 }}>
        {t('results.publicity.heading')}
      </Typography.Title>
      <Descriptions
        bordered
        column={1}
        size="middle"
        styles={{ label: { width: 200 } }}
        items={[
          { key: 'published', label: t('results.publicity.publishedAt'), children: when(view.publishedAt, i18n.language) },
          {
            key: 'ends',
            label: t('results.publicity.endsAt'),
            children: noMinimum ? (
              t('results.publicity.noMinimum')
            ) : (
              <span>
                {when(view.publicityEndsAt, i18n.language)}{' '}
                <StatusTag colour={over ? 'green' : 'blue'}>{over ? t('results.publicity.over') : t('results.publicity.running')}</StatusTag>
              </span>
            ),
          },
          ...(view.certifiedAt ? [{ key: 'certified', label: t('results.publicity.certifiedAt'), children: when(view.certifiedAt, i18n.language) }] : []),
          { key: 'elected', label: t('results.publicity.electedHeading'), children: <ElectedList view={view} /> },
          { key: 'hash', label: t('results.publicity.hash'), children: <code style={{ wordBreak: 'break-all' }}>{view.basedOnEventHash ?? '—'}</code> },
        ]}
      />
      <ExceptionsNotice view={view} />
      {view.quotaViolations.length > 0 && (
        <Alert
          type="error"
          showIcon
          style={{ marginTop: 12 }}
          title={t('results.publicity.quotaViolations')}
          description={
            <ul style={{ margin: 0, paddingLeft: 20 }}>
              {view.quotaViolations.map((v, i) => (
                <li key={i}>{unmetText(t, v)}</li>
              ))}
            </ul>
          }
        />
      )}
    </section>
  );
}

/** The objections on the record (admitted), each answered in writing; the ones waiting for review come first. */
function ObjectionsSection({ campaign, view }: { campaign: Campaign; view: ResultsView }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const admitted = admittedObjections(view);
  const open = admitted.filter((o) => o.resolution === null).length;
  return (
    <section aria-labelledby="rs-objections-heading">
      <Typography.Title level={2} id="rs-objections-heading" style={{ fontSize: 20 }}>
        {t('results.objections.heading')}
      </Typography.Title>
      <ObjectionModeration campaign={campaign} view={view} onChanged={() => refreshAll(queryClient, campaign.id)} />
      {admitted.length === 0 && <Typography.Paragraph>{t('results.objections.none')}</Typography.Paragraph>}
      {open > 0 && <Alert type="warning" showIcon title={t('results.objections.openCount', { count: open })} style={{ marginBottom: 12 }} />}
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        {admitted.map((o, i) => (
          <ObjectionCard key={o.objectionId} campaign={campaign} objection={o} index={i + 1} canAnswer={campaign.stage === 'publicity'} view={view} />
        ))}
      </Space>
    </section>
  );
}

function ObjectionCard({
  campaign,
  objection: o,
  index,
  canAnswer,
  view,
}: {
  campaign: Campaign;
  objection: Objection;
  index: number;
  canAnswer: boolean;
  view: ResultsView;
}) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ resolution: string; upheld: boolean }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const answer = async (v: { resolution: string; upheld: boolean }) => {
    setBusy(true);
    setError(null);
    try {
      await resultsApi.resolve(campaign.id, o.objectionId, { resolution: v.resolution, upheld: v.upheld });
      message.success(t('results.objections.sent'));
      await refreshAll(queryClient, campaign.id);
    } catch (err) {
      setError(placeResultsErrors(form, err, t));
    } finally {
      setBusy(false);
    }
  };
  const formName = `objection${index}`;
  const needsCorrection = o.upheld === true && o.correction === null && campaign.stage === 'publicity';
  const goToCorrection = () => {
    const field = document.getElementById('upheldCorrection_text');
    field?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    field?.focus({ preventScroll: true });
  };
  return (
    <Card
      size="small"
      data-testid="objection"
      title={
        <Space wrap>
          <span>
            {t('results.objections.text')} {index}
          </span>
          {o.resolution === null ? (
            <StatusTag colour="gold">{t('results.objections.open')}</StatusTag>
          ) : (
            <StatusTag colour={o.upheld ? 'red' : 'green'}>{o.upheld ? t('results.objections.upheld') : t('results.objections.notUpheld')}</StatusTag>
          )}
        </Space>
      }
    >
      <Typography.Paragraph type="secondary" style={{ marginBottom: 4 }}>
        {t('results.objections.lodgedAt')}：{when(o.lodgedAt, i18n.language)}
        {o.contact ? ` · ${t('results.objections.contact')}：${o.contact}` : ''}
      </Typography.Paragraph>
      <Typography.Paragraph style={{ fontSize: 17, whiteSpace: 'pre-wrap' }}>{o.text}</Typography.Paragraph>
      {o.resolution !== null && (
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>
          <strong>{t('results.objections.answer')}：</strong>
          {o.resolution}
        </Typography.Paragraph>
      )}
      {o.correction !== null && (
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }} data-testid="objection-correction">
          <strong>{t('results.objections.correction')}：</strong>
          {o.correction}
        </Typography.Paragraph>
      )}
      {needsCorrection && (
        <Alert
          type="warning"
          showIcon
          data-testid="objection-needs-correction"
          title={t('results.objections.needsCorrection')}
          action={
            <Button size="small" onClick={goToCorrection} aria-label={`${t('results.objections.goToCorrection')}：${objectionLabel(t, view, o.objectionId)}`}>
              {t('results.objections.goToCorrection')}
            </Button>
          }
        />
      )}
      {o.resolution === null && canAnswer && (
        <>
          {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
          <Form form={form} name={formName} layout="vertical" onFinish={answer}>
            <Form.Item
              name="resolution"
              label={t('results.objections.resolution')}
              rules={[{ required: true, message: t('results.objections.resolutionRequired') }, { max: 5000 }]}
            >
              <Input.TextArea rows={3} placeholder={t('results.objections.resolutionPlaceholder')} />
            </Form.Item>
            <Form.Item name="upheld" label={t('results.objections.upheldLabel')} rules={[{ required: true, message: t('results.objections.upheldRequired') }]}>
              <Radio.Group
                options={[
                  { value: false, label: t('results.objections.upheldNo') },
                  { value: true, label: t('results.objections.upheldYes') },
                ]}
              />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={busy}>
              {t('results.objections.send')}
            </Button>
          </Form>
        </>
      )}
    </Card>
  );
}

function CertifySection({ campaign, view }: { campaign: Campaign; view: ResultsView }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const pending = uncorrectedUpheld(view);
  const pendingList = objectionList(
    t,
    view,
    pending.map((o) => o.objectionId),
  );
  /** The api says only that some upheld objection lacks a correction: we name which ones. */
  const describeError = (err: unknown) =>
    err instanceof ApiError && err.code === 'certify.objection-upheld' && pending.length > 0 ? t('results.certify.refusedUpheld', { list: pendingList }) : null;
  return (
    <section aria-labelledby="rs-certify-heading">
      <Typography.Title level={2} id="rs-certify-heading" style={{ fontSize: 20 }}>
        {t('results.certify.heading')}
      </Typography.Title>
      {view.certifiedAt ? (
        <Alert type="success" showIcon title={t('results.certify.certified')} data-testid="certified" />
      ) : (
        <>
          <Typography.Paragraph>{t('results.certify.body')}</Typography.Paragraph>
          {pending.length > 0 && (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 12 }}
              data-testid="certify-upheld-pending"
              title={t('results.certify.upheldPending', { list: pendingList })}
            />
          )}
          <ConfirmedAction
            label={t('results.certify.button')}
            title={t('results.certify.title')}
            body={t('results.certify.confirmBody')}
            done={t('results.certify.done')}
            testId="certify-results"
            describeError={describeError}
            reasonLabel={view.quotaViolations.length > 0 && !view.exceptions.quota ? t('results.exception.quotaReason') : undefined}
            action={async (reason) => {
              await resultsApi.certify(campaign.id, reason);
              await refreshAll(queryClient, campaign.id);
            }}
          />
        </>
      )}
    </section>
  );
}

function CorrectionSection({ campaign, view }: { campaign: Campaign; view: ResultsView }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ text: string }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const send = async (v: { text: string }) => {
    setBusy(true);
    setError(null);
    try {
      await resultsApi.correct(campaign.id, v.text);
      form.resetFields();
      message.success(t('results.correction.sent'));
      await refreshAll(queryClient, campaign.id);
    } catch (err) {
      setError(placeResultsErrors(form, err, t));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="rs-correction-heading">
      <Typography.Title level={2} id="rs-correction-heading" style={{ fontSize: 20 }}>
        {t('results.correction.heading')}
      </Typography.Title>
      <Typography.Paragraph>{t('results.correction.intro')}</Typography.Paragraph>
      {view.corrections.length === 0 ? (
        <Typography.Paragraph type="secondary">{t('results.correction.none')}</Typography.Paragraph>
      ) : (
        <CorrectionList view={view} />
      )}
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Form form={form} name="correction" layout="vertical" onFinish={send}>
        <Form.Item name="text" label={t('results.correction.text')} rules={[{ required: true, message: t('results.correction.required') }, { max: 5000 }]}>
          <Input.TextArea rows={3} placeholder={t('results.correction.placeholder')} />
        </Form.Item>
        <Button htmlType="submit" loading={busy}>
          {t('results.correction.send')}
        </Button>
      </Form>
    </section>
  );
}

/**
 * During publicity: an upheld objection is answered by a correction that names it; certification waits until every
 * upheld objection has one. The upheld, uncorrected objections are pre-selected.
 */
function UpheldCorrectionSection({ campaign, view }: { campaign: Campaign; view: ResultsView }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ text: string; objectionIds: string[] }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const pending = uncorrectedUpheld(view);
  const send = async (v: { text: string; objectionIds: string[] }) => {
    setBusy(true);
    setError(null);
    try {
      await resultsApi.correct(campaign.id, v.text, v.objectionIds);
      form.resetFields();
      message.success(t('results.upheldCorrection.sent'));
      await refreshAll(queryClient, campaign.id);
    } catch (err) {
      setError(placeResultsErrors(form, err, t));
    } finally {
      setBusy(false);
    }
  };
  const excerpt = (text: string) => (text.length > 60 ? `${text.slice(0, 60)}…` : text);
  return (
    <section aria-labelledby="rs-upheld-correction-heading">
      <Typography.Title level={2} id="rs-upheld-correction-heading" style={{ fontSize: 20 }}>
        {t('results.upheldCorrection.heading')}
      </Typography.Title>
      <Typography.Paragraph>{t('results.upheldCorrection.intro')}</Typography.Paragraph>
      {view.corrections.length > 0 && (
        <>
          <Typography.Title level={3} style={{ fontSize: 17 }}>
            {t('results.upheldCorrection.recorded')}
          </Typography.Title>
          <CorrectionList view={view} />
        </>
      )}
      {pending.length === 0 ? (
        <Alert type="success" showIcon title={t('results.upheldCorrection.allCorrected')} data-testid="upheld-all-corrected" />
      ) : (
        <>
          {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} data-testid="upheld-correction-error" />}
          {/* Remounted when the set of uncorrected objections changes, so the pre-selection follows it. */}
          <Form
            key={pending.map((o) => o.objectionId).join(',')}
            form={form}
            name="upheldCorrection"
            layout="vertical"
            onFinish={send}
            initialValues={{ objectionIds: pending.map((o) => o.objectionId) }}
          >
            <Form.Item
              name="objectionIds"
              label={<span id="upheld-correction-objections-label">{t('results.upheldCorrection.objections')}</span>}
              rules={[{ required: true, type: 'array', min: 1, message: t('results.upheldCorrection.objectionsRequired') }]}
            >
              <CheckboxGroup labelledBy="upheld-correction-objections-label" style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
                {pending.map((o) => (
                  <Checkbox key={o.objectionId} value={o.objectionId}>
                    {objectionLabel(t, view, o.objectionId)}：{excerpt(o.text)}
                  </Checkbox>
                ))}
              </CheckboxGroup>
            </Form.Item>
            <Form.Item
              name="text"
              label={t('results.upheldCorrection.text')}
              rules={[{ required: true, message: t('results.upheldCorrection.required') }, { max: 5000 }]}
            >
              <Input.TextArea rows={3} placeholder={t('results.upheldCorrection.placeholder')} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={busy} data-testid="record-correction">
              {t('results.upheldCorrection.send')}
            </Button>
          </Form>
        </>
      )}
    </section>
  );
}

function DownloadsSection({ campaign, published }: { campaign: Campaign; published: boolean }) {
  const { t } = useTranslation();
  const publicHref = useHref(`/public/results/${campaign.id}`);
  return (
    <section aria-labelledby="rs-downloads-heading">
      <Typography.Title level={2} id="rs-downloads-heading" style={{ fontSize: 20 }}>
        {t('results.downloads.heading')}
      </Typography.Title>
      {published ? (
        <Space wrap>
          <ResultDownloads campaignId={campaign.id} />
          <Button icon={<GlobalOutlined aria-hidden />} href={publicHref} target="_blank" rel="noopener" data-testid="public-page-link">
            {t('results.downloads.publicPage')}
          </Button>
        </Space>
      ) : (
        <Typography.Paragraph type="secondary">{t('results.downloads.onlyAfterPublish')}</Typography.Paragraph>
      )}
    </section>
  );
}
