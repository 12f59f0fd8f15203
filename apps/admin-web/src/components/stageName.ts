import { useTranslation } from 'react-i18next';
import type { Campaign, CampaignStage } from '../api/types';

/** An honours campaign calls its candidacy stage nomination (推荐); otherwise a stage is called by its name. */
export function useStageName(honours: boolean): (stage: CampaignStage) => string {
  const { t } = useTranslation();
  return (stage) => (honours && stage === 'candidacy-open' ? t('pipeline.nomination') : t(`stages.${stage}`));
}

export const isHonoursCampaign = (campaign: Pick<Campaign, 'config'>): boolean => campaign.config.pipeline?.template === 'honours';
