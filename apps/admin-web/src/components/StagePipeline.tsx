import { Grid, Steps } from 'antd';
import { useTranslation } from 'react-i18next';
import { CAMPAIGN_STAGES, type CampaignStage } from '../api/types';

/** The eleven stages in their only order; the current one highlighted (vertical on phones). */
export function StagePipeline({ stage }: { stage: CampaignStage }) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const current = CAMPAIGN_STAGES.indexOf(stage);
  const final = stage === 'certified';
  return (
    <Steps
      aria-label={t('campaign.stagePipeline')}
      size="small"
      orientation={screens.lg ? 'horizontal' : 'vertical'}
      titlePlacement={screens.lg ? 'vertical' : 'horizontal'}
      current={current}
      status={final ? 'finish' : 'process'}
      items={CAMPAIGN_STAGES.map((s) => ({ title: t(`stages.${s}`) }))}
    />
  );
}
