import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { pipelineAllows } from '../../api/stages';
import type { Campaign } from '../../api/types';
import { AwardsTab } from './AwardsTab';
import { ElectionTab } from './ElectionTab';
import { EvaluationTab } from './EvaluationTab';
import { JuryTab } from './JuryTab';
import { RankingTab } from './RankingTab';
import { ResultsTab } from './ResultsTab';
import { CampaignGrants } from './CampaignGrants';
import { NotificationsTab } from './NotificationsTab';

/**
 * The campaign page's tabs between candidacies and the audit trail: one per later part of the selection, in order,
 * for the parts its pipeline has (no jury tab without a public vote, awards instead of the election in honours).
 */
export function campaignTabs(campaign: Campaign, t: TFunction): { key: string; label: ReactNode; children: ReactNode }[] {
  const has = (activity: Parameters<typeof pipelineAllows>[1]) => pipelineAllows(campaign, activity);
  return [
    ...(has('score-projects') || has('grade-panel-opinion')
      ? [{ key: 'evaluation', label: t('campaign.tabs.evaluation'), children: <EvaluationTab campaign={campaign} /> }]
      : []),
    ...(has('cast-jury-ballots') ? [{ key: 'jury', label: t('campaign.tabs.jury'), children: <JuryTab campaign={campaign} /> }] : []),
    { key: 'ranking', label: t('results.tabs.ranking'), children: <RankingTab campaign={campaign} /> },
    ...(has('hold-election') ? [{ key: 'election', label: t('election.tab'), children: <ElectionTab campaign={campaign} /> }] : []),
    ...(has('read-awards') ? [{ key: 'awards', label: t('pipeline.awards.tab'), children: <AwardsTab campaign={campaign} /> }] : []),
    { key: 'results', label: t('results.tabs.results'), children: <ResultsTab campaign={campaign} /> },
    { key: 'grants', label: t('organisations.grants.tab'), children: <CampaignGrants campaign={campaign} /> },
    { key: 'notifications', label: t('notifications.tab'), children: <NotificationsTab campaign={campaign} /> },
  ];
}
