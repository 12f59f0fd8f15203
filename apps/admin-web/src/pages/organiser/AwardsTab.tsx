import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Modal, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { resultsApi } from '../../api/results';
import { allows } from '../../api/stages';
import type { Campaign } from '../../api/types';
import { useModalSubmit } from '../../components/useRefreshingAction';
import { AwardLists } from '../public/AwardLists';
import { resultsError } from '../public/resultsCommon';

/**
 * Organiser, honours campaign: the award lists as they follow from the ranking (the finalists, tier by tier) and,
 * while the stage allows it, the button that publishes them and starts publicity.
 */
export function AwardsTab({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation();
  const results = useQuery({
    queryKey: ['results', campaign.id, campaign.stage],
    queryFn: () => resultsApi.results(campaign.id),
    enabled: allows(campaign, 'read-awards'),
  });
  if (!allows(campaign, 'read-awards')) return <Alert type="info" showIcon title={t('pipeline.awards.notYet')} />;
  if (results.error) return <Alert type="error" showIcon title={resultsError(t, results.error)} />;
  const awards = results.data?.awards;
  if (!awards) return null;
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Paragraph>{awards.published ? t('pipeline.awards.publishedNote') : t('pipeline.awards.preview')}</Typography.Paragraph>
      <AwardLists awards={awards} showShortfall />
      {allows(campaign, 'publish-results') && <PublishAwards campaign={campaign} />}
    </Space>
  );
}

function PublishAwards({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation();
  const { openModal, closeModal, submit, error, modalProps } = useModalSubmit([['results'], ['campaign'], ['campaigns']], resultsError);
  // The refusal is shown beside the button, not in the confirmation: it closes either way.
  const publish = async () => {
    await submit(() => resultsApi.publish(campaign.id), t('pipeline.awards.published'));
    closeModal();
  };
  return (
    <section aria-labelledby="awards-publish-heading">
      <Typography.Title level={2} id="awards-publish-heading" style={{ fontSize: 20 }}>
        {t('pipeline.awards.publishHeading')}
      </Typography.Title>
      <Typography.Paragraph>{t('pipeline.awards.publishBody')}</Typography.Paragraph>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} data-testid="publish-awards-error" />}
      <Button type="primary" size="large" onClick={openModal} data-testid="publish-awards">
        {t('pipeline.awards.publishButton')}
      </Button>
      <Modal {...modalProps} title={t('pipeline.awards.publishTitle')} onOk={publish}>
        <Typography.Paragraph style={{ fontSize: 17 }}>{t('pipeline.awards.publishConfirm')}</Typography.Paragraph>
      </Modal>
    </section>
  );
}
