import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../api/client';
import { resultsApi, type ResultsView } from '../../api/results';
import { StatusTag } from '../../components/StatusTag';
import { CorrectionList, ElectedList, ExceptionsNotice, placeResultsErrors, ResultDownloads, ResultLinesTable, resultsError, when } from './resultsCommon';
import { PublicShell } from '../../components/PublicShell';

/** The published result as anyone may read it (no sign-in); shared by the result page and the notice. */
export function usePublishedResult(campaignId: string | undefined) {
  return useQuery({
    queryKey: ['public-results', campaignId],
    queryFn: () => resultsApi.published(campaignId!),
    enabled: !!campaignId,
    retry: (n, err) => !(err instanceof ApiError && err.status < 500) && n < 2,
  });
}

/** The frame of the public pages: brand, language switch, main landmark. */
export function PublicFrame({ children }: { children: React.ReactNode }) {
  return <PublicShell wide>{children}</PublicShell>;
}

export function PublicLoadState({ query }: { query: ReturnType<typeof usePublishedResult> }) {
  const { t } = useTranslation();
  if (query.isLoading)
    return (
      <div style={{ padding: 48, textAlign: 'center' }}>
        <Spin size="large" description={t('results.public.loading')} />
      </div>
    );
  const err = query.error;
  if (err instanceof ApiError && (err.status === 404 || err.status === 400)) return <Alert type="info" showIcon title={t('results.public.notPublished')} />;
  return <Alert type="error" showIcon title={resultsError(t, err)} />;
}

/** The status banner: under publicity until a date, or certified and final. */
export function PublicBanner({ view }: { view: ResultsView }) {
  const { t, i18n } = useTranslation();
  if (view.certifiedAt)
    return (
      <Alert type="success" showIcon title={t('results.public.certifiedBanner', { date: when(view.certifiedAt, i18n.language) })} data-testid="public-banner" />
    );
  const noMinimum = view.publicityEndsAt === view.publishedAt;
  return (
    <Alert
      type="info"
      showIcon
      data-testid="public-banner"
      title={noMinimum ? t('results.public.publicityNoMinimum') : t('results.public.publicityBanner', { date: when(view.publicityEndsAt, i18n.language) })}
    />
  );
}

/** Public: the published result of a campaign with every part score, the objections and their answers; objections may be lodged here. */
export function PublicResults() {
  const { t } = useTranslation();
  const { campaignId } = useParams();
  const result = usePublishedResult(campaignId);
  const view = result.data;
  if (!view) return <PublicFrame>{<PublicLoadState query={result} />}</PublicFrame>;
  const stageBadge = view.certifiedAt ? 'certified' : 'publicity';
  return (
    <PublicFrame>
      <Typography.Title level={1} style={{ fontSize: 28, marginTop: 0, marginBottom: 4 }}>
        {t('results.public.title', { title: view.title })}
      </Typography.Title>
      <Space wrap style={{ marginBottom: 16 }}>
        <Typography.Text style={{ fontSize: 17 }}>{view.organisingBody}</Typography.Text>
        <StatusTag colour={view.certifiedAt ? 'green' : 'blue'}>
          <span data-testid="public-stage">{t(`results.public.stageBadge.${stageBadge}`)}</span>
        </StatusTag>
      </Space>
      <PublicBanner view={view} />
      <nav aria-label={t('results.downloads.heading')} style={{ margin: '16px 0' }}>
        <Space wrap>
          <Link to={`/public/results/${view.campaignId}/notice`}>{t('results.public.noticeLink')}</Link>
          <ResultDownloads campaignId={view.campaignId} />
          <Link to={`/jury/receipt?campaign=${view.campaignId}`}>{t('results.public.receiptLink')}</Link>
        </Space>
      </nav>

      <Card className="section-card">
        <Typography.Title level={2} style={{ fontSize: 20, marginTop: 0 }}>
          {view.awards ? t('pipeline.awards.heading') : t('results.publicity.electedHeading')}
        </Typography.Title>
        <ElectedList view={view} />
      </Card>

      <Card className="section-card">
        <Typography.Title level={2} style={{ fontSize: 20, marginTop: 0 }}>
          {t('results.public.rankedHeading')}
        </Typography.Title>
        {view.awards?.publication !== 'unranked' && <Typography.Paragraph>{t('results.ranking.formula', { ...view.weights })}</Typography.Paragraph>}
        <ResultLinesTable view={view} />
      </Card>

      {view.objections.length > 0 && (
        <Card className="section-card">
          <Typography.Title level={2} style={{ fontSize: 20, marginTop: 0 }}>
            {t('results.public.answersHeading')}
          </Typography.Title>
          <ol style={{ paddingLeft: 20 }}>
            {view.objections.map((o) => (
              <li key={o.objectionId} style={{ marginBottom: 12 }}>
                <div style={{ whiteSpace: 'pre-wrap' }}>{o.text}</div>
                <div>
                  {o.resolution === null ? (
                    <StatusTag colour="gold">{t('results.objections.open')}</StatusTag>
                  ) : (
                    <span style={{ whiteSpace: 'pre-wrap' }}>
                      <StatusTag colour={o.upheld ? 'red' : 'green'}>{o.upheld ? t('results.objections.upheld') : t('results.objections.notUpheld')}</StatusTag>{' '}
                      {o.resolution}
                    </span>
                  )}
                </div>
                {o.correction !== null ? (
                  <div style={{ whiteSpace: 'pre-wrap' }} data-testid="public-objection-correction">
                    <strong>{t('results.objections.correction')}：</strong>
                    {o.correction}
                  </div>
                ) : (
                  o.upheld === true && (
                    <div>
                      <StatusTag colour="gold">{t('results.objections.awaitingCorrection')}</StatusTag>
                    </div>
                  )
                )}
              </li>
            ))}
          </ol>
        </Card>
      )}

      {(view.exceptions.inspection || view.exceptions.quota) && (
        <Card className="section-card">
          <ExceptionsNotice view={view} />
        </Card>
      )}

      {view.corrections.length > 0 && (
        <Card className="section-card">
          <Typography.Title level={2} style={{ fontSize: 20, marginTop: 0 }}>
            {t('results.correction.heading')}
          </Typography.Title>
          <CorrectionList view={view} />
        </Card>
      )}

      <Card className="section-card">
        <Typography.Title level={2} style={{ fontSize: 20, marginTop: 0 }}>
          {t('results.public.objectHeading')}
        </Typography.Title>
        {view.stage === 'publicity' ? (
          <ObjectionForm campaignId={view.campaignId} />
        ) : (
          <Typography.Paragraph>{t('results.public.objectClosed')}</Typography.Paragraph>
        )}
      </Card>

      <Typography.Paragraph type="secondary" style={{ wordBreak: 'break-all' }}>
        {t('results.publicity.hash')}：<code>{view.basedOnEventHash ?? '—'}</code>
      </Typography.Paragraph>
    </PublicFrame>
  );
}

function ObjectionForm({ campaignId }: { campaignId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ text: string; contact?: string }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  const send = async (v: { text: string; contact?: string }) => {
    setBusy(true);
    setError(null);
    setSent(false);
    try {
      await resultsApi.object(campaignId, v.contact?.trim() ? { text: v.text, contact: v.contact.trim() } : { text: v.text });
      form.resetFields();
      setSent(true);
      await queryClient.invalidateQueries({ queryKey: ['public-results', campaignId] });
    } catch (err) {
      setError(placeResultsErrors(form, err, t));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Typography.Paragraph>{t('results.public.objectIntro')}</Typography.Paragraph>
      {sent && <Alert type="success" showIcon title={t('results.public.objectSent')} style={{ marginBottom: 12 }} data-testid="objection-sent" />}
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Form form={form} name="objection" layout="vertical" size="large" onFinish={send}>
        <Form.Item
          name="text"
          label={t('results.public.objectText')}
          rules={[{ required: true, message: t('results.objections.resolutionRequired') }, { max: 5000 }]}
        >
          <Input.TextArea rows={4} />
        </Form.Item>
        <Form.Item name="contact" label={t('results.public.objectContact')} rules={[{ max: 100 }]}>
          <Input />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy}>
          {t('results.public.objectSend')}
        </Button>
      </Form>
    </>
  );
}
