import { DownloadOutlined, FilePdfOutlined, PrinterOutlined } from '@ant-design/icons';
import type { FormInstance } from 'antd';
import { Alert, Button, Table, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { type CandidateStatus, publicResultsPaths, type ResultLine, type ResultsView } from '../../api/results';
import type { QuotaSwap, QuotaViolation } from '../../api/shortlisting';
import { applyApiErrors, errorMessage } from '../../components/apiErrors';
import { formatInstant, refusalText, type RefusalParams } from '../../components/refusalText';
import { StatusTag, type StatusColour } from '../../components/StatusTag';
import { AwardLists } from './AwardLists';

/** Our sentence for one of the ranking / inspection / results rules (with its params), or null when we have none. */
function known(t: TFunction, code: string | undefined, params?: RefusalParams): string | null {
  if (!code) return null;
  const own = refusalText(t, code, params) || t(`results.errors.${code}`, { defaultValue: '' });
  return own || null;
}

/** A readable sentence for an error of these screens: ours for the rules we know, else the app's. */
export function resultsError(t: TFunction, err: unknown): string {
  if (err instanceof ApiError) {
    const own = known(t, err.code, err.params);
    if (own) return own;
  }
  return errorMessage(t, err);
}

/**
 * Puts the api's field errors next to the form fields (see applyApiErrors), in our words for the rules we know;
 * returns a sentence for whatever belongs to no field shown, or null.
 */
export function placeResultsErrors(form: FormInstance, err: unknown, t: TFunction, aliases: Record<string, string> = {}): string | null {
  if (!(err instanceof ApiError)) return errorMessage(t, err);
  const translated = new ApiError(
    err.status,
    err.message,
    err.code,
    err.fieldErrors.map((e) => {
      const own = known(t, e.rule, e.params ?? err.params);
      // The rule is dropped when we have our own sentence, so the app's generic lookup does not replace it.
      return own ? { field: e.field, message: own } : e;
    }),
    err.body,
    err.params,
  );
  const unplaced = applyApiErrors(form, translated, t, aliases);
  if (err.fieldErrors.length > 0 && unplaced.length === 0) return null;
  return resultsError(t, err);
}

const STATUS_COLOUR: Record<CandidateStatus, StatusColour> = {
  elected: 'green',
  'not-elected': 'grey',
  awarded: 'green',
  'not-awarded': 'grey',
  'failed-inspection': 'red',
  'not-shortlisted': 'grey',
  withdrawn: 'gold',
  'not-qualified': 'gold',
};

export function ResultStatus({ status }: { status: CandidateStatus }) {
  const { t } = useTranslation();
  return <StatusTag colour={STATUS_COLOUR[status] ?? 'grey'}>{t(`results.status.${status}`)}</StatusTag>;
}

/** A date and time in the reader's language, on the campaign's clock as its refusals say it (the api sends ISO 8601). */
export function when(iso: string | null | undefined, lang: string): string {
  if (!iso) return '—';
  return formatInstant(iso, lang === 'en' ? 'en-GB' : 'zh-CN');
}

/** "grassrootsFrontline=true" → "基层一线"; "employment=full-time" → "任职方式：专职". */
export function quotaName(t: TFunction, label: string): string {
  const [attribute, value] = label.split('=');
  const attr = t(`form.attributes.${attribute}`, { defaultValue: attribute });
  if (value === undefined || value === 'true') return attr;
  if (value === 'false') return `${attr}：${t('app.no')}`;
  if (attribute === 'employment') return `${attr}：${t(`candidate.employment.${value}`, { defaultValue: value })}`;
  if (attribute === 'gender') return `${attr}：${t(`candidate.genders.${value}`, { defaultValue: value })}`;
  return `${attr}：${value}`;
}

/** A quota swap of the shortlist, in words. */
export function swapText(t: TFunction, swap: QuotaSwap, nameOf: (id: string) => string): string {
  return t('results.shortlist.swap', {
    quota: quotaName(t, swap.quota),
    bound: t(`results.shortlist.bound.${swap.bound}`),
    added: nameOf(swap.added.candidacyId),
    addedRank: swap.added.rank,
    removed: nameOf(swap.removed.candidacyId),
    removedRank: swap.removed.rank,
  });
}

/** A quota that could not be met, in words. */
export function unmetText(t: TFunction, v: QuotaViolation): string {
  return t('results.shortlist.unmet', {
    quota: quotaName(t, v.quota),
    bound: t(`results.shortlist.bound.${v.bound}`),
    limit: String(v.limitPercent),
    limitCount: v.limitCount,
    actual: v.actualCount,
    total: v.total,
  });
}

/** The panel points with the grade they come from: "85.00（良好）". */
export function panelText(t: TFunction, points: string | null, grade: string | null): string {
  if (points === null) return '—';
  return grade ? `${points}（${t(`results.grades.${grade}`, { defaultValue: grade })}）` : points;
}

/**
 * The ranked result with every part score, exactly as the api gives them. `printed`: the notice's form — small,
 * bordered, without employer and project (they are on the result page).
 */
export function ResultLinesTable({ view, caption, printed = false }: { view: ResultsView; caption?: string; printed?: boolean }) {
  const { t } = useTranslation();
  const positionTitle = new Map(view.positions.map((p) => [p.key, p.title]));
  return (
    <Table<ResultLine>
      rowKey="candidacyId"
      size={printed ? 'small' : 'middle'}
      bordered={printed}
      dataSource={view.lines}
      pagination={false}
      scroll={{ x: printed ? 720 : 900 }}
      data-testid={printed ? 'notice-lines' : 'result-lines'}
      title={caption ? () => <Typography.Text strong>{caption}</Typography.Text> : undefined}
      columns={[
        { title: t('results.columns.rank'), dataIndex: 'rank', align: 'right', width: printed ? 64 : 70, render: (r: number | null) => r ?? '—' },
        { title: t('results.columns.name'), dataIndex: 'name', render: (n: string | null) => (printed ? (n ?? '—') : <strong>{n ?? '—'}</strong>) },
        ...(printed
          ? []
          : [
              { title: t('results.columns.employer'), dataIndex: 'employer', render: (v: string | null) => v ?? '—' },
              { title: t('results.columns.project'), dataIndex: 'projectTitle', render: (v: string | null) => v ?? '—' },
            ]),
        { title: t('results.columns.projectReview'), dataIndex: 'projectReview', align: 'right' as const, render: (v: string | null) => v ?? '—' },
        { title: t('results.columns.panel'), align: 'right' as const, render: (_: unknown, l: ResultLine) => panelText(t, l.panelPoints, l.panelGrade) },
        { title: t('results.columns.jury'), dataIndex: 'jury', align: 'right' as const, render: (v: string | null) => v ?? '—' },
        { title: t('results.columns.composite'), dataIndex: 'composite', align: 'right' as const, render: (v: string | null) => <strong>{v ?? '—'}</strong> },
        {
          title: t('results.columns.status'),
          render: (_: unknown, l: ResultLine) => (
            <span>
              <ResultStatus status={l.status} />
              {l.positionKey ? ` ${positionTitle.get(l.positionKey) ?? l.positionKey}` : ''}
            </span>
          ),
        },
        // How she came forward, by kind only: never who nominated her. Last, so the printed notice keeps its columns.
        ...(printed
          ? []
          : [{ title: t('nomination.channel'), dataIndex: 'nomination', render: (v: ResultLine['nomination']) => t(`nomination.channels.${v}`) }]),
      ]}
    />
  );
}

/** Who was elected to each position, one line each. */
/** Who the congress elected to each position; an honours campaign's award lists instead. */
export function ElectedList({ view }: { view: ResultsView }) {
  const { t, i18n } = useTranslation();
  const sep = i18n.language === 'en' ? ', ' : '、';
  if (view.awards) return <AwardLists awards={view.awards} />;
  return (
    <ul style={{ fontSize: 17, paddingLeft: 20 }} data-testid="elected-list">
      {view.positions.map((p) => (
        <li key={p.key}>{t('results.publicity.electedLine', { title: p.title, seats: p.seats, names: p.elected.map((e) => e.name).join(sep) || '—' })}</li>
      ))}
    </ul>
  );
}

/** "第 2 条异议" / "Objection 2": objections are numbered in the order they were lodged, as every page lists them. */
/** The objections on the record (the published view holds only these), numbered as the public page numbers them. */
export const admittedObjections = (view: ResultsView) => view.objections.filter((o) => o.status === 'admitted');

export function objectionLabel(t: TFunction, view: ResultsView, objectionId: string): string {
  const n = admittedObjections(view).findIndex((o) => o.objectionId === objectionId) + 1;
  return n > 0 ? t('results.objections.number', { n }) : objectionId;
}

/** Several objections named in one phrase: "第 1 条异议、第 3 条异议". */
export function objectionList(t: TFunction, view: ResultsView, objectionIds: readonly string[]): string {
  return objectionIds.map((id) => objectionLabel(t, view, id)).join(t('results.correction.listSeparator'));
}

/** The upheld objections that still wait for a correction (certification is refused until there are none). */
export const uncorrectedUpheld = (view: ResultsView) => view.objections.filter((o) => o.upheld === true && o.correction === null);

/** The corrections, each with the objections it answers (if any). */
export function CorrectionList({ view }: { view: ResultsView }) {
  const { t, i18n } = useTranslation();
  return (
    <ul data-testid="corrections">
      {view.corrections.map((c, i) => (
        <li key={i} style={{ whiteSpace: 'pre-wrap' }}>
          {when(c.recordedAt, i18n.language)}：{c.text}
          {c.objectionIds.length > 0 && <span>{t('results.correction.answers', { list: objectionList(t, view, c.objectionIds) })}</span>}
        </li>
      ))}
    </ul>
  );
}

/** The CSV, the printable notice and its PDF: public files, so no sign-in is needed to open them. */
export function ResultDownloads({ campaignId }: { campaignId: string }) {
  const { t } = useTranslation();
  return (
    <>
      <Button icon={<DownloadOutlined aria-hidden />} href={publicResultsPaths.csv(campaignId)} download>
        {t('results.downloads.csv')}
      </Button>
      <Button icon={<PrinterOutlined aria-hidden />} href={publicResultsPaths.notice(campaignId)} target="_blank" rel="noopener">
        {t('results.downloads.notice')}
      </Button>
      <Button icon={<FilePdfOutlined aria-hidden />} href={publicResultsPaths.pdf(campaignId)} target="_blank" rel="noopener">
        {t('results.downloads.pdf')}
      </Button>
    </>
  );
}

/** Exceptions recorded with a written reason: an uncontested election after inspection, a quota left unmet. */
export function ExceptionsNotice({ view }: { view: ResultsView }) {
  const { t } = useTranslation();
  const { inspection, quota } = view.exceptions;
  return (
    <>
      {inspection && (
        <Alert
          type="info"
          showIcon
          style={{ marginTop: 12 }}
          data-testid="inspection-exception"
          title={t(inspection.finalists === inspection.seats ? 'results.exception.uncontested' : 'results.exception.fewerFinalists', inspection)}
          description={t('results.exception.reason', { reason: inspection.reason })}
        />
      )}
      {quota && (
        <Alert
          type="warning"
          showIcon
          style={{ marginTop: 12 }}
          data-testid="quota-exception"
          title={t('results.exception.quota')}
          description={t('results.exception.reason', { reason: quota.reason })}
        />
      )}
    </>
  );
}
