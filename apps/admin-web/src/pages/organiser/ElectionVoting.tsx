import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Form, Input, Modal, Radio, Space, Switch, Table, Typography } from 'antd';
import { NumberInput } from '../../components/NumberInput';
import { numberRule } from '../../components/numberLimits';
import { QRCodeSVG } from 'qrcode.react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import {
  type DelegateCredential,
  delegateLink,
  type ElectionOverview,
  type ElectionRound,
  electionApi,
  type NamedCandidacy,
  type PaperCountInput,
  type VotingMethod,
} from '../../api/election';
import type { Campaign } from '../../api/types';
import { applyApiErrors } from '../../components/apiErrors';
import { StatusTag } from '../../components/StatusTag';
import './election.css';
import { electionError, localiseFieldErrors, nameMap } from './electionShared';
import { allows } from '../../api/stages';

/** Where a refusal without a field belongs on the open-round form. */
const OPEN_FIELD_OF: Record<string, string> = {
  'election.position-out-of-order': 'positionKey',
  'election.position-filled': 'positionKey',
  'election.position-unknown': 'positionKey',
  'election.no-candidates': 'positionKey',
  'election.not-competitive': 'competitiveException',
  'election.write-ins-not-in-run-off': 'allowWriteIns',
  'election.write-ins-not-allowed': 'allowWriteIns',
};

export type IssuedCodes = Record<string, DelegateCredential[]>;

/** Opening a round, then the open round: codes (electronic) or the paper count, and closing it. */
export function ElectionVoting({
  campaign,
  overview,
  rounds,
  codes,
  setCodes,
}: {
  campaign: Campaign;
  overview: ElectionOverview;
  rounds: ElectionRound[];
  codes: IssuedCodes;
  setCodes: (roundId: string, list: DelegateCredential[]) => void;
}) {
  const { t } = useTranslation();
  const open = overview.openRoundId ? rounds.find((r) => r.roundId === overview.openRoundId) : undefined;
  if (open) return <OpenRound campaign={campaign} round={open} codes={codes[open.roundId]} setCodes={(list) => setCodes(open.roundId, list)} />;
  if (overview.openRoundId) return null; // the round list is catching up
  if (overview.completed) return <Alert type="success" showIcon title={t('election.open.nothing')} />;
  if (!allows(campaign, 'hold-election')) return <Alert type="info" showIcon title={t('election.open.notElectionStage')} />;
  return <OpenRoundForm campaign={campaign} overview={overview} nextNumber={rounds.length + 1} />;
}

interface OpenValues {
  positionKey: string;
  method: VotingMethod;
  allowWriteIns?: boolean;
  competitiveException?: string;
}

function OpenRoundForm({ campaign, overview, nextNumber }: { campaign: Campaign; overview: ElectionOverview; nextNumber: number }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<OpenValues>();
  const candidates = overview.positions.filter((p) => !p.filled && p.next);
  const positionKey = Form.useWatch('positionKey', form) ?? candidates[0]?.positionKey;
  const method = Form.useWatch('method', form) ?? 'electronic';
  const position = candidates.find((p) => p.positionKey === positionKey);
  const [confirming, setConfirming] = useState<OpenValues | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!candidates.length) return <Alert type="success" showIcon title={t('election.open.nothing')} />;
  const next = position?.next;
  const names = nameMap(overview.finalists, next?.candidates);

  const open = async () => {
    const v = confirming!;
    setBusy(true);
    setError(null);
    try {
      const res = await electionApi.openRound(campaign.id, {
        positionKey: v.positionKey,
        method: v.method,
        ...(v.allowWriteIns ? { allowWriteIns: true } : {}),
        ...(next && !next.competitive && v.competitiveException?.trim() ? { competitiveException: { reason: v.competitiveException.trim() } } : {}),
      });
      message.success(t('election.open.opened', { number: res.result?.number ?? nextNumber }));
      setConfirming(null);
      await queryClient.invalidateQueries({ queryKey: ['election', campaign.id] });
    } catch (err) {
      setConfirming(null);
      const field = err instanceof ApiError && err.code ? OPEN_FIELD_OF[err.code] : undefined;
      if (!applyApiErrors(form, localiseFieldErrors(t, err, names, field), t, { writeInEligibleIds: 'allowWriteIns' }).length)
        setError(electionError(t, err, names));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="open-round-heading">
      <Typography.Title level={4} id="open-round-heading" style={{ fontSize: 17 }}>
        {t('election.open.title')}
      </Typography.Title>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} data-testid="open-round-error" />}
      <Form
        form={form}
        name="openRound"
        layout="vertical"
        initialValues={{ positionKey: candidates[0].positionKey, method: 'electronic', allowWriteIns: false }}
        onFinish={(v) => setConfirming({ ...v, positionKey: v.positionKey ?? positionKey })}
        style={{ maxWidth: 720 }}
      >
        <Form.Item name="positionKey" label={t('election.open.position')}>
          <Radio.Group
            options={candidates.map((p) => ({
              value: p.positionKey,
              label: `${p.title}${t('election.punct.open')}${t('election.elected.open', { n: p.elected.length, seats: p.seats })}${t('election.punct.close')}`,
            }))}
          />
        </Form.Item>
        {next && (
          <div style={{ marginBottom: 16 }}>
            <Typography.Paragraph strong style={{ marginBottom: 4 }} data-testid="next-round">
              {t('election.open.nextKind', { kind: t(`election.kind.${next.kind}`), seats: next.seats, n: next.candidates.length })}
              {next.repeatOf ? t('election.round.repeat') : ''}
            </Typography.Paragraph>
            <div>
              {t('election.open.candidates')}
              {t('election.punct.colon')}
              {next.candidates.map((c) => c.name).join(t('election.punct.sep'))}
            </div>
          </div>
        )}
        <Form.Item name="method" label={t('election.open.method')}>
          <Radio.Group
            options={[
              { value: 'electronic', label: t('election.open.electronic') },
              { value: 'paper', label: t('election.open.paper') },
            ]}
          />
        </Form.Item>
        {next?.kind !== 'run-off' && (
          <Form.Item name="allowWriteIns" label={t('election.open.allowWriteIns')} valuePropName="checked" extra={t('election.open.writeInsHint')}>
            <Switch />
          </Form.Item>
        )}
        {next && !next.competitive && (
          <Form.Item
            name="competitiveException"
            label={t('election.open.exception')}
            extra={t('election.open.exceptionHint')}
            rules={[{ required: true, whitespace: true, message: t('election.open.exceptionRequired') }, { max: 2000 }]}
          >
            <Input.TextArea rows={2} />
          </Form.Item>
        )}
        <Button type="primary" size="large" htmlType="submit">
          {t('election.open.submit')}
        </Button>
      </Form>
      <Modal
        open={!!confirming}
        title={t('election.open.confirmTitle')}
        okText={t('election.open.submit')}
        cancelText={t('app.cancel')}
        confirmLoading={busy}
        onOk={open}
        onCancel={() => setConfirming(null)}
        destroyOnHidden
      >
        {confirming && position && next && (
          <Typography.Paragraph style={{ fontSize: 17 }}>
            {t('election.open.confirmBody', {
              number: nextNumber,
              title: position.title,
              kind: t(`election.kind.${next.kind}`),
              seats: next.seats,
              method: t(`election.method.${method}`),
              present: overview.presentDelegates,
              registered: overview.registeredDelegates,
            })}
          </Typography.Paragraph>
        )}
      </Modal>
    </section>
  );
}

function OpenRound({
  campaign,
  round,
  codes,
  setCodes,
}: {
  campaign: Campaign;
  round: ElectionRound;
  codes?: DelegateCredential[];
  setCodes: (list: DelegateCredential[]) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [closing, setClosing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const names = nameMap(round.candidates, round.writeInEligible);

  const close = async () => {
    setBusy(true);
    setError(null);
    try {
      const res = await electionApi.closeRound(campaign.id, round.roundId);
      message.success(t('election.round.closed', { number: round.number, status: t(`election.minutes.status.${res.result?.status ?? 'elected'}`) }));
      setClosing(false);
      await queryClient.invalidateQueries({ queryKey: ['election', campaign.id] });
      await queryClient.invalidateQueries({ queryKey: ['campaign', campaign.id] });
    } catch (err) {
      setClosing(false);
      setError(electionError(t, err, names));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card
      data-testid="open-round"
      title={
        <h4 style={{ margin: 0, fontSize: 18, whiteSpace: 'normal' }}>
          {t('election.round.title', { number: round.number, title: round.positionTitle, kind: t(`election.kind.${round.kind}`) })}
          {round.repeatOf ? t('election.round.repeat') : ''}
        </h4>
      }
      extra={<StatusTag colour="blue">{t('election.round.statusOpen')}</StatusTag>}
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Typography.Text style={{ fontSize: 16 }}>
          {t('election.round.facts', {
            seats: round.seats,
            method: t(`election.method.${round.method}`),
            registered: round.registeredDelegates,
            present: round.presentDelegates,
          })}
        </Typography.Text>
        <div>
          {t('election.round.candidates')}
          {t('election.punct.colon')}
          {round.candidates.map((c) => c.name).join(t('election.punct.sep'))}
        </div>
        {round.competitiveException && <div>{t('election.round.exception', { reason: round.competitiveException.reason })}</div>}
        {round.method === 'electronic' ? (
          <Credentials campaign={campaign} round={round} codes={codes} setCodes={setCodes} />
        ) : (
          <PaperCountForm campaign={campaign} round={round} />
        )}
        {error && <Alert type="error" showIcon title={error} data-testid="close-round-error" />}
        <Button danger type="primary" size="large" onClick={() => setClosing(true)}>
          {t('election.round.close')}
        </Button>
      </Space>
      <Modal
        open={closing}
        title={t('election.round.closeTitle')}
        okText={t('election.round.close')}
        okButtonProps={{ danger: true }}
        cancelText={t('app.cancel')}
        confirmLoading={busy}
        onOk={close}
        onCancel={() => setClosing(false)}
        destroyOnHidden
      >
        <Typography.Paragraph style={{ fontSize: 17 }}>
          {round.method === 'electronic'
            ? t('election.round.closeBodyElectronic', { cast: round.ballotsCast, issued: round.credentialsIssued })
            : t('election.round.closeBodyPaper')}
        </Typography.Paragraph>
      </Modal>
    </Card>
  );
}

function Credentials({
  campaign,
  round,
  codes,
  setCodes,
}: {
  campaign: Campaign;
  round: ElectionRound;
  codes?: DelegateCredential[];
  setCodes: (list: DelegateCredential[]) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [showSlips, setShowSlips] = useState(true);
  const hall = delegateLink(campaign.id);
  const reissue = round.credentialsIssued > 0;

  const issue = async () => {
    setBusy(true);
    setError(null);
    try {
      const res = await electionApi.issueCredentials(campaign.id, round.roundId);
      setCodes(res.credentials);
      setShowSlips(true);
      message.success(t('election.credentials.issued', { n: res.credentials.length }));
      await queryClient.invalidateQueries({ queryKey: ['election', campaign.id] });
    } catch (err) {
      setError(electionError(t, err));
    } finally {
      setConfirming(false);
      setBusy(false);
    }
  };

  const print = () => {
    document.body.classList.add('printing-slips');
    window.print();
    document.body.classList.remove('printing-slips');
  };

  return (
    <section aria-labelledby="credentials-heading">
      <Typography.Title level={5} id="credentials-heading" style={{ fontSize: 16 }}>
        {t('election.credentials.title')}
      </Typography.Title>
      <Typography.Paragraph>{t('election.credentials.intro')}</Typography.Paragraph>
      <Typography.Paragraph strong style={{ fontSize: 18 }} data-testid="ballots-cast" role="status" aria-live="polite">
        {t('election.round.ballotsCast', { cast: round.ballotsCast, issued: round.credentialsIssued })}
      </Typography.Paragraph>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      {round.presentDelegates === 0 ? (
        <Alert type="warning" showIcon title={t('election.credentials.noDelegates')} />
      ) : (
        <Space wrap style={{ marginBottom: 12 }}>
          {round.ballotsCast === 0 && (
            <Button type={reissue ? 'default' : 'primary'} onClick={() => setConfirming(true)}>
              {reissue ? t('election.credentials.reissue') : t('election.credentials.issue', { n: round.presentDelegates })}
            </Button>
          )}
          {codes && codes.length > 0 && (
            <>
              <Button onClick={print}>{t('election.credentials.print')}</Button>
              <Button onClick={() => setShowSlips((s) => !s)}>{showSlips ? t('election.credentials.hide') : t('election.credentials.show')}</Button>
            </>
          )}
        </Space>
      )}
      <div style={{ display: 'flex', gap: 16, alignItems: 'center', flexWrap: 'wrap', marginBottom: 12 }}>
        <QRCodeSVG value={hall} size={96} title={t('election.round.hallQr')} />
        <div>
          <div>{t('election.round.hallLink')}</div>
          <a href={hall} data-testid="hall-link" style={{ wordBreak: 'break-all' }}>
            {hall}
          </a>
        </div>
      </div>
      {codes && codes.length > 0 && showSlips && (
        <>
          <Alert type="warning" showIcon title={t('election.credentials.shownOnce')} style={{ marginBottom: 12 }} />
          <div className="election-slips" data-testid="delegate-slips">
            {codes.map((c) => {
              const link = delegateLink(campaign.id, c.code);
              return (
                <div key={c.code} className="election-slip" data-testid="delegate-slip">
                  <div style={{ fontSize: 13 }}>{t('election.credentials.slipTitle', { number: round.number })}</div>
                  <div style={{ fontWeight: 600 }}>{t('election.credentials.slipNumber', { slip: c.slip, total: codes.length })}</div>
                  <div className="election-code" data-testid="delegate-code">
                    {c.code}
                  </div>
                  <QRCodeSVG value={link} size={120} title={t('election.credentials.qrFor', { slip: c.slip })} />
                  <div style={{ wordBreak: 'break-all', fontSize: 12 }} data-testid="delegate-link">
                    {link}
                  </div>
                </div>
              );
            })}
          </div>
        </>
      )}
      <Modal
        open={confirming}
        title={t('election.credentials.issueTitle')}
        okText={reissue ? t('election.credentials.reissue') : t('election.credentials.issue', { n: round.presentDelegates })}
        cancelText={t('app.cancel')}
        confirmLoading={busy}
        onOk={issue}
        onCancel={() => setConfirming(false)}
        destroyOnHidden
      >
        <Typography.Paragraph style={{ fontSize: 17 }}>{t('election.credentials.issueBody', { n: round.presentDelegates })}</Typography.Paragraph>
        {reissue && <Alert type="warning" showIcon title={t('election.credentials.reissueBody')} />}
      </Modal>
    </section>
  );
}

/** A form slot that shows only the errors put on it (a count that does not add up as a whole). */
const ErrorsOnly = (_: { id?: string; value?: unknown }) => null;

type PaperValues = {
  ballotsIssued?: number;
  ballotsReturned?: number;
  invalidBallots?: number;
  perCandidate?: Record<string, { approve?: number; oppose?: number; abstain?: number }>;
  writeIns?: Record<string, number | undefined>;
};

function PaperCountForm({ campaign, round }: { campaign: Campaign; round: ElectionRound }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<PaperValues>();
  const values = Form.useWatch([], form) as PaperValues | undefined;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const names = nameMap(round.candidates, round.writeInEligible);
  const pc = round.paperCount;
  const returned = values?.ballotsReturned;
  const invalid = values?.invalidBallots;
  const valid = typeof returned === 'number' && typeof invalid === 'number' ? returned - invalid : null;
  const marks = ['approve', 'oppose', 'abstain'] as const;

  const submit = async (v: PaperValues) => {
    setBusy(true);
    setError(null);
    try {
      const count: PaperCountInput = {
        ballotsIssued: v.ballotsIssued ?? 0,
        ballotsReturned: v.ballotsReturned ?? 0,
        invalidBallots: v.invalidBallots ?? 0,
        perCandidate: Object.fromEntries(
          round.candidates.map((c) => {
            const m = v.perCandidate?.[c.candidacyId] ?? {};
            return [c.candidacyId, { approve: m.approve ?? 0, oppose: m.oppose ?? 0, abstain: m.abstain ?? 0 }];
          }),
        ),
        ...(round.writeInEligible?.length
          ? {
              writeIns: Object.fromEntries(
                round.writeInEligible.map((p) => [p.candidacyId, v.writeIns?.[p.candidacyId] ?? 0]).filter(([, n]) => (n as number) > 0),
              ),
            }
          : {}),
      };
      await electionApi.paperCount(campaign.id, round.roundId, count);
      message.success(t('election.paper.saved'));
      await queryClient.invalidateQueries({ queryKey: ['election', campaign.id] });
    } catch (err) {
      // A line that does not add up names its candidate: the message goes to that candidate's row.
      let shown = localiseFieldErrors(t, err, names, 'perCandidateTotal');
      if (shown instanceof ApiError) {
        shown = new ApiError(
          shown.status,
          shown.message,
          shown.code,
          shown.fieldErrors.map((f) => {
            if (f.field !== 'perCandidate' || !(err instanceof ApiError)) return f;
            const id = round.candidates.find((c) => err.message.toLowerCase().includes(c.candidacyId.toLowerCase()));
            return id ? { ...f, field: `perCandidate.${id.candidacyId}.approve` } : { ...f, field: 'perCandidateTotal' };
          }),
        );
      }
      if (!applyApiErrors(form, shown, t, { perCandidate: 'perCandidateTotal', writeIns: 'perCandidateTotal' }).length) setError(electionError(t, err, names));
    } finally {
      setBusy(false);
    }
  };

  const num = (name: (string | number)[], label: string, testid?: string) => (
    <Form.Item
      name={name}
      label={label}
      rules={[{ required: true, message: t('election.paper.required') }, numberRule(t, { min: 0 })]}
      style={{ marginBottom: 0 }}
    >
      <NumberInput valueAs="number" style={{ width: '100%' }} data-testid={testid} />
    </Form.Item>
  );

  return (
    <section aria-labelledby="paper-heading">
      <Typography.Title level={5} id="paper-heading" style={{ fontSize: 16 }}>
        {t('election.paper.title')}
      </Typography.Title>
      <Typography.Paragraph>{t('election.paper.intro')}</Typography.Paragraph>
      {pc && (
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="paper-recorded"
          title={t('election.paper.recorded', { issued: pc.ballotsIssued, returned: pc.ballotsReturned, invalid: pc.invalidBallots })}
        />
      )}
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Form form={form} name="paperCount" layout="vertical" onFinish={submit} initialValues={pc ?? undefined}>
        <div className="row-fields" style={{ maxWidth: 640 }}>
          {num(['ballotsIssued'], t('election.paper.issued'))}
          {num(['ballotsReturned'], t('election.paper.returned'))}
          {num(['invalidBallots'], t('election.paper.invalid'))}
        </div>
        <Typography.Paragraph strong style={{ margin: '12px 0' }} aria-live="polite">
          {t('election.paper.valid', { n: valid ?? '—' })}
        </Typography.Paragraph>
        <Table<NamedCandidacy>
          rowKey="candidacyId"
          size="small"
          pagination={false}
          dataSource={round.candidates}
          scroll={{ x: 560 }}
          columns={[
            { title: t('election.paper.candidate'), dataIndex: 'name' },
            ...marks.map((m) => ({
              title: t(`election.paper.${m}`),
              key: m,
              render: (_: unknown, c: NamedCandidacy) => (
                <Form.Item
                  name={['perCandidate', c.candidacyId, m]}
                  rules={[{ required: true, message: t('election.paper.required') }, numberRule(t, { min: 0 })]}
                  style={{ marginBottom: 0 }}
                >
                  <NumberInput
                    valueAs="number"
                    aria-label={t('election.paper.fieldLabel', { name: c.name, mark: t(`election.paper.${m}`) })}
                    style={{ width: 100 }}
                  />
                </Form.Item>
              ),
            })),
            {
              title: t('election.paper.sum'),
              key: 'sum',
              render: (_: unknown, c: NamedCandidacy) => {
                const m = values?.perCandidate?.[c.candidacyId];
                const parts = [m?.approve, m?.oppose, m?.abstain];
                if (parts.some((x) => typeof x !== 'number')) return '—';
                const sum = (parts as number[]).reduce((a, b) => a + b, 0);
                return sum === valid ? (
                  t('election.paper.sumOk', { sum })
                ) : (
                  <span style={{ color: '#a8071a' }}>{t('election.paper.sumOff', { sum, valid: valid ?? '—' })}</span>
                );
              },
            },
          ]}
        />
        {!!round.writeInEligible?.length && (
          <fieldset style={{ border: 0, padding: 0, margin: '12px 0 0' }}>
            <legend style={{ fontSize: 16, fontWeight: 600 }}>{t('election.paper.writeIn')}</legend>
            <div className="row-fields">
              {round.writeInEligible.map((p) => (
                <Form.Item key={p.candidacyId} name={['writeIns', p.candidacyId]} label={p.name} style={{ maxWidth: 200 }} rules={[numberRule(t, { min: 0 })]}>
                  <NumberInput valueAs="number" style={{ width: '100%' }} />
                </Form.Item>
              ))}
            </div>
          </fieldset>
        )}
        <Form.Item name="perCandidateTotal" style={{ marginTop: 8, marginBottom: 8 }}>
          <ErrorsOnly />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy}>
          {t('election.paper.submit')}
        </Button>
      </Form>
    </section>
  );
}
