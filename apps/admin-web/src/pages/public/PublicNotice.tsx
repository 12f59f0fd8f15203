import { FilePdfOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Card, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { publicResultsPaths } from '../../api/results';
import { PublicBanner, PublicFrame, PublicLoadState, usePublishedResult } from './PublicResults';
import { CorrectionList, ElectedList, ExceptionsNotice, ResultLinesTable, when } from './resultsCommon';

/** Public: the publicity notice (公示) — who was elected (or the award tiers), any recorded exception, the ranked table, the publicity period; printable. */
export function PublicNotice() {
  const { t, i18n } = useTranslation();
  const { campaignId } = useParams();
  const result = usePublishedResult(campaignId);
  const view = result.data;
  if (!view) return <PublicFrame>{<PublicLoadState query={result} />}</PublicFrame>;
  return (
    <PublicFrame>
      <style>{'@media print { .jury-header, .skip-link, .no-print { display: none !important; } body, .jury-page { background: #fff; } }'}</style>
      <Card>
        <Typography.Title level={1} style={{ fontSize: 28, textAlign: 'center', marginTop: 0 }}>
          {t('results.public.noticeTitle', { title: view.title })}
        </Typography.Title>
        <Typography.Paragraph style={{ textAlign: 'center', fontSize: 17 }}>{view.organisingBody}</Typography.Paragraph>
        <Typography.Paragraph style={{ fontSize: 17 }}>{t('results.public.noticeIntro')}</Typography.Paragraph>
        <Typography.Title level={2} style={{ fontSize: 20 }}>
          {view.awards ? t('pipeline.awards.heading') : t('results.publicity.electedHeading')}
        </Typography.Title>
        <ElectedList view={view} />
        <ExceptionsNotice view={view} />
        <Typography.Title level={2} style={{ fontSize: 20 }}>
          {t('results.public.rankedHeading')}
        </Typography.Title>
        {view.awards?.publication !== 'unranked' && <Typography.Paragraph>{t('results.ranking.formula', { ...view.weights })}</Typography.Paragraph>}
        <ResultLinesTable view={view} printed />
        <div style={{ marginTop: 16 }}>
          <PublicBanner view={view} />
        </div>
        {view.corrections.length > 0 && (
          <>
            <Typography.Title level={2} style={{ fontSize: 20 }}>
              {t('results.correction.heading')}
            </Typography.Title>
            <CorrectionList view={view} />
          </>
        )}
        <Typography.Paragraph style={{ textAlign: 'right', marginTop: 16 }}>
          {view.organisingBody}
          <br />
          {when(view.publishedAt, i18n.language)}
        </Typography.Paragraph>
        <Space wrap className="no-print">
          <Button type="primary" icon={<PrinterOutlined aria-hidden />} onClick={() => window.print()}>
            {t('results.public.printLink')}
          </Button>
          <Button icon={<FilePdfOutlined aria-hidden />} href={publicResultsPaths.pdf(view.campaignId)} target="_blank" rel="noopener">
            {t('results.downloads.pdf')}
          </Button>
          <Link to={`/public/results/${view.campaignId}`}>{t('results.public.resultsLink')}</Link>
          <Link to={`/jury/receipt?campaign=${view.campaignId}`}>{t('results.public.receiptLink')}</Link>
        </Space>
      </Card>
    </PublicFrame>
  );
}
