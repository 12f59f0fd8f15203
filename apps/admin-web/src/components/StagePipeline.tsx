import { Grid, Steps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useStages } from '../api/stages';
import type { CampaignStage } from '../api/types';

/** The stages in their only order (GET /stages); the current one highlighted (vertical on phones). */
export function StagePipeline({ stage }: { stage: CampaignStage }) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const stages = (useStages().data ?? []).map((d) => d.stage);
  const current = stages.indexOf(stage);
  const final = current === stages.length - 1;
  return (
    <Steps
      aria-label={t('campaign.stagePipeline')}
      size="small"
      orientation={screens.lg ? 'horizontal' : 'vertical'}
      titlePlacement={screens.lg ? 'vertical' : 'horizontal'}
      current={current}
      status={final ? 'finish' : 'process'}
      items={stages.map((s) => ({ title: t(`stages.${s}`) }))}
    />
  );
}
