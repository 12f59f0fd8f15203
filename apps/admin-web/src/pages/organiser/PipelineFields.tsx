import { Card, Checkbox, Form, type FormInstance, Radio, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CampaignConfig } from '../../api/types';
import { TitledNumberRows } from './TitledNumberRows';

type Pipeline = NonNullable<CampaignConfig['pipeline']>;
type SkippedStage = NonNullable<Pipeline['skippedStages']>[number];

/** What the organiser may leave out, as she thinks of it; each is one or two stages of the pipeline. */
export type SkipChoice = 'expert-review' | 'panel-opinion' | 'jury';
const SKIPS: Record<SkipChoice, SkippedStage[]> = { 'expert-review': ['project-review', 'panel-opinion'], 'panel-opinion': ['panel-opinion'], jury: ['jury'] };
/** The weight each choice sets to 0. */
const SKIPPED_WEIGHTS: Record<SkipChoice, ('projectReview' | 'panelOpinion' | 'jury')[]> = {
  'expert-review': ['projectReview', 'panelOpinion'],
  'panel-opinion': ['panelOpinion'],
  jury: ['jury'],
};

export interface PipelineFormValues {
  template: Pipeline['template'];
  skips: SkipChoice[];
  awardTiers: { key?: string; title: string; size: number | string }[];
  publication: 'ranked' | 'unranked';
}

export const PIPELINE_DEFAULTS: PipelineFormValues = { template: 'open-selection', skips: [], awardTiers: [], publication: 'unranked' };

/** An honours campaign starts from these (HONOURS_TEMPLATE_CONFIG in libs/domain, with tiers of ten). */
const HONOURS_START = {
  pipeline: {
    template: 'honours',
    skips: ['expert-review'],
    awardTiers: [
      { title: '十佳', size: 10 },
      { title: '提名奖', size: 10 },
    ],
    publication: 'unranked',
  } satisfies PipelineFormValues,
  weights: { projectReview: '0', panelOpinion: '0', jury: '100' },
  juryMode: 'approval' as const,
  approvalLimit: 10,
  competitiveMarginPercent: 0,
};

/** An open selection's scoring as a blank campaign starts with it (the open-selection template's). */
export interface OpenSelectionScoring {
  weights: { projectReview: string; panelOpinion: string; jury: string };
  juryMode: 'score' | 'approval';
  competitiveMarginPercent: number | string;
}

export function pipelineFromConfig(pipeline: CampaignConfig['pipeline']): PipelineFormValues {
  if (!pipeline) return PIPELINE_DEFAULTS;
  const skipped = new Set(pipeline.skippedStages ?? []);
  const skips: SkipChoice[] = [];
  if (skipped.has('project-review')) skips.push('expert-review');
  else if (skipped.has('panel-opinion')) skips.push('panel-opinion');
  if (skipped.has('jury')) skips.push('jury');
  return {
    template: pipeline.template,
    skips,
    awardTiers: (pipeline.awardTiers ?? []).map((t) => ({ ...t })),
    publication: pipeline.publication ?? 'unranked',
  };
}

/** Keys are technical: kept when they exist, made up (unique) for new tiers. */
function tierKeys(rows: PipelineFormValues['awardTiers']): string[] {
  const used = new Set(rows.map((r) => r.key).filter(Boolean));
  let n = 1;
  return rows.map((r) => {
    if (r.key) return r.key;
    while (used.has(`tier-${n}`)) n++;
    used.add(`tier-${n}`);
    return `tier-${n}`;
  });
}

/**
 * The pipeline as the api takes it; none for an open selection that leaves nothing out, so such a campaign is
 * configured as before pipelines existed. An honours campaign's places come from its tiers: its one position
 * says so, for the screens that list positions.
 */
export function pipelineToConfig(v: PipelineFormValues | undefined): { pipeline?: Pipeline; positions?: CampaignConfig['positions'] } {
  if (!v || (v.template === 'open-selection' && v.skips.length === 0)) return {};
  const skippedStages = [...new Set(v.skips.flatMap((s) => SKIPS[s]))];
  if (v.template !== 'honours') return { pipeline: { template: v.template, skippedStages } };
  const keys = tierKeys(v.awardTiers ?? []);
  const awardTiers = (v.awardTiers ?? []).map((t, i) => ({ key: keys[i], title: (t.title ?? '').trim(), size: Number(t.size) }));
  const places = awardTiers.reduce((n, t) => n + (Number.isFinite(t.size) ? t.size : 0), 0);
  return {
    pipeline: { template: 'honours', skippedStages, awardTiers, publication: v.publication },
    positions: [{ key: 'award', title: (awardTiers.map((t) => t.title).join('、') || 'award').slice(0, 100), seats: Math.min(100, Math.max(1, places)) }],
  };
}

/** The organiser's choice of pipeline: open selection or honours, stages left out, award tiers and how they are published. */
export function PipelineFields({ form, openSelection }: { form: FormInstance; openSelection: OpenSelectionScoring }) {
  const { t } = useTranslation();
  const template = Form.useWatch(['pipeline', 'template'], form) as PipelineFormValues['template'] | undefined;
  const tiers = Form.useWatch(['pipeline', 'awardTiers'], form) as PipelineFormValues['awardTiers'] | undefined;
  const places = (tiers ?? []).reduce((n, tier) => n + (Number(tier?.size) || 0), 0);

  const chooseTemplate = (next: PipelineFormValues['template']) => {
    if (next === 'honours') form.setFieldsValue(HONOURS_START);
    else
      form.setFieldsValue({
        pipeline: { ...PIPELINE_DEFAULTS },
        weights: { ...openSelection.weights },
        juryMode: openSelection.juryMode,
        competitiveMarginPercent: openSelection.competitiveMarginPercent,
      });
  };
  // Leaving a stage out sets its weight to 0; the organiser then gives the rest 100 (the total is checked as she types).
  const chooseSkips = (skips: SkipChoice[]) => {
    for (const skip of skips) for (const part of SKIPPED_WEIGHTS[skip]) form.setFieldValue(['weights', part], '0');
    void form.validateFields(['weightsTotal']).catch(() => undefined);
  };

  return (
    <Card title={<h2 style={{ margin: 0, fontSize: 20 }}>{t('pipeline.form.heading')}</h2>} className="section-card">
      <Form.Item name={['pipeline', 'template']} label={t('pipeline.form.template')} extra={t('pipeline.form.templateHelp')}>
        <Radio.Group
          data-testid="pipeline-template"
          onChange={(e) => chooseTemplate(e.target.value)}
          options={(['open-selection', 'honours'] as const).map((value) => ({ value, label: t(`pipeline.form.templates.${value}`) }))}
          style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
        />
      </Form.Item>
      <Form.Item name={['pipeline', 'skips']} label={t('pipeline.form.skipped')} extra={t('pipeline.form.skippedHelp')}>
        <Checkbox.Group
          onChange={(v) => chooseSkips(v as SkipChoice[])}
          options={(Object.keys(SKIPS) as SkipChoice[]).map((value) => ({ value, label: t(`pipeline.form.skip.${value}`) }))}
          style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
        />
      </Form.Item>
      {template === 'honours' && (
        <>
          <Typography.Title level={3} style={{ fontSize: 17 }}>
            {t('pipeline.form.tiers')}
          </Typography.Title>
          <Typography.Paragraph type="secondary">{t('pipeline.form.tiersHelp')}</Typography.Paragraph>
          <TitledNumberRows
            name={['pipeline', 'awardTiers']}
            title={{ label: t('pipeline.form.tierTitle'), placeholder: t('pipeline.form.tierTitlePlaceholder') }}
            numbers={[{ name: 'size', label: t('pipeline.form.tierSize'), limits: { min: 1, max: 1000 }, valueAs: 'number', flex: '1 1 120px' }]}
            labelled={() => true}
            newRow={{ title: '', size: 10 }}
            addLabel={t('pipeline.form.addTier')}
          />
          <Typography.Paragraph strong style={{ marginTop: 8 }} aria-live="polite">
            {t('pipeline.form.placesTotal', { places })}
          </Typography.Paragraph>
          <Form.Item name={['pipeline', 'publication']} label={t('pipeline.form.publication')}>
            <Radio.Group options={(['unranked', 'ranked'] as const).map((value) => ({ value, label: t(`pipeline.form.publications.${value}`) }))} />
          </Form.Item>
        </>
      )}
    </Card>
  );
}
