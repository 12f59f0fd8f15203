import { useTranslation } from 'react-i18next';
import type { ExpertCandidacyView } from '../../api/evaluation';
import { StatusTag } from '../../components/StatusTag';

export function SheetStatusTag({ assignment }: { assignment: Pick<ExpertCandidacyView, 'recused' | 'sheet'> }) {
  const { t } = useTranslation();
  if (assignment.recused) return <StatusTag colour="grey">{t('expert.status.recused')}</StatusTag>;
  const status = assignment.sheet?.status ?? 'not-started';
  const colour = status === 'submitted' ? 'green' : status === 'not-started' ? 'gold' : 'blue';
  return <StatusTag colour={colour}>{t(`expert.status.${status}`)}</StatusTag>;
}
