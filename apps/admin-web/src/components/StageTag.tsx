import { useTranslation } from 'react-i18next';
import type { Campaign, CampaignStage, CandidacyStatus } from '../api/types';
import { isHonoursCampaign, useStageName } from './stageName';
import { type StatusColour, StatusTag } from './StatusTag';

const STAGE_COLOURS: Partial<Record<CampaignStage, StatusColour>> = {
  draft: 'grey',
  'candidacy-open': 'green',
  'qualification-review': 'blue',
  award: 'gold',
  certified: 'gold',
};

/** The campaign's stage, named as the campaign calls it (an honours campaign's candidacy stage is nomination, 推荐). */
export function StageTag({ campaign }: { campaign: Pick<Campaign, 'stage' | 'config'> }) {
  const stageName = useStageName(isHonoursCampaign(campaign));
  return (
    <StatusTag colour={STAGE_COLOURS[campaign.stage] ?? 'purple'} testId="stage-tag">
      {stageName(campaign.stage)}
    </StatusTag>
  );
}

const CANDIDACY_COLOURS: Record<CandidacyStatus, StatusColour> = { submitted: 'blue', withdrawn: 'grey', accepted: 'green', rejected: 'red' };

export function CandidacyStatusTag({ status }: { status: CandidacyStatus }) {
  const { t } = useTranslation();
  return <StatusTag colour={CANDIDACY_COLOURS[status]}>{t(`candidacies.status.${status}`)}</StatusTag>;
}
