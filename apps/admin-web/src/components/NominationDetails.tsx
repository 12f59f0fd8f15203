import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Candidacy } from '../api/types';

type Nomination = Candidacy['nomination'];

/** The channel as a tag: all a list (and the public) shows of a nomination. */
export function NominationTag({ nomination }: { nomination: Nomination }) {
  const { t } = useTranslation();
  return (
    <Tag color={nomination.channel === 'child-campaign' ? 'purple' : nomination.channel === 'self' ? 'default' : 'blue'} data-testid="nomination-channel">
      {t(`nomination.channels.${nomination.channel}`)}
    </Tag>
  );
}

/** The channel and who stands behind it, for the organiser and the candidate herself (never the public). */
export function NominationDetails({ nomination }: { nomination: Nomination }) {
  const { t } = useTranslation();
  return (
    <div data-testid="nomination-details">
      {t('nomination.channel')}：<NominationTag nomination={nomination} />
      {nomination.nominatingBody && <Typography.Text>{t('nomination.recommendedBy', { body: nomination.nominatingBody })}</Typography.Text>}
      {nomination.nominators.length > 0 && <Typography.Text>{t('nomination.nominatedBy', { names: nomination.nominators.join('、') })}</Typography.Text>}
      {nomination.childCampaignTitle && <Typography.Text>{t('nomination.fromChild', { title: nomination.childCampaignTitle })}</Typography.Text>}
    </div>
  );
}
