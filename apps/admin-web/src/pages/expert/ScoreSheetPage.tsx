import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Col, Form, Input, Modal, Radio, Row, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { campaignsApi } from '../../api/campaigns';
import { evaluationApi, type ExpertCandidacyView, PANEL_GRADES, type PanelGrade } from '../../api/evaluation';
import type { Campaign, RubricCriterion } from '../../api/types';
import { applyApiErrors, errorMessage } from '../../components/apiErrors';
import { sumDecimals } from '../../components/decimal';
import { NumberInput } from '../../components/NumberInput';
import { numberProblem, numberRule } from '../../components/numberLimits';
import { LinkButton } from '../../components/LinkButton';
import { AttachmentsPanel } from '../../components/AttachmentsPanel';
import { PrintButton } from '../../components/PrintButton';
import { ProposalView } from '../../components/ProposalView';
import { PageLoading } from '../../components/PageLoading';
import { SheetStatusTag } from './SheetStatusTag';

const AUTOSAVE_MS = 1200;
/** Default points per grade (DOMAIN.md: 优秀/良好/一般/较差 → 100/85/70/50). */
const GRADE_POINTS: Record<PanelGrade, string> = { excellent: '100', good: '85', fair: '70', poor: '50' };

/** One candidacy for one expert: the proposal beside her score sheet; the panel grade once that stage is open. */
export function ScoreSheetPage() {
  const { t } = useTranslation();
  const { campaignId, candidacyId } = useParams();
  const campaign = useQuery({ queryKey: ['campaign', campaignId], queryFn: () => campaignsApi.get(campaignId!) });
  const item = useQuery({ queryKey: ['evaluation', campaignId, 'candidacy', candidacyId], queryFn: () => evaluationApi.candidacy(campaignId!, candidacyId!) });

  if (campaign.isLoading || item.isLoading) return <PageLoading />;
  if (!campaign.data || !item.data) return <Alert type="error" showIcon title={errorMessage(t, item.error ?? campaign.error)} />;
  const a = item.data;
  const c = campaign.data;
  const name = a.candidate?.name ?? t(`expert.blindLabel.${a.numberedAs}`, { n: a.number });

  return (
    <>
      <Space wrap style={{ marginBottom: 8 }}>
        <LinkButton to={`/expert/campaigns/${campaignId}`}>{t('app.back')}</LinkButton>
      </Space>
      <Typography.Title level={1} className="page-title" style={{ fontSize: 28 }}>
        {t('expert.sheetTitle', { name })}
      </Typography.Title>
      <Space wrap style={{ marginBottom: 16 }}>
        <SheetStatusTag assignment={a} />
        {a.blind && <Typography.Text>{t('expert.blind')}</Typography.Text>}
        {!a.recused && (
          <PrintButton path={`/campaigns/${campaignId}/evaluation/candidacies/${candidacyId}/score-sheet.pdf`} label={t('attachments.printSheet')} />
        )}
      </Space>
      {a.recused ? (
        <Alert type="info" showIcon title={t('expert.recusedNotice')} />
      ) : (
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={12}>
            <Card title={<h2 style={{ margin: 0, fontSize: 20 }}>{t('expert.proposal')}</h2>}>
              {/* Scrolls beside the sheet on wide screens; focusable so it scrolls by keyboard too. */}
              <div tabIndex={0} role="region" aria-label={t('expert.proposal')} style={{ maxHeight: '75vh', overflow: 'auto' }}>
                {a.proposal && <ProposalView candidacy={{ details: a.candidate ?? undefined, proposal: a.proposal }} showDetails={!!a.candidate} />}
              </div>
            </Card>
            <Card style={{ marginTop: 16 }}>
              <AttachmentsPanel candidacyId={a.candidacyId} canUpload={false} />
            </Card>
          </Col>
          <Col xs={24} lg={12}>
            {c.stage === 'panel-opinion' ? <PanelGradeCard campaign={c} assignment={a} /> : <SheetCard campaign={c} assignment={a} />}
          </Col>
        </Row>
      )}
    </>
  );
}

type SheetValues = { scores: Record<string, string | null | undefined>; comment: string };

function filled(scores: SheetValues['scores']): Record<string, string> {
  return Object.fromEntries(
    Object.entries(scores ?? {})
      .filter(([, v]) => v !== null && v !== undefined && String(v).trim() !== '')
      .map(([k, v]) => [k, String(v).trim()]),
  );
}

function SheetCard({ campaign, assignment }: { campaign: Campaign; assignment: ExpertCandidacyView }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<SheetValues>();
  const rubric: RubricCriterion[] = campaign.config.rubric;
  const sheet = assignment.sheet;
  const editable = campaign.stage === 'project-review' && sheet?.status !== 'submitted';
  const [saveState, setSaveState] = useState<{ kind: 'idle' | 'saving' | 'saved' | 'error'; at?: string; message?: string }>({ kind: 'idle' });
  const [confirming, setConfirming] = useState(false);
  const [recusing, setRecusing] = useState(false);
  const [busy, setBusy] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const chain = useRef<Promise<unknown>>(Promise.resolve());
  const scores = Form.useWatch('scores', form);
  const total = sumDecimals(Object.values(filled(scores ?? {})));
  const maxTotal = sumDecimals(rubric.map((r) => r.max));
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['evaluation', campaign.id] });

  const save = useCallback(() => {
    const run = async () => {
      const v = form.getFieldsValue(true) as SheetValues;
      // Nothing is saved while a score breaks its limits: the field says which, the draft keeps the last good save.
      if (rubric.some((r) => numberProblem(v.scores?.[r.key], { min: 0, max: r.max, step: r.step }))) {
        setSaveState({ kind: 'error', message: t('forms.sheet.notSaved') });
        return;
      }
      setSaveState({ kind: 'saving' });
      try {
        await evaluationApi.saveDraft(campaign.id, assignment.candidacyId, filled(v.scores), v.comment ?? '');
        setSaveState({ kind: 'saved', at: dayjs().format('HH:mm:ss') });
      } catch (err) {
        applyApiErrors(form, err, t);
        setSaveState({ kind: 'error', message: errorMessage(t, err) });
      }
    };
    chain.current = chain.current.then(run, run);
    return chain.current;
  }, [form, rubric, campaign.id, assignment.candidacyId, t]);

  useEffect(() => () => clearTimeout(timer.current), []);

  const scheduleSave = () => {
    if (!editable) return;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void save(), AUTOSAVE_MS);
  };

  const submit = async () => {
    clearTimeout(timer.current);
    setBusy(true);
    try {
      await chain.current;
      const v = form.getFieldsValue(true) as SheetValues;
      await evaluationApi.submit(campaign.id, assignment.candidacyId, filled(v.scores), v.comment ?? '');
      message.success(t('expert.submitted'));
      setConfirming(false);
      await refresh();
    } catch (err) {
      setConfirming(false);
      const unplaced = applyApiErrors(form, err, t);
      setSaveState({
        kind: 'error',
        message: unplaced.length || !(err as { fieldErrors?: unknown[] }).fieldErrors?.length ? errorMessage(t, err) : t('form.fixErrors'),
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card
      title={<h2 style={{ margin: 0, fontSize: 20 }}>{t('expert.sheet')}</h2>}
      extra={
        <span aria-live="polite" data-testid="autosave" style={{ color: saveState.kind === 'error' ? '#a8071a' : '#434343' }}>
          {saveState.kind === 'saving'
            ? t('expert.saving')
            : saveState.kind === 'saved'
              ? t('expert.savedAt', { at: saveState.at })
              : saveState.kind === 'error'
                ? t('expert.saveFailed')
                : ''}
        </span>
      }
    >
      {saveState.kind === 'error' && saveState.message && <Alert type="error" showIcon title={saveState.message} style={{ marginBottom: 16 }} />}
      {sheet?.status === 'submitted' && <Alert type="success" showIcon title={t('expert.lockedNotice', { total: sheet.total })} style={{ marginBottom: 16 }} />}
      {sheet?.status === 'unlocked' && sheet.lastUnlockReason && (
        <Alert type="warning" showIcon title={t('expert.unlockedNotice', { reason: sheet.lastUnlockReason })} style={{ marginBottom: 16 }} />
      )}
      <Form<SheetValues>
        form={form}
        name="sheet"
        layout="vertical"
        size="large"
        disabled={!editable}
        initialValues={{ scores: sheet?.scores ?? {}, comment: sheet?.comment ?? '' }}
        onValuesChange={scheduleSave}
        onFinish={() => setConfirming(true)}
      >
        {rubric.map((r) => (
          <Form.Item
            key={r.key}
            name={['scores', r.key]}
            label={`${r.title}（${t('expert.bounds', { max: r.max, step: r.step })}）`}
            rules={[{ required: true, message: t('expert.scoreRequired') }, numberRule(t, { min: 0, max: r.max, step: r.step })]}
          >
            <NumberInput style={{ width: '100%', maxWidth: 240 }} />
          </Form.Item>
        ))}
        <div style={{ fontSize: 20, margin: '8px 0 16px' }} aria-live="polite" data-testid="sheet-total">
          {t('expert.total', { total: total ?? '—', max: maxTotal ?? '—' })}
        </div>
        <Form.Item name="comment" label={t('expert.comment')} rules={[{ max: 5000 }]}>
          <Input.TextArea rows={3} maxLength={5000} />
        </Form.Item>
        {editable && (
          <Space wrap>
            <Button type="primary" htmlType="submit" size="large">
              {t('expert.submit')}
            </Button>
            <Button size="large" onClick={() => void save()}>
              {t('expert.saveDraft')}
            </Button>
          </Space>
        )}
      </Form>
      {campaign.stage === 'project-review' && sheet?.status !== 'submitted' && (
        <Button danger type="link" onClick={() => setRecusing(true)} style={{ marginTop: 16, paddingLeft: 0 }}>
          {t('expert.declareConflict')}
        </Button>
      )}
      <Modal
        open={confirming}
        title={t('expert.submitTitle')}
        okText={t('expert.submit')}
        cancelText={t('app.cancel')}
        confirmLoading={busy}
        onOk={submit}
        onCancel={() => setConfirming(false)}
        destroyOnHidden
      >
        <Typography.Paragraph style={{ fontSize: 17 }}>{t('expert.submitBody', { total: total ?? '—' })}</Typography.Paragraph>
      </Modal>
      {recusing && <RecusalModal campaignId={campaign.id} candidacyId={assignment.candidacyId} onClose={() => setRecusing(false)} onDone={refresh} />}
    </Card>
  );
}

function RecusalModal({ campaignId, candidacyId, onClose, onDone }: { campaignId: string; candidacyId: string; onClose: () => void; onDone: () => unknown }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const ok = async () => {
    let reason: string;
    try {
      ({ reason } = await form.validateFields());
    } catch {
      return; // the form shows what is missing
    }
    setBusy(true);
    setError(null);
    try {
      await evaluationApi.declareConflict(campaignId, candidacyId, reason.trim());
      message.success(t('expert.recused'));
      onClose();
      await onDone();
    } catch (err) {
      if (!applyApiErrors(form, err, t).length) setError(errorMessage(t, err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open
      title={t('expert.declareConflict')}
      okText={t('expert.declareConfirm')}
      okButtonProps={{ danger: true }}
      cancelText={t('app.cancel')}
      confirmLoading={busy}
      onOk={ok}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph>{t('expert.conflictHelp')}</Typography.Paragraph>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Form form={form} name="recusal" layout="vertical">
        <Form.Item
          name="reason"
          label={t('expert.conflictReason')}
          rules={[{ required: true, whitespace: true, message: t('expert.conflictReasonRequired') }, { max: 2000 }]}
        >
          <Input.TextArea rows={3} placeholder={t('expert.conflictPlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function PanelGradeCard({ campaign, assignment }: { campaign: Campaign; assignment: ExpertCandidacyView }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ grade: PanelGrade; opinion: string }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [recorded, setRecorded] = useState<PanelGrade | null>(null);
  const onFinish = async (v: { grade: PanelGrade; opinion: string }) => {
    setBusy(true);
    setError(null);
    try {
      await evaluationApi.panelGrade(campaign.id, assignment.candidacyId, v.grade, v.opinion.trim());
      setRecorded(v.grade);
      message.success(t('expert.gradeRecorded'));
    } catch (err) {
      if (!applyApiErrors(form, err, t).length) setError(errorMessage(t, err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card title={<h2 style={{ margin: 0, fontSize: 20 }}>{t('expert.panelGrade')}</h2>}>
      {assignment.sheet?.total && <Typography.Paragraph>{t('expert.myReviewTotal', { total: assignment.sheet.total })}</Typography.Paragraph>}
      {recorded && (
        <Alert
          type="success"
          showIcon
          title={t('expert.gradeRecordedAs', { grade: t(`expert.grades.${recorded}`), points: GRADE_POINTS[recorded] })}
          style={{ marginBottom: 16 }}
        />
      )}
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form form={form} name="panelGrade" layout="vertical" size="large" onFinish={onFinish}>
        <Form.Item name="grade" label={t('expert.gradeLabel')} rules={[{ required: true, message: t('expert.gradeRequired') }]}>
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            options={PANEL_GRADES.map((g) => ({ value: g, label: `${t(`expert.grades.${g}`)}（${GRADE_POINTS[g]}）` }))}
          />
        </Form.Item>
        <Form.Item
          name="opinion"
          label={t('expert.opinion')}
          rules={[{ required: true, whitespace: true, message: t('expert.opinionRequired') }, { max: 5000 }]}
        >
          <Input.TextArea rows={4} placeholder={t('expert.opinionPlaceholder')} />
        </Form.Item>
        <Button type="primary" htmlType="submit" size="large" loading={busy}>
          {t('expert.recordGrade')}
        </Button>
      </Form>
    </Card>
  );
}
