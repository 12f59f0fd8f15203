import { Alert, Button, Descriptions, Modal, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { electionApi, type QuotaCheck } from '../../api/election';
import { useModalSubmit } from '../../components/useRefreshingAction';
import { electionError } from './electionShared';

/**
 * The elected break a minimum quota (of a body or of the whole set): the rules' way forward is a further round
 * restricted to qualifying finalists. Shows the plan (who gives up a seat, who may stand) and opens it on
 * confirmation; with nobody qualifying left, says that publication needs a written reason instead.
 */
export function QuotaFurtherRound({ campaignId, quota }: { campaignId: string; quota: QuotaCheck }) {
  const { t } = useTranslation();
  const { openModal, submit, error, modalProps } = useModalSubmit([['election', campaignId]], electionError);
  const { plan, brokenMinimums } = quota.quotaFurtherRound;
  if (brokenMinimums.length === 0) return null;
  if (!plan)
    return (
      <Alert
        type="warning"
        showIcon
        data-testid="quota-no-eligible"
        title={t('election.quotaRound.noEligible', { quota: brokenMinimums.join(t('election.punct.sep')) })}
      />
    );

  const names = (list: { name: string }[]) => list.map((c) => c.name).join(t('election.punct.sep'));
  const details = (
    <Descriptions
      bordered
      column={1}
      size="middle"
      styles={{ label: { width: 220 } }}
      items={[
        {
          key: 'quota',
          label: t('election.quotaRound.quota'),
          children: t('election.quotaRound.shortfall', { quota: plan.quota, needed: plan.limitCount, found: plan.actualCount }),
        },
        { key: 'position', label: t('election.quotaRound.position'), children: plan.positionTitle },
        { key: 'vacated', label: t('election.quotaRound.vacated'), children: <span data-testid="quota-round-vacated">{names(plan.vacated)}</span> },
        { key: 'eligible', label: t('election.quotaRound.eligible'), children: <span data-testid="quota-round-eligible">{names(plan.eligible)}</span> },
      ]}
    />
  );
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="quota-further-round">
      <Alert type="warning" showIcon title={t('election.quotaRound.heading')} description={t('election.quotaRound.explain')} />
      {details}
      {error && <Alert type="error" showIcon title={error} />}
      <Button type="primary" size="large" onClick={openModal} data-testid="open-quota-further-round">
        {t('election.quotaRound.button')}
      </Button>
      <Modal
        {...modalProps}
        title={t('election.quotaRound.confirmTitle')}
        onOk={() => submit(() => electionApi.openQuotaFurtherRound(campaignId), t('election.quotaRound.opened'))}
      >
        <Typography.Paragraph style={{ fontSize: 17 }}>
          {t('election.quotaRound.confirmBody', { vacated: names(plan.vacated), position: plan.positionTitle })}
        </Typography.Paragraph>
        {details}
      </Modal>
    </Space>
  );
}
