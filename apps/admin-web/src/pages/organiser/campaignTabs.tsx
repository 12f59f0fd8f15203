import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import type { Campaign } from '../../api/types';
import { ElectionTab } from './ElectionTab';
import { EvaluationTab } from './EvaluationTab';
import { JuryTab } from './JuryTab';
import { RankingTab } from './RankingTab';
import { ResultsTab } from './ResultsTab';
import { CampaignGrants } from './CampaignGrants';
import { NotificationsTab } from './NotificationsTab';

/** The campaign page's tabs between candidacies and the audit trail: one per later part of the selection, in order. */
export function campaignTabs(campaign: Campaign, t: TFunction): { key: string; label: ReactNode; children: ReactNode }[] {
  return [
    { key: 'evaluation', label: t('campaign.tabs.evaluation'), children: <EvaluationTab campaign={campaign} /> },
    { key: 'jury', label: t('campaign.tabs.jury'), children: <JuryTab campaign={campaign} /> },
    { key: 'ranking', label: t('results.tabs.ranking'), children: <RankingTab campaign={campaign} /> },
    { key: 'election', label: t('election.tab'), children: <ElectionTab campaign={campaign} /> },
    { key: 'results', label: t('results.tabs.results'), children: <ResultsTab campaign={campaign} /> },
    { key: 'grants', label: t('organisations.grants.tab'), children: <CampaignGrants campaign={campaign} /> },
    { key: 'notifications', label: t('notifications.tab'), children: <NotificationsTab campaign={campaign} /> },
  ];
}
