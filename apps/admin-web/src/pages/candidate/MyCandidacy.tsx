import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Form, Input, Modal, Radio, Select, Space, Switch, Typography } from 'antd';
import { NumberInput } from '../../components/NumberInput';
import { numberRule } from '../../components/numberLimits';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { type CandidacyInput, campaignsApi, candidaciesApi } from '../../api/campaigns';
import { EMPLOYMENT_TYPES, GENDERS, type Campaign, type Candidacy } from '../../api/types';
import { applyApiErrors, errorMessage } from '../../components/apiErrors';
import { AttachmentsPanel } from '../../components/AttachmentsPanel';
import { PrintButton } from '../../components/PrintButton';
import { ProposalView } from '../../components/ProposalView';
import { CandidacyStatusTag, StageTag } from '../../components/StageTag';
import { PageLoading } from '../../components/PageLoading';
import { ConsentSection } from './ConsentSection';
import { NominationDetails } from '../../components/NominationDetails';
import { channelsOf, type NominationFields, nominationInput, NominationSection } from './NominationSection';
import { allows } from '../../api/stages';

const EMPTY: CandidacyInput = {
  details: {
    name: '',
    contact: '',
    gender: 'female',
    birthYear: 1990,
    education: '',
    employer: '',
    sector: '',
    employment: 'part-time',
    grassrootsFrontline: false,
    statement: '',
  },
  proposal: { title: '', problem: '', beneficiaries: '', actions: '', milestones: '', budget: '', expectedOutcomes: '' },
  consent: { processing: false, publishName: false, publishEmployer: false, publishProjectTitle: false },
};

/** Submit, edit or withdraw her candidacy in one campaign, and see its status. */
export function MyCandidacy() {
  const { t } = useTranslation();
  const { campaignId } = useParams();
  const campaign = useQuery({ queryKey: ['campaign', campaignId], queryFn: () => campaignsApi.get(campaignId!) });
  const mine = useQuery({ queryKey: ['candidacies', campaignId, 'mine'], queryFn: () => candidaciesApi.list(campaignId!) });
  const [editing, setEditing] = useState(false);

  if (campaign.isLoading || mine.isLoading) return <PageLoading />;
  if (!campaign.data) return <Alert type="error" showIcon title={errorMessage(t, campaign.error)} />;
  const c = campaign.data;
  const own = mine.data?.[0];
  const open = allows(c, 'submit-candidacy');

  return (
    <>
      <Typography.Title level={1} className="page-title" style={{ fontSize: 28 }}>
        {own ? t('candidate.title') : t('candidate.submitTitle', { title: c.title })}
      </Typography.Title>
      <Space wrap style={{ marginBottom: 16 }}>
        {own && <Typography.Text strong>{c.title}</Typography.Text>}
        <StageTag campaign={c} />
        {own && <PrintButton path={`/candidacies/${own.id}/registration-form.pdf`} label={t('attachments.printForm')} />}
      </Space>
      {own ? (
        <>
          <StatusCard
            candidacy={own}
            open={open}
            mayWithdrawLate={c.qualifiedCandidatesMayWithdraw && own.status === 'accepted'}
            onEdit={() => setEditing(true)}
            editing={editing}
          />
          {editing && open && own.status === 'submitted' ? (
            <CandidacyForm campaign={c} existing={own} onDone={() => setEditing(false)} />
          ) : (
            <Card className="section-card">
              <ProposalView candidacy={own} />
            </Card>
          )}
          <Card className="section-card">
            <AttachmentsPanel candidacyId={own.id} canUpload={open && own.status === 'submitted'} />
          </Card>
        </>
      ) : open ? (
        <CandidacyForm campaign={c} onDone={() => undefined} />
      ) : (
        <Alert type="info" showIcon title={t('candidate.notOpen')} />
      )}
    </>
  );
}

function StatusCard({
  candidacy,
  open,
  mayWithdrawLate,
  editing,
  onEdit,
}: {
  candidacy: Candidacy;
  open: boolean;
  /** Candidacy has closed and she is qualified: she may still withdraw (on the shortlist, the next-ranked replaces her). */
  mayWithdrawLate: boolean;
  editing: boolean;
  onEdit: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [withdrawing, setWithdrawing] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const changeable = open && candidacy.status === 'submitted';

  const withdraw = async () => {
    setBusy(true);
    setError(null);
    try {
      await candidaciesApi.withdraw(candidacy.id, reason.trim() || undefined);
      await queryClient.invalidateQueries({ queryKey: ['candidacies', candidacy.campaignId] });
      message.success(t('candidate.withdrawn'));
      setWithdrawing(false);
    } catch (err) {
      setError(errorMessage(t, err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card className="section-card" title={<h2 style={{ margin: 0, fontSize: 20 }}>{t('candidate.myStatus')}</h2>}>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <div style={{ fontSize: 20 }} data-testid="candidacy-status">
          <CandidacyStatusTag status={candidacy.status} />
        </div>
        {candidacy.qualificationReason && (
          <div>
            {t('candidacies.qualificationReason')}：{candidacy.qualificationReason}
          </div>
        )}
        <NominationDetails nomination={candidacy.nomination} />
        <div>
          {t('candidate.submittedAt')}：{dayjs(candidacy.submittedAt).format('YYYY-MM-DD HH:mm')}
        </div>
        <Typography.Text>{changeable ? t('candidate.editable') : candidacy.status === 'submitted' ? t('candidate.locked') : null}</Typography.Text>
        {mayWithdrawLate && (
          <Space orientation="vertical">
            <Typography.Text>{t('campaignOrigin.withdraw.candidateLate')}</Typography.Text>
            <Button danger size="large" onClick={() => setWithdrawing(true)} data-testid="withdraw-late">
              {t('candidate.withdraw')}
            </Button>
          </Space>
        )}
        {changeable && !editing && (
          <Space wrap>
            <Button type="primary" size="large" onClick={onEdit}>
              {t('candidate.editTitle')}
            </Button>
            <Button danger size="large" onClick={() => setWithdrawing(true)}>
              {t('candidate.withdraw')}
            </Button>
          </Space>
        )}
      </Space>
      <Modal
        open={withdrawing}
        title={t('candidate.withdrawTitle')}
        okText={t('candidate.withdraw')}
        okButtonProps={{ danger: true }}
        cancelText={t('app.cancel')}
        confirmLoading={busy}
        onOk={withdraw}
        onCancel={() => setWithdrawing(false)}
        destroyOnHidden
      >
        <Typography.Paragraph style={{ fontSize: 17 }}>{t('candidate.withdrawBody')}</Typography.Paragraph>
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
        <label htmlFor="withdraw-reason">{t('candidate.withdrawReason')}</label>
        <Input.TextArea id="withdraw-reason" rows={2} value={reason} onChange={(e) => setReason(e.target.value)} maxLength={1000} />
      </Modal>
    </Card>
  );
}

/** The form's state: the candidacy, and on first submission how she comes forward. */
type CandidacyFormValues = CandidacyInput & { nomination?: NominationFields };

function CandidacyForm({ campaign, existing, onDone }: { campaign: Campaign; existing?: Candidacy; onDone: () => void }) {
  // The campaign's extra attributes (the age band is worked out from the birth year, not asked).
  const asked = (campaign.config.candidateAttributes ?? []).filter((d) => d.key !== 'ageBand');
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const campaignId = campaign.id;
  const [form] = Form.useForm<CandidacyFormValues>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (existing) form.setFieldsValue({ details: existing.details, proposal: existing.proposal, consent: existing.consent });
  }, [existing, form]);

  const label = (k: string) => t(`candidate.fields.${k}`);
  const required = (k: string) => ({ required: true, whitespace: true, message: t('form.required', { label: label(k) }) });

  const onFinish = async () => {
    setBusy(true);
    setError(null);
    const v = form.getFieldsValue(true) as CandidacyFormValues;
    const input: CandidacyInput = {
      details: {
        ...v.details,
        birthYear: Number(v.details.birthYear),
        grassrootsFrontline: !!v.details.grassrootsFrontline,
        ...(asked.length
          ? {
              attributes: Object.fromEntries(
                asked.flatMap((d) => {
                  const value = v.details.attributes?.[d.key];
                  return d.kind === 'boolean' ? [[d.key, !!value]] : value === undefined || value === null || value === '' ? [] : [[d.key, value]];
                }),
              ),
            }
          : {}),
      },
      proposal: { ...v.proposal, budget: String(v.proposal.budget ?? '').trim() },
      consent: {
        processing: !!v.consent.processing,
        publishName: !!v.consent.publishName,
        publishEmployer: !!v.consent.publishEmployer,
        publishProjectTitle: !!v.consent.publishProjectTitle,
      },
    };
    try {
      if (existing) await candidaciesApi.edit(existing.id, input);
      else await candidaciesApi.submit(campaignId, { ...input, nomination: nominationInput(v.nomination) });
      await queryClient.invalidateQueries({ queryKey: ['candidacies', campaignId] });
      message.success(existing ? t('candidate.edited') : t('candidate.submitted'));
      onDone();
    } catch (err) {
      const unplaced = applyApiErrors(form, err, t);
      const placed = form.getFieldsError().some((f) => f.errors.length);
      setError(placed && unplaced.length === 0 ? t('form.fixErrors') : errorMessage(t, err));
    } finally {
      setBusy(false);
    }
  };

  const area = (rows: number, max: number) => <Input.TextArea rows={rows} maxLength={max} showCount />;

  return (
    <Form<CandidacyFormValues>
      form={form}
      name="candidacy"
      layout="vertical"
      size="large"
      initialValues={{ ...EMPTY, nomination: { channel: channelsOf(campaign)[0] } }}
      onFinish={onFinish}
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Card className="section-card" title={<h2 style={{ margin: 0, fontSize: 20 }}>{t('candidate.details')}</h2>}>
        <Alert type="info" showIcon title={t('candidate.noBarNotice')} style={{ marginBottom: 16 }} />
        <div className="row-fields">
          <Form.Item name={['details', 'name']} label={label('name')} rules={[required('name'), { max: 50 }]}>
            <Input autoComplete="name" />
          </Form.Item>
          <Form.Item name={['details', 'contact']} label={label('contact')} rules={[required('contact'), { max: 100 }]}>
            <Input autoComplete="tel" />
          </Form.Item>
        </div>
        <div className="row-fields">
          <Form.Item name={['details', 'gender']} label={label('gender')}>
            <Radio.Group options={GENDERS.map((g) => ({ value: g, label: t(`candidate.genders.${g}`) }))} />
          </Form.Item>
          <Form.Item
            name={['details', 'birthYear']}
            label={label('birthYear')}
            rules={[{ required: true, message: t('form.required', { label: label('birthYear') }) }, numberRule(t, { min: 1900, max: 2030 })]}
          >
            <NumberInput valueAs="number" style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name={['details', 'education']} label={label('education')} rules={[{ max: 50 }]}>
            <Input />
          </Form.Item>
        </div>
        <div className="row-fields">
          <Form.Item name={['details', 'employer']} label={label('employer')} rules={[{ max: 100 }]}>
            <Input autoComplete="organization" />
          </Form.Item>
          <Form.Item name={['details', 'sector']} label={label('sector')} rules={[{ max: 50 }]}>
            <Input />
          </Form.Item>
          <Form.Item name={['details', 'employment']} label={label('employment')}>
            <Select options={EMPLOYMENT_TYPES.map((e) => ({ value: e, label: t(`candidate.employment.${e}`) }))} />
          </Form.Item>
        </div>
        <Form.Item name={['details', 'grassrootsFrontline']} label={label('grassrootsFrontline')} valuePropName="checked">
          <Switch checkedChildren={t('app.yes')} unCheckedChildren={t('app.no')} />
        </Form.Item>
        {asked.length > 0 && (
          <div className="row-fields" data-testid="candidate-attributes">
            {asked.map((d) =>
              d.kind === 'boolean' ? (
                <Form.Item key={d.key} name={['details', 'attributes', d.key]} label={d.label} valuePropName="checked">
                  <Switch checkedChildren={t('app.yes')} unCheckedChildren={t('app.no')} />
                </Form.Item>
              ) : (
                <Form.Item
                  key={d.key}
                  name={['details', 'attributes', d.key]}
                  label={d.label}
                  rules={[{ required: true, message: t('form.required', { label: d.label }) }]}
                >
                  <Select options={(d.choices ?? []).map((c) => ({ value: c, label: c }))} />
                </Form.Item>
              ),
            )}
          </div>
        )}
        <Form.Item name={['details', 'statement']} label={label('statement')} rules={[{ max: 2000 }]}>
          {area(4, 2000)}
        </Form.Item>
      </Card>
      <Card className="section-card" title={<h2 style={{ margin: 0, fontSize: 20 }}>{t('candidate.proposal')}</h2>}>
        <Form.Item name={['proposal', 'title']} label={label('title')} rules={[required('title'), { max: 100 }]}>
          <Input />
        </Form.Item>
        <Form.Item name={['proposal', 'problem']} label={label('problem')} rules={[required('problem'), { max: 5000 }]}>
          {area(3, 5000)}
        </Form.Item>
        <Form.Item name={['proposal', 'beneficiaries']} label={label('beneficiaries')} rules={[required('beneficiaries'), { max: 2000 }]}>
          {area(2, 2000)}
        </Form.Item>
        <Form.Item name={['proposal', 'actions']} label={label('actions')} rules={[required('actions'), { max: 5000 }]}>
          {area(3, 5000)}
        </Form.Item>
        <Form.Item name={['proposal', 'milestones']} label={label('milestones')} rules={[{ max: 5000 }]}>
          {area(2, 5000)}
        </Form.Item>
        {/* The amount's format is the api's rule (≤ 2 decimals): its 400 lands here, next to the field. */}
        <Form.Item name={['proposal', 'budget']} label={label('budget')} rules={[required('budget')]}>
          <Input inputMode="decimal" placeholder="12000.00" style={{ maxWidth: 280 }} />
        </Form.Item>
        <Form.Item name={['proposal', 'expectedOutcomes']} label={label('expectedOutcomes')} rules={[required('expectedOutcomes'), { max: 5000 }]}>
          {area(3, 5000)}
        </Form.Item>
      </Card>
      {/* The nomination is how she came forward: set once, at submission. */}
      {!existing && <NominationSection campaign={campaign} />}
      <ConsentSection />
      <Space wrap>
        <Button type="primary" htmlType="submit" size="large" loading={busy}>
          {existing ? t('candidate.saveEdit') : t('candidate.submit')}
        </Button>
        {existing && (
          <Button size="large" onClick={onDone}>
            {t('app.cancel')}
          </Button>
        )}
      </Space>
    </Form>
  );
}
