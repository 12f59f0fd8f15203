import { Alert, Button } from 'antd';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ApiError } from '../../api/client';
import { type CastResult, type DelegateBallot, electionApi, type Mark } from '../../api/election';
import '../organiser/election.css';
import { electionError, nameMap } from '../organiser/electionShared';
import { PlainCard } from '../../components/PlainCard';
import { PlainCheckbox } from '../../components/PlainCheckbox';
import { PlainChoiceGroup } from '../../components/PlainChoiceGroup';
import { PlainDialog } from '../../components/PlainDialog';
import { OneTimeCodeField } from '../../components/OneTimeCodeField';
import { PlainResult } from '../../components/PlainResult';
import { PublicShell } from '../../components/PublicShell';
import { DelegateReceipt } from './DelegateReceipt';

type Step =
  | { at: 'code' }
  | { at: 'ballot'; code: string; ballot: DelegateBallot }
  | { at: 'done'; ballot: DelegateBallot; result: CastResult }
  | { at: 'spent'; reason: 'used' | 'closed' };

const newKey = () => (typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`);

/**
 * A congress delegate's secret ballot on her phone, without an account: the one-time code from her slip (typed, or
 * in the slip's QR link) opens one ballot of one round; she marks each candidate and casts it once.
 */
export function DelegateVote() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const campaignId = params.get('campaign') ?? '';
  const [step, setStep] = useState<Step>({ at: 'code' });
  const again = () => {
    setParams(campaignId ? { campaign: campaignId } : {}, { replace: true });
    setStep({ at: 'code' });
  };

  return (
    <PublicShell>
      <h1 className="plain-title" style={{ fontSize: 26 }}>
        {t('election.vote.title')}
      </h1>
      {!campaignId ? (
        <Alert type="error" showIcon title={<span style={{ fontSize: 18 }}>{t('election.vote.noCampaign')}</span>} />
      ) : step.at === 'code' ? (
        <CodeStep
          campaignId={campaignId}
          initial={params.get('code') ?? ''}
          onBallot={(code, ballot) =>
            setStep(ballot.used ? { at: 'spent', reason: 'used' } : !ballot.roundOpen ? { at: 'spent', reason: 'closed' } : { at: 'ballot', code, ballot })
          }
        />
      ) : step.at === 'ballot' ? (
        <BallotStep
          campaignId={campaignId}
          code={step.code}
          ballot={step.ballot}
          onCast={(result) => setStep({ at: 'done', ballot: step.ballot, result })}
          onSpent={(reason) => setStep({ at: 'spent', reason })}
        />
      ) : step.at === 'done' ? (
        <PlainResult
          status="success"
          title={<span style={{ fontSize: 26 }}>{t('election.vote.thanks')}</span>}
          subTitle={
            <span style={{ fontSize: 18, color: '#262626' }} data-testid="vote-done">
              {t('election.vote.counted', { number: step.ballot.number, title: step.ballot.positionTitle })}
            </span>
          }
          extra={
            <div className="plain-stack" style={{ gap: 24 }}>
              {!step.result.valid && <Alert type="warning" showIcon title={<span style={{ fontSize: 17 }}>{t('election.vote.invalidNote')}</span>} />}
              {step.result.receipt && <DelegateReceipt campaignId={campaignId} receipt={step.result.receipt} />}
              {/* In a block of its own: the button keeps its width, centred like the text above. */}
              <div>
                <Button size="large" onClick={again}>
                  {t('election.vote.otherCode')}
                </Button>
              </div>
            </div>
          }
        />
      ) : (
        <PlainResult
          status="warning"
          title={
            <span style={{ fontSize: 22 }} data-testid="vote-spent">
              {step.reason === 'used' ? t('election.vote.used') : t('election.vote.closed')}
            </span>
          }
          extra={
            <Button size="large" onClick={again}>
              {t('election.vote.otherCode')}
            </Button>
          }
        />
      )}
    </PublicShell>
  );
}

function CodeStep({ campaignId, initial, onBallot }: { campaignId: string; initial: string; onBallot: (code: string, b: DelegateBallot) => void }) {
  const { t } = useTranslation();
  const [code, setCode] = useState(initial);
  const [codeError, setCodeError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const trimmed = code.trim().toUpperCase();
    setCodeError(null);
    if (!trimmed) return setCodeError(t('election.vote.codeRequired'));
    setBusy(true);
    try {
      onBallot(trimmed, await electionApi.ballot(campaignId, trimmed));
    } catch (err) {
      // Every refusal here concerns the code typed: shown under it.
      setCodeError(electionError(t, err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <PlainCard>
      <p className="plain-text" style={{ fontSize: 18 }}>
        {t('election.vote.codeIntro')}
      </p>
      <form name="delegateCode" noValidate onSubmit={onSubmit}>
        <OneTimeCodeField inputId="delegateCode_code" label={t('election.vote.code')} error={codeError} value={code} onChange={setCode} />
        <Button type="primary" htmlType="submit" size="large" block loading={busy} style={{ height: 56, fontSize: 20 }}>
          {t('election.vote.start')}
        </Button>
      </form>
    </PlainCard>
  );
}

function BallotStep({
  campaignId,
  code,
  ballot,
  onCast,
  onSpent,
}: {
  campaignId: string;
  code: string;
  ballot: DelegateBallot;
  onCast: (r: CastResult) => void;
  onSpent: (reason: 'used' | 'closed') => void;
}) {
  const { t } = useTranslation();
  const [marks, setMarks] = useState<Record<string, Mark>>({});
  const [writeIns, setWriteIns] = useState<string[]>([]);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // One key per ballot: a retry after a lost answer is the same ballot, counted once.
  const [key] = useState(newKey);
  const names = nameMap(ballot.candidates, ballot.writeIns.eligible);
  const approvals = Object.values(marks).filter((m) => m === 'approve').length + writeIns.length;
  const full = approvals >= ballot.maxApprovals;
  const label = (m?: Mark) => t(`election.vote.${m ?? 'abstain'}`);

  const cast = async () => {
    setBusy(true);
    setError(null);
    try {
      let outcome = await electionApi.cast(campaignId, code, { marks, ...(writeIns.length ? { writeIns } : {}) }, key);
      for (let i = 0; i < 20 && outcome.status === 'pending'; i++) {
        await new Promise((r) => setTimeout(r, 1000));
        outcome = await electionApi.cast(campaignId, code, { marks, ...(writeIns.length ? { writeIns } : {}) }, key);
      }
      if (outcome.result) onCast(outcome.result);
      else setError(t('election.vote.pending'));
    } catch (err) {
      if (err instanceof ApiError && err.code === 'election.credential-used') onSpent('used');
      else if (err instanceof ApiError && err.code === 'election.round-closed') onSpent('closed');
      else setError(electionError(t, err, names));
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  };

  const kindNote = ballot.kind === 'first' ? '' : t(`election.vote.kindNote.${ballot.kind}`, { seats: ballot.seats });
  return (
    <>
      <h2 className="plain-title" style={{ fontSize: 22 }} data-testid="ballot-heading">
        {t('election.vote.heading', { title: ballot.positionTitle, number: ballot.number })}
      </h2>
      {kindNote && <Alert type="info" showIcon title={<span style={{ fontSize: 17 }}>{kindNote}</span>} style={{ marginBottom: 12 }} />}
      <p className="plain-text" style={{ fontSize: 18 }}>
        {t('election.vote.rule', { seats: ballot.seats, max: ballot.maxApprovals })}
      </p>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <div className="plain-stack" style={{ gap: 16 }}>
        {ballot.candidates.map((c, i) => {
          const labelId = `cand-${c.candidacyId}`;
          return (
            <PlainCard key={c.candidacyId} size="small" styles={{ body: { padding: 16 } }}>
              <div style={{ fontSize: 22, fontWeight: 600, marginBottom: 10 }} id={labelId}>
                {i + 1}. {c.name}
              </div>
              <PlainChoiceGroup<Mark>
                label={t('election.vote.marksFor', { name: c.name })}
                value={marks[c.candidacyId] ?? null}
                onChange={(mark) => setMarks((m) => ({ ...m, [c.candidacyId]: mark }))}
                options={(['approve', 'oppose', 'abstain'] as const).map((m) => ({
                  value: m,
                  label: t(`election.vote.${m}`),
                  disabled: m === 'approve' && full && marks[c.candidacyId] !== 'approve',
                }))}
              />
            </PlainCard>
          );
        })}
        {ballot.writeIns.allowed && ballot.writeIns.eligible.length > 0 && (
          <PlainCard size="small" title={<span style={{ fontSize: 19 }}>{t('election.vote.writeIns')}</span>}>
            <p className="plain-text" style={{ fontSize: 16 }}>
              {t('election.vote.writeInsHint')}
            </p>
            <div className="plain-stack" style={{ gap: 8, alignItems: 'flex-start' }}>
              {ballot.writeIns.eligible.map((p) => (
                <PlainCheckbox
                  key={p.candidacyId}
                  checked={writeIns.includes(p.candidacyId)}
                  disabled={!writeIns.includes(p.candidacyId) && full}
                  onChange={(checked) => setWriteIns((w) => (checked ? [...w, p.candidacyId] : w.filter((x) => x !== p.candidacyId)))}
                  style={{ fontSize: 19 }}
                >
                  {p.name}
                </PlainCheckbox>
              ))}
            </div>
          </PlainCard>
        )}
      </div>
      <p className="plain-text" style={{ fontSize: 18, marginTop: 12 }} role="status" aria-live="polite" data-testid="approved-count">
        {t('election.vote.approvedCount', { n: approvals, max: ballot.maxApprovals })}
        {full && <span style={{ display: 'block', fontSize: 16 }}>{t('election.vote.limitReached')}</span>}
      </p>
      <Button type="primary" size="large" block onClick={() => setConfirming(true)} style={{ height: 56, fontSize: 20, marginTop: 8 }}>
        {t('election.vote.review')}
      </Button>
      <PlainDialog
        open={confirming}
        title={t('election.vote.confirmTitle')}
        okText={t('election.vote.cast')}
        cancelText={t('election.vote.back')}
        confirmLoading={busy}
        onOk={cast}
        onCancel={() => setConfirming(false)}
      >
        <ul style={{ fontSize: 18, paddingLeft: 20 }} data-testid="ballot-summary">
          {ballot.candidates.map((c) => (
            <li key={c.candidacyId}>
              {c.name}
              {t('election.punct.colon')}
              {label(marks[c.candidacyId])}
            </li>
          ))}
          {writeIns.map((id) => (
            <li key={id}>
              {names.get(id.toLowerCase())}
              {t('election.punct.colon')}
              {t('election.vote.approve')}
              {t('election.punct.open')}
              {t('election.vote.writeIns')}
              {t('election.punct.close')}
            </li>
          ))}
        </ul>
        {approvals === 0 && !Object.values(marks).includes('oppose') && <p>{t('election.vote.blank')}</p>}
        <p>
          <strong>{t('election.vote.confirmNote')}</strong>
        </p>
      </PlainDialog>
    </>
  );
}
