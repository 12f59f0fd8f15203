import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Checkbox, DatePicker, Form, Grid, Input, Radio, Select, Space, Switch, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { type KeyboardEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { organisationsApi } from '../../api/organisations';
import { type CampaignConfigInput, type CampaignTemplate, campaignsApi } from '../../api/campaigns';
import type { CampaignConfig, Quota } from '../../api/types';
import { applyApiErrors, errorMessage, fieldMessage } from '../../components/apiErrors';
import { sumDecimals } from '../../components/decimal';
import { NumberInput } from '../../components/NumberInput';
import { numberRule } from '../../components/numberLimits';
import { PageLoading } from '../../components/PageLoading';
import type { FieldError } from '../../api/client';
import { CopyCampaignPanel } from './CopyCampaignPanel';
import { TitledNumberRows } from './TitledNumberRows';
import { PIPELINE_DEFAULTS, PipelineFields, type PipelineFormValues, pipelineFromConfig, pipelineToConfig } from './PipelineFields';

type StartFrom = 'blank' | 'template' | 'copy';

const TIMELINE_KEYS = ['candidacyOpensAt', 'candidacyClosesAt', 'juryClosesAt', 'congressAt'] as const;

interface FormValues {
  title: string;
  organisingBody: string;
  positions: { key?: string; title: string; seats: number | string }[];
  weights: { projectReview: string; panelOpinion: string; jury: string };
  weightsTotal?: unknown;
  rubric: { key?: string; title: string; max: string; step: string }[];
  juryMode: 'score' | 'approval';
  approvalLimit?: number | string;
  competitiveMarginPercent: number | string;
  /** Shares as typed: a number, or '' when the box was emptied. */
  quotas: {
    attribute: Quota['attribute'];
    equals?: string;
    minSharePercent?: number | string;
    maxSharePercent?: number | string;
    appliesTo: Quota['appliesTo'];
    /** With appliesTo 'elected': the key of a body (checked on its elected and sitting members). */
    body?: string;
  }[];
  /** Extra attributes candidates are asked for (keys of EXTRA_ATTRIBUTES). */
  extraAttributes: ExtraAttribute[];
  /** The sectors a candidate chooses from, when 'sector' is asked. */
  sectorChoices: string[];
  bodies: BodyRow[];
  timeline: Partial<Record<(typeof TIMELINE_KEYS)[number], Dayjs | null>>;
  blindReview: boolean;
  pipeline: PipelineFormValues;
}

/** The extra attributes offered ready-made (DOMAIN.md stage 2); the age band is derived from the birth year. */
const EXTRA_ATTRIBUTES = ['nonParty', 'ethnicMinority', 'taiwanCompatriot', 'ageBand', 'sector'] as const;
type ExtraAttribute = (typeof EXTRA_ATTRIBUTES)[number];
const AGE_BANDS = ['under-35', '35-44', '45-54', '55-and-over'];
const isBooleanAttribute = (a: string) => a === 'grassrootsFrontline' || a === 'nonParty' || a === 'ethnicMinority' || a === 'taiwanCompatriot';

/** A governing body as the form holds it: positions by their row index (new positions get keys only when saved). */
interface BodyRow {
  key: string;
  title: string;
  positions: number[];
  sittingMembers: { count: number | string; grassrootsFrontline: boolean; employment: string; gender: string; flags: string[] }[];
}

/** The template a blank campaign starts from (GET /campaign-templates), so its positions, weights and rubric are written once. */
const BLANK_START_TEMPLATE = 'open-selection';

/** The quota row "add" makes; a blank campaign starts with just this one, the template's other quota comes with choosing it. */
const NEW_QUOTA: FormValues['quotas'][number] = { attribute: 'grassrootsFrontline', equals: 'true', minSharePercent: 30, appliesTo: 'shortlist' };

/** What no template fills: the organiser's own words and dates, and what she asks of candidates. */
const UNFILLED: FormValues = {
  title: '',
  organisingBody: '',
  positions: [],
  weights: { projectReview: '', panelOpinion: '', jury: '' },
  rubric: [],
  juryMode: 'score',
  competitiveMarginPercent: '',
  quotas: [],
  extraAttributes: [],
  sectorChoices: [],
  bodies: [],
  timeline: {},
  blindReview: false,
  pipeline: PIPELINE_DEFAULTS,
};

/** The form of a blank campaign: the blank-start template's configuration, with one quota row to adjust. */
function blankStart(template: CampaignTemplate): FormValues {
  return { ...UNFILLED, ...fromTemplate(template, UNFILLED), quotas: [{ ...NEW_QUOTA }] };
}

const QUOTA_VALUES: Record<string, string[]> = {
  grassrootsFrontline: ['true', 'false'],
  employment: ['full-time', 'seconded', 'part-time'],
  gender: ['female', 'male', 'other'],
};

/** The values a quota on this attribute may count: built-in ones, yes/no, the age bands or the sectors typed. */
const quotaValuesOf = (attribute: string, sectorChoices: string[] | undefined): string[] =>
  QUOTA_VALUES[attribute] ?? (isBooleanAttribute(attribute) ? ['true', 'false'] : attribute === 'ageBand' ? AGE_BANDS : (sectorChoices ?? []));

function fromConfig(c: CampaignConfig): FormValues {
  return {
    title: c.title,
    organisingBody: c.organisingBody,
    positions: c.positions.map((p) => ({ ...p })),
    weights: { ...c.weights },
    rubric: c.rubric.map((r) => ({ key: r.key, title: r.title, max: String(r.max), step: String(r.step) })),
    juryMode: c.juryMode,
    approvalLimit: c.approvalLimit,
    competitiveMarginPercent: c.competitiveMarginPercent,
    quotas: c.quotas.map((q) => ({ ...q, equals: q.equals === undefined ? undefined : String(q.equals) })),
    extraAttributes: (c.candidateAttributes ?? []).map((a) => a.key).filter((k): k is ExtraAttribute => (EXTRA_ATTRIBUTES as readonly string[]).includes(k)),
    sectorChoices: [...((c.candidateAttributes ?? []).find((a) => a.key === 'sector')?.choices ?? [])],
    bodies: (c.bodies ?? []).map((b) => ({
      key: b.key,
      title: b.title,
      positions: b.positionKeys.map((k) => c.positions.findIndex((p) => p.key === k)).filter((i) => i >= 0),
      sittingMembers: (b.sittingMembers ?? []).map((m) => ({
        count: m.count,
        grassrootsFrontline: m.attributes.grassrootsFrontline === true,
        employment: String(m.attributes.employment ?? 'part-time'),
        gender: String(m.attributes.gender ?? 'female'),
        flags: Object.entries(m.attributes)
          .filter(([k, v]) => v === true && k !== 'grassrootsFrontline')
          .map(([k]) => k),
      })),
    })),
    timeline: Object.fromEntries(TIMELINE_KEYS.map((k) => [k, c.timeline[k] ? dayjs(c.timeline[k]) : null])),
    blindReview: c.blindReview,
    pipeline: pipelineFromConfig(c.pipeline),
  };
}

/** A template's configuration in the form: what it leaves out is `start`'s (a blank campaign's); title, body and dates stay hers. */
function fromTemplate(template: CampaignTemplate, start: FormValues): Partial<FormValues> {
  const c = template.config;
  return {
    positions: c.positions.map((p) => ({ ...p })),
    weights: c.weights ? { ...c.weights } : start.weights,
    rubric: c.rubric ? c.rubric.map((r) => ({ key: r.key, title: r.title, max: String(r.max), step: String(r.step) })) : start.rubric,
    juryMode: c.juryMode ?? start.juryMode,
    approvalLimit: c.approvalLimit,
    competitiveMarginPercent: c.competitiveMarginPercent ?? start.competitiveMarginPercent,
    quotas: (c.quotas ?? []).map((q) => ({
      ...q,
      // A yes/no quota left without a value counts the yes answers.
      equals: q.equals === undefined ? (q.attribute === 'grassrootsFrontline' ? 'true' : undefined) : String(q.equals),
    })),
    blindReview: c.blindReview ?? false,
    pipeline: pipelineFromConfig(c.pipeline),
  };
}

/** Keys are technical: kept when they exist, made up (unique) for new rows, never shown to officers. */
function withKeys<T extends { key?: string }>(rows: T[], prefix: string): (T & { key: string })[] {
  const used = new Set(rows.map((r) => r.key).filter(Boolean));
  let n = 1;
  return rows.map((r) => {
    if (r.key) return r as T & { key: string };
    while (used.has(`${prefix}-${n}`)) n++;
    used.add(`${prefix}-${n}`);
    return { ...r, key: `${prefix}-${n}` };
  });
}

/** A whole-number box as the api takes it (a JSON number); an emptied box is no value. The form checked the text. */
const wholeOrNothing = (v: number | string | null | undefined): number | undefined =>
  v === undefined || v === null || String(v).trim() === '' ? undefined : Number(v);

function toConfig(v: FormValues, labelOf: (a: ExtraAttribute) => string): CampaignConfigInput {
  const timeline = Object.fromEntries(TIMELINE_KEYS.filter((k) => v.timeline?.[k]).map((k) => [k, (v.timeline[k] as Dayjs).toISOString()]));
  const positions = withKeys(v.positions ?? [], 'position').map((p) => ({ key: p.key, title: p.title.trim(), seats: Number(p.seats) }));
  const extra = v.extraAttributes ?? [];
  // Left out when not used, so that a campaign without them is configured exactly as before they existed.
  const candidateAttributes = extra.map((key) =>
    isBooleanAttribute(key)
      ? { key, label: labelOf(key), kind: 'boolean' as const }
      : { key, label: labelOf(key), kind: 'choice' as const, choices: key === 'ageBand' ? AGE_BANDS : (v.sectorChoices ?? []) },
  );
  const bodies = (v.bodies ?? []).map((b) => ({
    key: b.key,
    title: (b.title ?? '').trim(),
    positionKeys: (b.positions ?? []).map((i) => positions[i]?.key).filter((k): k is string => !!k),
    sittingMembers: (b.sittingMembers ?? []).map((m) => ({
      count: Number(m.count),
      attributes: {
        grassrootsFrontline: !!m.grassrootsFrontline,
        employment: m.employment,
        gender: m.gender,
        ...Object.fromEntries(extra.filter(isBooleanAttribute).map((k) => [k, (m.flags ?? []).includes(k)])),
      },
    })),
  }));
  return {
    title: v.title.trim(),
    organisingBody: v.organisingBody.trim(),
    positions,
    weights: { projectReview: String(v.weights.projectReview ?? ''), panelOpinion: String(v.weights.panelOpinion ?? ''), jury: String(v.weights.jury ?? '') },
    rubric: withKeys(v.rubric ?? [], 'criterion').map((r) => ({ key: r.key, title: r.title.trim(), max: String(r.max ?? ''), step: String(r.step ?? '') })),
    juryMode: v.juryMode,
    ...(v.juryMode === 'approval' && wholeOrNothing(v.approvalLimit) !== undefined ? { approvalLimit: wholeOrNothing(v.approvalLimit) } : {}),
    competitiveMarginPercent: Number(v.competitiveMarginPercent),
    quotas: (v.quotas ?? []).map((q) => ({
      attribute: q.attribute,
      ...(q.equals === undefined || q.equals === null ? {} : { equals: isBooleanAttribute(q.attribute) ? q.equals === 'true' : q.equals }),
      ...(wholeOrNothing(q.minSharePercent) === undefined ? {} : { minSharePercent: wholeOrNothing(q.minSharePercent) }),
      ...(wholeOrNothing(q.maxSharePercent) === undefined ? {} : { maxSharePercent: wholeOrNothing(q.maxSharePercent) }),
      appliesTo: q.appliesTo,
      ...(q.appliesTo === 'elected' && q.body ? { body: q.body } : {}),
    })),
    ...(candidateAttributes.length ? { candidateAttributes } : {}),
    ...(bodies.length ? { bodies } : {}),
    timeline,
    blindReview: !!v.blindReview,
    // An honours campaign's one position follows from its award tiers.
    ...pipelineToConfig(v.pipeline),
  };
}

/** A quota or position problem reported on the row as a whole lands on the row's first field. */
const ALIASES: Record<string, string> = {
  weights: 'weightsTotal',
  ...Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`quotas.${i}`, `quotas.${i}.minSharePercent`])),
  ...Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`bodies.${i}.key`, `bodies.${i}.title`])),
  ...Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`bodies.${i}.positionKeys`, `bodies.${i}.positions`])),
  ...Object.fromEntries(
    Array.from({ length: 10 }, (_, i) => Array.from({ length: 20 }, (_, j) => [`bodies.${i}.positionKeys.${j}`, `bodies.${i}.positions`])).flat(),
  ),
  ...Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`candidateAttributes.${i}.choices`, 'sectorChoices'])),
  ...Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`positions.${i}.key`, `positions.${i}.title`])),
  ...Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`rubric.${i}.key`, `rubric.${i}.title`])),
  ...Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`pipeline.awardTiers.${i}.key`, `pipeline.awardTiers.${i}.title`])),
  'pipeline.skippedStages': 'pipeline.skips',
  ...Object.fromEntries(Array.from({ length: 3 }, (_, i) => [`pipeline.skippedStages.${i}`, 'pipeline.skips'])),
  'pipeline.awardTiers': 'pipeline.template',
};

function WeightsTotal({ total, id }: { total: string | null; id?: string }) {
  const { t } = useTranslation();
  return (
    <Typography.Text id={id} className="weights-total" strong style={{ color: total === '100' ? '#135200' : '#a8071a' }} aria-live="polite">
      {t('form.weightsTotalIs', { total: total ?? '—' })}
    </Typography.Text>
  );
}

export function CampaignForm() {
  const { t, i18n } = useTranslation();
  const { campaignId } = useParams();
  const editing = !!campaignId;
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const screens = Grid.useBreakpoint();
  const [form] = Form.useForm<FormValues>();
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<{ general?: string; fields: FieldError[] }>({ fields: [] });
  const campaign = useQuery({ queryKey: ['campaign', campaignId], queryFn: () => campaignsApi.get(campaignId!), enabled: editing });
  const organisations = useQuery({ queryKey: ['organisations'], queryFn: organisationsApi.list, enabled: !editing });
  const templates = useQuery({ queryKey: ['campaign-templates'], queryFn: campaignsApi.templates });
  const [startFrom, setStartFrom] = useState<StartFrom>('blank');
  const [template, setTemplate] = useState<CampaignTemplate | null>(null);
  const language = i18n.language === 'en' ? 'en' : 'zh-CN';
  // Asked only when she runs campaigns of several organisations; with one, the campaign is that one's.
  const organisationChoices = (organisations.data ?? []).filter((o) => o.actsOnCampaigns);

  const positionsWatched = Form.useWatch('positions', form);
  const extraAttributes = Form.useWatch('extraAttributes', form) ?? [];
  const sectorChoices = Form.useWatch('sectorChoices', form);
  // With preserve: a body's key has no field of its own, and quota rows name the body by it.
  const bodies = Form.useWatch('bodies', { form, preserve: true }) as BodyRow[] | undefined;
  useEffect(() => {
    if (campaign.data) form.setFieldsValue(fromConfig(campaign.data.config));
  }, [campaign.data, form]);

  const weights = Form.useWatch('weights', form);
  const weightsTotal = sumDecimals([weights?.projectReview, weights?.panelOpinion, weights?.jury]);
  const rubric = Form.useWatch('rubric', form);
  const rubricTotal = sumDecimals((rubric ?? []).map((r) => r?.max));
  const juryMode = Form.useWatch('juryMode', form);
  const quotas = Form.useWatch('quotas', form);
  const honours = Form.useWatch(['pipeline', 'template'], form) === 'honours';
  const compact = !screens.md;

  // A new campaign's form starts from the template the api serves (an edited one from its configuration); going back
  // to an open selection from honours resets the scoring to that template's too.
  const blankTemplate = templates.data?.find((x) => x.key === BLANK_START_TEMPLATE);
  const start = blankTemplate && blankStart(blankTemplate);

  if (campaign.isLoading || templates.isLoading) return <PageLoading />;
  if (editing && campaign.error) return <Alert type="error" showIcon title={errorMessage(t, campaign.error)} />;
  if (!start)
    return <Alert type="error" showIcon title={errorMessage(t, templates.error ?? new Error(`GET /campaign-templates: no ${BLANK_START_TEMPLATE}`))} />;
  if (editing && campaign.data && campaign.data.stage !== 'draft') {
    return <Alert type="warning" showIcon title={t('form.draftOnly')} action={<Link to={`/campaigns/${campaignId}`}>{t('app.back')}</Link>} />;
  }

  const required = (label: string) => ({ required: true, message: t('form.required', { label }) });

  const onFinish = async () => {
    setProblems({ fields: [] });
    setBusy(true);
    const values = form.getFieldsValue(true) as FormValues;
    try {
      const config = toConfig(values, (a) => t(`form.extraAttributes.${a}`));
      if (editing) {
        await campaignsApi.reconfigure(campaignId!, config);
        await queryClient.invalidateQueries({ queryKey: ['campaign', campaignId] });
        message.success(t('app.saved'));
        navigate(`/campaigns/${campaignId}`);
      } else {
        const outcome = await campaignsApi.create(
          config,
          organisationChoices.length > 1 ? (values as FormValues & { organisationId?: string }).organisationId : undefined,
          startFrom === 'template' ? template?.key : undefined,
        );
        await queryClient.invalidateQueries({ queryKey: ['campaigns'] });
        message.success(t('form.created'));
        navigate(`/campaigns/${outcome.result!.campaignId}`);
      }
    } catch (err) {
      const unplaced = applyApiErrors(form, err, t, ALIASES);
      setProblems({ general: errorMessage(t, err), fields: unplaced });
    } finally {
      setBusy(false);
    }
  };

  // Labels above the first row only, or above every row where the boxes wrap.
  const labelled = (index: number) => index === 0 || compact;
  const rowLabel = (index: number, label: string) => (labelled(index) ? label : undefined);

  return (
    <>
      <Typography.Title level={1} className="page-title" style={{ fontSize: 28 }}>
        {editing ? t('form.editTitle') : t('form.createTitle')}
      </Typography.Title>
      {problems.general && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('form.fixErrors')}
          description={
            <>
              <div>{problems.general}</div>
              {problems.fields.map((f) => (
                <div key={f.field + f.message}>
                  {f.field}: {fieldMessage(t, f)}
                </div>
              ))}
            </>
          }
        />
      )}
      {!editing && (
        <Card title={<h2 style={{ margin: 0, fontSize: 20 }}>{t('campaignOrigin.startHeading')}</h2>} className="section-card">
          <Typography.Paragraph>{t('campaignOrigin.startHelp')}</Typography.Paragraph>
          <Radio.Group
            value={startFrom}
            onChange={(e) => setStartFrom(e.target.value as StartFrom)}
            optionType="button"
            buttonStyle="solid"
            size="large"
            name="start-from"
            options={(['blank', 'template', 'copy'] as const).map((k) => ({ value: k, label: t(`campaignOrigin.start.${k}`) }))}
          />
          {startFrom === 'template' && (
            <div style={{ marginTop: 16 }}>
              <Typography.Paragraph>{t('campaignOrigin.templateHelp')}</Typography.Paragraph>
              <Radio.Group
                name="template"
                value={template?.key}
                onChange={(e) => {
                  const chosen = templates.data?.find((x) => x.key === e.target.value) ?? null;
                  setTemplate(chosen);
                  if (chosen) {
                    form.setFieldsValue(fromTemplate(chosen, start));
                    message.info(t('campaignOrigin.templateApplied', { title: chosen.title[language] }));
                  }
                }}
              >
                <Space direction="vertical" size="middle">
                  {(templates.data ?? []).map((x) => (
                    <Radio key={x.key} value={x.key} data-testid={`template-${x.key}`}>
                      <strong>{x.title[language]}</strong>
                      <div style={{ color: '#434343' }}>{x.description[language]}</div>
                    </Radio>
                  ))}
                </Space>
              </Radio.Group>
            </div>
          )}
          {startFrom === 'copy' && (
            <div style={{ marginTop: 16 }}>
              <CopyCampaignPanel />
            </div>
          )}
        </Card>
      )}
      {startFrom !== 'copy' && (
        <Form<FormValues>
          form={form}
          name="campaign"
          layout="vertical"
          size="large"
          initialValues={editing ? campaign.data && fromConfig(campaign.data.config) : start}
          onFinish={onFinish}
          // The total is checked as the officer types, not only on submit.
          onValuesChange={(changed: Partial<FormValues>) => {
            if (changed.weights) void form.validateFields(['weightsTotal']).catch(() => undefined);
            // A repeated quota is a property of two rows: changing either may make or mend it.
            if (changed.quotas) {
              const rows = (form.getFieldValue('quotas') as FormValues['quotas'] | undefined) ?? [];
              void form.validateFields(rows.map((_, i) => ['quotas', i, 'attribute'])).catch(() => undefined);
            }
          }}
          onFinishFailed={({ errorFields }) => errorFields[0] && form.scrollToField(errorFields[0].name, { block: 'center' })}
          scrollToFirstError={false}
        >
          <Card title={<h2 style={{ margin: 0, fontSize: 20 }}>{t('form.basics')}</h2>} className="section-card">
            <Form.Item name="title" label={t('form.title')} rules={[required(t('form.title')), { max: 200 }]}>
              <Input placeholder={t('form.titlePlaceholder')} />
            </Form.Item>
            <Form.Item name="organisingBody" label={t('form.organisingBody')} rules={[required(t('form.organisingBody')), { max: 200 }]}>
              <Input placeholder={t('form.organisingBodyPlaceholder')} />
            </Form.Item>
            {!editing && organisationChoices.length > 1 && (
              <Form.Item
                name="organisationId"
                label={t('organisations.organisation')}
                extra={t('organisations.organisationHelp')}
                rules={[required(t('organisations.organisation'))]}
              >
                <Select options={organisationChoices.map((o) => ({ value: o.id, label: o.name }))} />
              </Form.Item>
            )}
          </Card>

          <PipelineFields form={form} openSelection={start} />

          {/* An honours campaign's places are its award tiers' (above). */}
          <Card title={<h2 style={{ margin: 0, fontSize: 20 }}>{t('form.positions')}</h2>} className="section-card" hidden={honours}>
            <TitledNumberRows
              name="positions"
              title={{ label: t('form.positionTitle'), placeholder: t('form.positionTitlePlaceholder') }}
              numbers={[{ name: 'seats', label: t('form.seats'), limits: { min: 1, max: 100 }, valueAs: 'number', flex: '1 1 120px' }]}
              labelled={labelled}
              newRow={{ title: '', seats: 1 }}
              addLabel={t('form.addPosition')}
            />
          </Card>

          <Card title={<h2 style={{ margin: 0, fontSize: 20 }}>{t('form.weights')}</h2>} className="section-card">
            <div className="row-fields">
              {(['projectReview', 'panelOpinion', 'jury'] as const).map((part) => (
                <Form.Item
                  key={part}
                  name={['weights', part]}
                  label={`${t(`form.${part}`)}（%）`}
                  rules={[required(t(`form.${part}`)), numberRule(t, { min: 0, max: 100, step: '0.01' })]}
                >
                  <NumberInput style={{ width: '100%' }} />
                </Form.Item>
              ))}
            </div>
            <Form.Item
              name="weightsTotal"
              label={t('form.weightsTotal')}
              dependencies={[
                ['weights', 'projectReview'],
                ['weights', 'panelOpinion'],
                ['weights', 'jury'],
              ]}
              rules={[
                {
                  validator: () =>
                    weightsTotalOf(form) === '100'
                      ? Promise.resolve()
                      : Promise.reject(new Error(t('form.weightsMustBe100', { total: weightsTotalOf(form) ?? '—' }))),
                },
              ]}
            >
              <WeightsTotal total={weightsTotal} />
            </Form.Item>
          </Card>

          <Card
            title={<h2 style={{ margin: 0, fontSize: 20 }}>{t('form.rubric')}</h2>}
            className="section-card"
            extra={<span>{t('form.rubricTotal', { total: rubricTotal ?? '—' })}</span>}
          >
            <TitledNumberRows
              name="rubric"
              title={{ label: t('form.criterion'), placeholder: t('form.criterionPlaceholder') }}
              numbers={[
                { name: 'max', label: t('form.max'), limits: { min: '0.01', max: 1000, step: '0.01' }, flex: '1 1 110px' },
                { name: 'step', label: t('form.step'), limits: { min: '0.01', max: 100, step: '0.01' }, flex: '1 1 110px' },
              ]}
              labelled={labelled}
              newRow={{ title: '', max: '10', step: '0.5' }}
              addLabel={t('form.addCriterion')}
            />
          </Card>

          <Card title={<h2 style={{ margin: 0, fontSize: 20 }}>{t('form.juryMode')}</h2>} className="section-card">
            <Form.Item name="juryMode" label={t('form.juryMode')}>
              <Radio.Group
                options={[
                  { value: 'score', label: t('form.juryScore') },
                  { value: 'approval', label: t('form.juryApproval') },
                ]}
              />
            </Form.Item>
            {juryMode === 'approval' && (
              <Form.Item name="approvalLimit" label={t('form.approvalLimit')} rules={[required(t('form.approvalLimit')), numberRule(t, { min: 1, max: 100 })]}>
                <NumberInput valueAs="number" style={{ width: 200 }} />
              </Form.Item>
            )}
            <Form.Item
              name="competitiveMarginPercent"
              label={t('form.margin')}
              extra={t('form.marginHelp')}
              rules={[required(t('form.margin')), numberRule(t, { min: 0, max: 100 })]}
            >
              <NumberInput valueAs="number" style={{ width: 200 }} />
            </Form.Item>
          </Card>

          <Card title={<h2 style={{ margin: 0, fontSize: 20 }}>{t('form.quotas')}</h2>} className="section-card">
            <Form.List name="quotas">
              {(fields, { add, remove }) => (
                <>
                  {fields.map((field, index) => {
                    const attribute = quotas?.[field.name]?.attribute ?? 'grassrootsFrontline';
                    const appliesTo = quotas?.[field.name]?.appliesTo;
                    const valueLabel = (v: string) =>
                      isBooleanAttribute(attribute)
                        ? t(v === 'true' ? 'app.yes' : 'app.no')
                        : attribute === 'gender'
                          ? t(`candidate.genders.${v}`)
                          : attribute === 'employment'
                            ? t(`candidate.employment.${v}`)
                            : attribute === 'ageBand'
                              ? t(`form.ageBands.${v}`)
                              : v;
                    return (
                      <div className="row-fields" key={field.key}>
                        <Form.Item
                          name={[field.name, 'attribute']}
                          label={rowLabel(index, t('form.quotaAttribute'))}
                          rules={[
                            required(t('form.quotaAttribute')),
                            {
                              validator: () => {
                                const row = repeatedQuotaRow(form.getFieldValue('quotas'), field.name);
                                return row === null ? Promise.resolve() : Promise.reject(new Error(t('forms.quota.duplicate', { row })));
                              },
                            },
                          ]}
                        >
                          <Select
                            aria-label={`${t('form.quotaAttribute')} ${index + 1}`}
                            options={[
                              ...Object.keys(QUOTA_VALUES).map((a) => ({ value: a, label: t(`form.attributes.${a}`) })),
                              ...extraAttributes.map((a) => ({ value: a, label: t(`form.extraAttributes.${a}`) })),
                            ]}
                            onChange={(a: string) => form.setFieldValue(['quotas', field.name, 'equals'], quotaValuesOf(a, sectorChoices)[0])}
                          />
                        </Form.Item>
                        <Form.Item name={[field.name, 'equals']} label={rowLabel(index, t('form.quotaEquals'))}>
                          <Select
                            aria-label={`${t('form.quotaEquals')} ${index + 1}`}
                            options={quotaValuesOf(attribute, sectorChoices).map((v) => ({ value: v, label: valueLabel(v) }))}
                          />
                        </Form.Item>
                        <Form.Item
                          name={[field.name, 'minSharePercent']}
                          label={rowLabel(index, t('form.quotaMin'))}
                          rules={[numberRule(t, { min: 0, max: 100 })]}
                        >
                          <NumberInput valueAs="number" aria-label={`${t('form.quotaMin')} ${index + 1}`} style={{ width: '100%' }} />
                        </Form.Item>
                        <Form.Item
                          name={[field.name, 'maxSharePercent']}
                          label={rowLabel(index, t('form.quotaMax'))}
                          rules={[numberRule(t, { min: 0, max: 100 })]}
                        >
                          <NumberInput valueAs="number" aria-label={`${t('form.quotaMax')} ${index + 1}`} style={{ width: '100%' }} />
                        </Form.Item>
                        <Form.Item
                          name={[field.name, 'appliesTo']}
                          label={rowLabel(index, t('form.quotaAppliesTo'))}
                          rules={[required(t('form.quotaAppliesTo'))]}
                        >
                          <Select
                            aria-label={`${t('form.quotaAppliesTo')} ${index + 1}`}
                            options={[
                              { value: 'shortlist', label: t('form.appliesTo.shortlist') },
                              { value: 'elected', label: t('form.appliesTo.elected') },
                            ]}
                          />
                        </Form.Item>
                        {appliesTo === 'elected' && (bodies ?? []).length > 0 && (
                          <Form.Item name={[field.name, 'body']} label={rowLabel(index, t('form.quotaBody'))}>
                            <Select
                              allowClear
                              aria-label={`${t('form.quotaBody')} ${index + 1}`}
                              placeholder={t('form.quotaWholeSet')}
                              options={(bodies ?? []).map((b) => ({ value: b.key, label: b.title || b.key }))}
                            />
                          </Form.Item>
                        )}
                        <Button
                          className="row-remove"
                          icon={<DeleteOutlined aria-hidden />}
                          onClick={() => remove(field.name)}
                          aria-label={`${t('form.remove')} ${index + 1}`}
                          style={{ marginTop: labelled(index) ? 34 : 0 }}
                        />
                      </div>
                    );
                  })}
                  <Button type="dashed" icon={<PlusOutlined aria-hidden />} onClick={() => add({ ...NEW_QUOTA })}>
                    {t('form.addQuota')}
                  </Button>
                </>
              )}
            </Form.List>
          </Card>

          <Card title={<h2 style={{ margin: 0, fontSize: 20 }}>{t('form.extraAttributesHeading')}</h2>} className="section-card" data-testid="extra-attributes">
            <Typography.Paragraph>{t('form.extraAttributesHelp')}</Typography.Paragraph>
            <Form.Item name="extraAttributes" label={t('form.extraAttributesAsk')}>
              <Checkbox.Group options={EXTRA_ATTRIBUTES.map((a) => ({ value: a, label: t(`form.extraAttributes.${a}`) }))} />
            </Form.Item>
            {extraAttributes.includes('sector') && (
              <Form.Item
                name="sectorChoices"
                label={t('form.sectorChoices')}
                rules={[{ required: true, type: 'array', min: 1, message: t('form.sectorChoicesRequired') }]}
              >
                <Select mode="tags" aria-label={t('form.sectorChoices')} tokenSeparators={[',', '，', '、']} />
              </Form.Item>
            )}
          </Card>

          <Card title={<h2 style={{ margin: 0, fontSize: 20 }}>{t('form.bodies')}</h2>} className="section-card" data-testid="bodies-section">
            <Typography.Paragraph>{t('form.bodiesHelp')}</Typography.Paragraph>
            <Form.List name="bodies">
              {(fields, { add, remove }) => (
                <>
                  {fields.map((field, index) => (
                    <Card
                      key={field.key}
                      size="small"
                      style={{ marginBottom: 12 }}
                      title={t('form.bodyN', { n: index + 1 })}
                      extra={
                        <Button icon={<DeleteOutlined aria-hidden />} onClick={() => remove(field.name)} aria-label={`${t('form.removeBody')} ${index + 1}`} />
                      }
                    >
                      <div className="row-fields">
                        <Form.Item
                          name={[field.name, 'title']}
                          label={t('form.bodyTitle')}
                          rules={[required(t('form.bodyTitle')), { max: 100 }]}
                          style={{ flex: '2 1 220px' }}
                        >
                          <Input aria-label={`${t('form.bodyTitle')} ${index + 1}`} placeholder={t('form.bodyTitlePlaceholder')} />
                        </Form.Item>
                        <Form.Item
                          name={[field.name, 'positions']}
                          label={t('form.bodyPositions')}
                          rules={[{ required: true, type: 'array', min: 1, message: t('form.required', { label: t('form.bodyPositions') }) }]}
                          style={{ flex: '3 1 260px' }}
                        >
                          <Select
                            mode="multiple"
                            aria-label={`${t('form.bodyPositions')} ${index + 1}`}
                            options={(positionsWatched ?? []).map((p, i) => ({ value: i, label: p?.title || t('form.positionN', { n: i + 1 }) }))}
                          />
                        </Form.Item>
                      </div>
                      <Typography.Text strong>{t('form.sittingMembers')}</Typography.Text>
                      <Typography.Paragraph type="secondary">{t('form.sittingMembersHelp')}</Typography.Paragraph>
                      <Form.List name={[field.name, 'sittingMembers']}>
                        {(rows, rowOps) => (
                          <>
                            {rows.map((row, r) => (
                              <div className="row-fields" key={row.key}>
                                <Form.Item
                                  name={[row.name, 'count']}
                                  label={rowLabel(r, t('form.sittingCount'))}
                                  rules={[required(t('form.sittingCount')), numberRule(t, { min: 1, max: 500 })]}
                                >
                                  <NumberInput valueAs="number" aria-label={`${t('form.sittingCount')} ${index + 1}.${r + 1}`} style={{ width: 100 }} />
                                </Form.Item>
                                <Form.Item
                                  name={[row.name, 'grassrootsFrontline']}
                                  label={rowLabel(r, t('form.attributes.grassrootsFrontline'))}
                                  valuePropName="checked"
                                >
                                  <Switch aria-label={`${t('form.attributes.grassrootsFrontline')} ${index + 1}.${r + 1}`} />
                                </Form.Item>
                                <Form.Item name={[row.name, 'employment']} label={rowLabel(r, t('form.attributes.employment'))}>
                                  <Select
                                    aria-label={`${t('form.attributes.employment')} ${index + 1}.${r + 1}`}
                                    style={{ minWidth: 120 }}
                                    options={QUOTA_VALUES.employment.map((v) => ({ value: v, label: t(`candidate.employment.${v}`) }))}
                                  />
                                </Form.Item>
                                <Form.Item name={[row.name, 'gender']} label={rowLabel(r, t('form.attributes.gender'))}>
                                  <Select
                                    aria-label={`${t('form.attributes.gender')} ${index + 1}.${r + 1}`}
                                    style={{ minWidth: 100 }}
                                    options={QUOTA_VALUES.gender.map((v) => ({ value: v, label: t(`candidate.genders.${v}`) }))}
                                  />
                                </Form.Item>
                                {extraAttributes.some(isBooleanAttribute) && (
                                  <Form.Item name={[row.name, 'flags']} label={rowLabel(r, t('form.sittingAlso'))}>
                                    <Checkbox.Group
                                      options={extraAttributes.filter(isBooleanAttribute).map((a) => ({ value: a, label: t(`form.extraAttributes.${a}`) }))}
                                    />
                                  </Form.Item>
                                )}
                                <Button
                                  className="row-remove"
                                  icon={<DeleteOutlined aria-hidden />}
                                  onClick={() => rowOps.remove(row.name)}
                                  aria-label={`${t('form.remove')} ${index + 1}.${r + 1}`}
                                  style={{ marginTop: labelled(r) ? 34 : 0 }}
                                />
                              </div>
                            ))}
                            <Button
                              type="dashed"
                              icon={<PlusOutlined aria-hidden />}
                              onClick={() => rowOps.add({ count: 1, grassrootsFrontline: false, employment: 'part-time', gender: 'female', flags: [] })}
                            >
                              {t('form.addSittingMembers')}
                            </Button>
                          </>
                        )}
                      </Form.List>
                    </Card>
                  ))}
                  <Button
                    type="dashed"
                    icon={<PlusOutlined aria-hidden />}
                    onClick={() => add({ key: newBodyKey(form.getFieldValue('bodies')), title: '', positions: [], sittingMembers: [] })}
                  >
                    {t('form.addBody')}
                  </Button>
                </>
              )}
            </Form.List>
          </Card>

          <Card title={<h2 style={{ margin: 0, fontSize: 20 }}>{t('form.timeline')}</h2>} className="section-card">
            <div className="row-fields">
              {TIMELINE_KEYS.map((k) => (
                <Form.Item key={k} name={['timeline', k]} label={t(`form.${k}`)}>
                  <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} onKeyDown={keepEnterInPicker} />
                </Form.Item>
              ))}
            </div>
            <Form.Item name="blindReview" label={t('form.blindReview')} valuePropName="checked">
              <Switch />
            </Form.Item>
          </Card>

          <Space wrap>
            <Button type="primary" htmlType="submit" size="large" loading={busy}>
              {editing ? t('form.submitSave') : t('form.submitCreate')}
            </Button>
            <Button size="large" onClick={() => navigate(editing ? `/campaigns/${campaignId}` : '/campaigns')}>
              {t('app.cancel')}
            </Button>
          </Space>
        </Form>
      )}
    </>
  );
}

/**
 * Enter in a date box confirms the date typed there (the picker does that itself); the browser would also take it
 * as "submit the form", sending a half-filled campaign. Only the browser's part is stopped.
 */
function keepEnterInPicker(e: KeyboardEvent<HTMLElement>) {
  if (e.key === 'Enter') e.preventDefault();
}

/** A key for a new body, unused by the others (keys are technical; quotas name the body by it). */
function newBodyKey(bodies: BodyRow[] | undefined): string {
  const used = new Set((bodies ?? []).map((b) => b.key));
  let n = 1;
  while (used.has(`body-${n}`)) n++;
  return `body-${n}`;
}

/** The row number (1-based) of an earlier quota with the same attribute, value and body, or null. */
function repeatedQuotaRow(quotas: FormValues['quotas'] | undefined, index: number): number | null {
  const identity = (q: FormValues['quotas'][number] | undefined) =>
    q &&
    JSON.stringify([
      q.attribute,
      q.equals ?? (q.attribute === 'grassrootsFrontline' ? 'true' : undefined),
      q.appliesTo,
      q.appliesTo === 'elected' ? (q.body ?? null) : null,
    ]);
  const own = identity(quotas?.[index]);
  if (!own) return null;
  const earlier = (quotas ?? []).slice(0, index).findIndex((q) => identity(q) === own);
  return earlier === -1 ? null : earlier + 1;
}

function weightsTotalOf(form: ReturnType<typeof Form.useForm<FormValues>>[0]): string | null {
  const w = form.getFieldValue('weights') as FormValues['weights'] | undefined;
  return sumDecimals([w?.projectReview, w?.panelOpinion, w?.jury]);
}
