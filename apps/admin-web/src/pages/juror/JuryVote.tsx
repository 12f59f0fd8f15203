import { Alert, Button } from 'antd';
import { numberLimitsMessage, numberProblem } from '../../components/numberLimits';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { type BallotPaper, type CastReceipt, juryApi, type JurySession, type ReceiptStatus } from '../../api/jury';
import { ApiError, newIdempotencyKey } from '../../api/client';
import { errorMessage, fieldMessage } from '../../components/apiErrors';
import { PlainCard } from '../../components/PlainCard';
import { PlainCheckbox } from '../../components/PlainCheckbox';
import { PlainDialog } from '../../components/PlainDialog';
import { OneTimeCodeField } from '../../components/OneTimeCodeField';
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
      <h1 className="plain-title" style={{ fontSize: 26 }}>
        {t('jury.title')}
      </h1>
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
  const [code, setCode] = useState(initial);
  const [codeError, setCodeError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setCodeError(null);
    if (!code.trim()) return setCodeError(t('jury.codeRequired'));
    setBusy(true);
    try {
      onSession(await juryApi.exchange(code.trim()));
    } catch (err) {
      // The api's field errors all concern the one field of this form, the code.
      if (err instanceof ApiError && err.fieldErrors.length) setCodeError(err.fieldErrors.map((f) => fieldMessage(t, f)).join(' '));
      else setError(errorMessage(t, err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <PlainCard>
      <p className="plain-text" style={{ fontSize: 18 }}>
        {t('jury.codeIntro')}
      </p>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <form name="jury" noValidate onSubmit={onSubmit}>
        <OneTimeCodeField inputId="jury_code" label={t('jury.code')} error={codeError} value={code} onChange={setCode} />
        <Button type="primary" htmlType="submit" size="large" block loading={busy} style={{ height: 56, fontSize: 20 }}>
          {t('jury.start')}
        </Button>
      </form>
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
      <p className="plain-text" style={{ fontSize: 18 }}>
        {t('jury.hello', { name: session.name })} {scoreMode ? t('jury.scoreIntro') : t('jury.approvalIntro', { k: limit })}
      </p>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <div className="plain-stack" style={{ gap: 16 }}>
        {paper.candidates.map((c, i) => (
          <PlainCard key={c.candidacyId} size="small" styles={{ body: { padding: 16 } }}>
            <div style={{ fontSize: 22, fontWeight: 600 }} id={`cand-${c.candidacyId}`}>
              {i + 1}. {c.name}
            </div>
            <div style={{ fontSize: 17, margin: '4px 0 12px' }}>{c.projectTitle}</div>
            {scoreMode ? (
              <>
                {/* Text, not type="number": the score stays as typed (80.5, 101) and the rule below says what is allowed. */}
                <input
                  className="plain-input"
                  inputMode="decimal"
                  autoComplete="off"
                  aria-label={t('jury.scoreFor', { name: c.name })}
                  aria-invalid={wrong(c.candidacyId)}
                  aria-describedby={wrong(c.candidacyId) ? `score-rule-${c.candidacyId}` : undefined}
                  placeholder="0–100"
                  value={scores[c.candidacyId] ?? ''}
                  onChange={(e) => setScores((s) => ({ ...s, [c.candidacyId]: e.target.value }))}
                  style={{ fontSize: 24 }}
                />
                {wrong(c.candidacyId) && (
                  <div id={`score-rule-${c.candidacyId}`} role="alert" style={{ color: '#a8071a', fontSize: 16, marginTop: 4 }}>
                    {numberLimitsMessage(t, JURY_SCORE)}
                  </div>
                )}
              </>
            ) : (
              <PlainCheckbox
                checked={approvals.includes(c.candidacyId)}
                disabled={!approvals.includes(c.candidacyId) && approvals.length >= limit}
                onChange={(checked) => setApprovals((a) => (checked ? [...a, c.candidacyId] : a.filter((x) => x !== c.candidacyId)))}
                style={{ fontSize: 20 }}
              >
                {t('jury.approve', { name: c.name })}
              </PlainCheckbox>
            )}
          </PlainCard>
        ))}
      </div>
      {!scoreMode && (
        <p className="plain-text" style={{ fontSize: 18, marginTop: 12 }}>
          {t('jury.approvedCount', { n: approvals.length, k: limit })}
        </p>
      )}
      <Button
        type="primary"
        size="large"
        block
        disabled={missing.length > 0 || anyWrong}
        onClick={() => setConfirming(true)}
        style={{ height: 56, fontSize: 20, marginTop: 16 }}
      >
        {t('jury.review')}
      </Button>
      {missing.length > 0 && (
        <p className="plain-text" style={{ marginTop: 8, fontSize: 16 }}>
          {t('jury.scoreAll', { n: missing.length })}
        </p>
      )}
      <PlainDialog
        open={confirming}
        title={t('jury.confirmTitle')}
        okText={t('jury.cast')}
        cancelText={t('jury.back')}
        confirmLoading={busy}
        onOk={cast}
        onCancel={() => setConfirming(false)}
      >
        <ul style={{ fontSize: 18, paddingLeft: 20 }}>
          {paper.candidates.map((c) => (
            <li key={c.candidacyId}>
              {c.name}：
              {scoreMode ? t('jury.points', { n: scores[c.candidacyId] }) : approvals.includes(c.candidacyId) ? t('jury.approved') : t('jury.notApproved')}
            </li>
          ))}
        </ul>
        <p>{t('jury.replaceNote')}</p>
      </PlainDialog>
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
        <div className="plain-stack" style={{ gap: 24 }}>
          <div>
            <div style={{ fontSize: 16 }}>{t('jury.receipt')}</div>
            <code
              data-testid="receipt"
              style={{
                display: 'block',
                fontSize: 20,
                lineHeight: 1.6,
                wordBreak: 'break-all',
                background: '#f5f5f5',
                padding: 12,
                borderRadius: 6,
                color: '#141414',
              }}
            >
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
          {/* Each in a block of its own: the link keeps its width, centred like the text above. */}
          <div>
            <Button type="link" size="large" onClick={onReplace}>
              {t('jury.replace')}
            </Button>
          </div>
          <div>
            <Button type="link" onClick={onForget}>
              {t('jury.otherCode')}
            </Button>
          </div>
        </div>
      }
    />
  );
}
