import { Grid, Steps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useStages } from '../api/stages';
import type { CampaignStage, StageDefinition } from '../api/types';
import { useStageName } from './stageName';

/**
 * The stages in their only order, the current one highlighted (vertical on phones): the campaign's own stages
 * when given (its pipeline, less what it leaves out), else an open selection's (GET /stages).
 */
export function StagePipeline({ stage, stages: own, honours = false }: { stage: CampaignStage; stages?: readonly StageDefinition[]; honours?: boolean }) {
  const { t } = useTranslation();
  const stageName = useStageName(honours);
  const screens = Grid.useBreakpoint();
  const fallback = useStages();
  const stages = (own ?? fallback.data ?? []).map((d) => d.stage);
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
      items={stages.map((s) => ({ title: stageName(s) }))}
    />
  );
}
