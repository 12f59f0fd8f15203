import { useTranslation } from 'react-i18next';
import type { CampaignStage, CandidacyStatus } from '../api/types';
import { useStageName } from './stageName';
import { type StatusColour, StatusTag } from './StatusTag';

const STAGE_COLOURS: Partial<Record<CampaignStage, StatusColour>> = {
  draft: 'grey',
  'candidacy-open': 'green',
  'qualification-review': 'blue',
  award: 'gold',
  certified: 'gold',
};

export function StageTag({ stage, honours = false }: { stage: CampaignStage; honours?: boolean }) {
  const stageName = useStageName(honours);
  return <StatusTag colour={STAGE_COLOURS[stage] ?? 'purple'}>{stageName(stage)}</StatusTag>;
}

const CANDIDACY_COLOURS: Record<CandidacyStatus, StatusColour> = { submitted: 'blue', withdrawn: 'grey', accepted: 'green', rejected: 'red' };

export function CandidacyStatusTag({ status }: { status: CandidacyStatus }) {
  const { t } = useTranslation();
  return <StatusTag colour={CANDIDACY_COLOURS[status]}>{t(`candidacies.status.${status}`)}</StatusTag>;
}
