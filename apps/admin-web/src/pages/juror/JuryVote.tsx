import { Alert, Button, Checkbox, Form, Input, Modal, Space, Typography } from 'antd';
import { NumberInput } from '../../components/NumberInput';
import { numberLimitsMessage, numberProblem } from '../../components/numberLimits';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { newIdempotencyKey } from '../../api/client';
import { type BallotPaper, type CastReceipt, juryApi, type JurySession, type ReceiptStatus } from '../../api/jury';
import { applyApiErrors, errorMessage } from '../../components/apiErrors';
import { PlainCard } from '../../components/PlainCard';
import { PlainResult } from '../../components/PlainResult';
import { PublicShell } from '../../components/PublicShell';

const KEY = 'open-selection.jury';

interface Stored {
  session: JurySession;
  receipt?: CastReceipt;
}

const load = (): Stored | null => {
  try {
    return JSON.parse(localStorage.getItem(KEY) ?? 'null') as Stored | null;
  } catch {
    return null;
  }
};
const store = (s: Stored) => localStorage.setItem(KEY, JSON.stringify(s));

/** A receipt in groups of eight, easy to read aloud and compare. */
export const groupReceipt = (r: string) => r.match(/.{1,8}/g)?.join(' ') ?? r;

/** The mobile page a juror reaches with her one-time code (typed, or from the QR link): one ballot, a receipt. */
export function JuryVote() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const [stored, setStored] = useState<Stored | null>(() => load());
  const [replacing, setReplacing] = useState(false);
  const update = (s: Stored) => {
    store(s);
    setStored(s);
  };

  const codeFromLink = params.get('code') ?? '';
  const showCode = !stored;
  const forget = () => {
    localStorage.removeItem(KEY);
    setStored(null);
    setReplacing(false);
  };

  return (
    <PublicShell>
      <Typography.Title level={1} style={{ fontSize: 26 }}>
        {t('jury.title')}
      </Typography.Title>
      {showCode ? (
        <CodeStep initial={codeFromLink} onSession={(session) => update({ session })} />
      ) : stored!.receipt && !replacing ? (
        <ReceiptStep stored={stored!} onReplace={() => setReplacing(true)} onForget={forget} />
      ) : (
        <BallotStep
          session={stored!.session}
          onCast={(receipt) => {
            update({ ...stored!, receipt });
            setReplacing(false);
          }}
        />
      )}
    </PublicShell>
  );
}

function CodeStep({ initial, onSession }: { initial: string; onSession: (s: JurySession) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ code: string }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const onFinish = async ({ code }: { code: string }) => {
    setBusy(true);
    setError(null);
    try {
      onSession(await juryApi.exchange(code.trim()));
    } catch (err) {
      if (!applyApiErrors(form, err, t).length) setError(errorMessage(t, err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <PlainCard>
      <Typography.Paragraph style={{ fontSize: 18 }}>{t('jury.codeIntro')}</Typography.Paragraph>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form form={form} name="jury" layout="vertical" size="large" initialValues={{ code: initial }} onFinish={onFinish}>
        <Form.Item name="code" label={t('jury.code')} rules={[{ required: true, whitespace: true, message: t('jury.codeRequired') }]}>
          <Input autoComplete="one-time-code" autoCapitalize="characters" style={{ fontSize: 24, letterSpacing: 2, fontFamily: 'monospace' }} />
        </Form.Item>
        <Button type="primary" htmlType="submit" size="large" block loading={busy} style={{ height: 56, fontSize: 20 }}>
          {t('jury.start')}
        </Button>
      </Form>
    </PlainCard>
  );
}

/** A juror's score: a whole number from 0 to 100 (DOMAIN.md stage 6). */
const JURY_SCORE = { min: 0, max: 100 };

function BallotStep({ session, onCast }: { session: JurySession; onCast: (r: CastReceipt) => void }) {
  const { t } = useTranslation();
  const [paper, setPaper] = useState<BallotPaper | null>(session.ballotPaper);
  // As typed: a score out of 0–100 or with decimals is shown as it is, with the rule, never rounded into another.
  const [scores, setScores] = useState<Record<string, string>>({});
  const [approvals, setApprovals] = useState<string[]>([]);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!paper) juryApi.ballotPaper(session.campaignId).then(setPaper, (err) => setError(errorMessage(t, err)));
  }, [paper, session.campaignId, t]);

  if (!paper) return error ? <Alert type="error" showIcon title={error} /> : null;
  const scoreMode = paper.mode === 'score';
  const limit = paper.approvalLimit ?? paper.candidates.length;
  const missing = scoreMode ? paper.candidates.filter((c) => (scores[c.candidacyId] ?? '').trim() === '') : [];
  const wrong = (id: string) => numberProblem(scores[id], JURY_SCORE) !== null;
  const anyWrong = scoreMode && paper.candidates.some((c) => wrong(c.candidacyId));

  const cast = async () => {
    setBusy(true);
    setError(null);
    try {
      // Not crypto.randomUUID(): browsers offer it only on https or localhost, and venues serve plain HTTP.
      const key = newIdempotencyKey();
      const ballot = scoreMode
        ? { scores: paper.candidates.map((c) => ({ candidacyId: c.candidacyId, score: Number(scores[c.candidacyId]) })) }
        : { approvals };
      onCast(await juryApi.cast(session.ballotToken, ballot, key));
    } catch (err) {
      setError(errorMessage(t, err));
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  };

  return (
    <>
      <Typography.Paragraph style={{ fontSize: 18 }}>
        {t('jury.hello', { name: session.name })} {scoreMode ? t('jury.scoreIntro') : t('jury.approvalIntro', { k: limit })}
      </Typography.Paragraph>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        {paper.candidates.map((c, i) => (
          <PlainCard key={c.candidacyId} size="small" styles={{ body: { padding: 16 } }}>
            <div style={{ fontSize: 22, fontWeight: 600 }} id={`cand-${c.candidacyId}`}>
              {i + 1}. {c.name}
            </div>
            <div style={{ fontSize: 17, margin: '4px 0 12px' }}>{c.projectTitle}</div>
            {scoreMode ? (
              <>
                <NumberInput
                  aria-label={t('jury.scoreFor', { name: c.name })}
                  aria-invalid={wrong(c.candidacyId)}
                  aria-describedby={wrong(c.candidacyId) ? `score-rule-${c.candidacyId}` : undefined}
                  status={wrong(c.candidacyId) ? 'error' : undefined}
                  size="large"
                  placeholder="0–100"
                  value={scores[c.candidacyId] ?? ''}
                  onChange={(v) => setScores((s) => ({ ...s, [c.candidacyId]: String(v) }))}
                  style={{ width: '100%', fontSize: 24 }}
                />
                {wrong(c.candidacyId) && (
                  <div id={`score-rule-${c.candidacyId}`} role="alert" style={{ color: '#a8071a', fontSize: 16, marginTop: 4 }}>
                    {numberLimitsMessage(t, JURY_SCORE)}
                  </div>
                )}
              </>
            ) : (
              <Checkbox
                checked={approvals.includes(c.candidacyId)}
                disabled={!approvals.includes(c.candidacyId) && approvals.length >= limit}
                onChange={(e) => setApprovals((a) => (e.target.checked ? [...a, c.candidacyId] : a.filter((x) => x !== c.candidacyId)))}
                style={{ fontSize: 20 }}
              >
                {t('jury.approve', { name: c.name })}
              </Checkbox>
            )}
          </PlainCard>
        ))}
      </Space>
      {!scoreMode && <Typography.Paragraph style={{ fontSize: 18, marginTop: 12 }}>{t('jury.approvedCount', { n: approvals.length, k: limit })}</Typography.Paragraph>}
      <Button type="primary" size="large" block disabled={missing.length > 0 || anyWrong} onClick={() => setConfirming(true)} style={{ height: 56, fontSize: 20, marginTop: 16 }}>
        {t('jury.review')}
      </Button>
      {missing.length > 0 && <Typography.Paragraph style={{ marginTop: 8, fontSize: 16 }}>{t('jury.scoreAll', { n: missing.length })}</Typography.Paragraph>}
      <Modal
        open={confirming}
        title={t('jury.confirmTitle')}
        okText={t('jury.cast')}
        cancelText={t('jury.back')}
        confirmLoading={busy}
        onOk={cast}
        onCancel={() => setConfirming(false)}
        okButtonProps={{ size: 'large' }}
        cancelButtonProps={{ size: 'large' }}
        destroyOnHidden
      >
        <ul style={{ fontSize: 18, paddingLeft: 20 }}>
          {paper.candidates.map((c) => (
            <li key={c.candidacyId}>
              {c.name}：{scoreMode ? t('jury.points', { n: scores[c.candidacyId] }) : approvals.includes(c.candidacyId) ? t('jury.approved') : t('jury.notApproved')}
            </li>
          ))}
        </ul>
        <Typography.Paragraph>{t('jury.replaceNote')}</Typography.Paragraph>
      </Modal>
    </>
  );
}

function ReceiptStep({ stored, onReplace, onForget }: { stored: Stored; onReplace: () => void; onForget: () => void }) {
  const { t } = useTranslation();
  const receipt = stored.receipt!;
  const [status, setStatus] = useState<ReceiptStatus | null>(null);
  const [checking, setChecking] = useState(false);
  const check = async () => {
    setChecking(true);
    try {
      setStatus((await juryApi.checkReceipt(receipt.campaignId, receipt.receipt)).status);
    } catch {
      setStatus(null);
    } finally {
      setChecking(false);
    }
  };
  return (
    <PlainResult
      status="success"
      title={<span style={{ fontSize: 26 }}>{t('jury.thanks')}</span>}
      subTitle={<span style={{ fontSize: 18, color: '#262626' }}>{t('jury.receiptIntro')}</span>}
      extra={
        <Space orientation="vertical" size="large" style={{ width: '100%' }}>
          <div>
            <div style={{ fontSize: 16 }}>{t('jury.receipt')}</div>
            <code data-testid="receipt" style={{ display: 'block', fontSize: 20, lineHeight: 1.6, wordBreak: 'break-all', background: '#f5f5f5', padding: 12, borderRadius: 6, color: '#141414' }}>
              {groupReceipt(receipt.receipt)}
            </code>
          </div>
          <Button size="large" block onClick={check} loading={checking} style={{ height: 52, fontSize: 18 }}>
            {t('jury.checkReceipt')}
          </Button>
          {status && (
            <Alert
              type={status === 'counted' ? 'success' : status === 'superseded' ? 'warning' : 'info'}
              showIcon
              data-testid="receipt-status"
              title={<span style={{ fontSize: 18 }}>{t(`jury.status.${status}`)}</span>}
            />
          )}
          <Button type="link" size="large" onClick={onReplace}>
            {t('jury.replace')}
          </Button>
          <Button type="link" onClick={onForget}>
            {t('jury.otherCode')}
          </Button>
        </Space>
      }
    />
  );
}
