import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CandidateDetails, ProjectProposal } from '../api/types';

/** A candidate's details and project proposal, read-only (qualification review, score sheet). */
export function ProposalView({
  candidacy,
  showDetails = true,
}: {
  candidacy: { details?: CandidateDetails; proposal: ProjectProposal };
  showDetails?: boolean;
}) {
  const { t } = useTranslation();
  const d = candidacy.details;
  const p = candidacy.proposal;
  const text = (s: string) => <div className="proposal-text">{s || '—'}</div>;
  return (
    <>
      {showDetails && d && (
        <Descriptions
          title={t('candidate.details')}
          bordered
          size="small"
          column={1}
          style={{ marginBottom: 16 }}
          items={[
            { key: 'name', label: t('candidate.fields.name'), children: d.name },
            { key: 'contact', label: t('candidate.fields.contact'), children: d.contact },
            { key: 'gender', label: t('candidate.fields.gender'), children: t(`candidate.genders.${d.gender}`) },
            { key: 'birthYear', label: t('candidate.fields.birthYear'), children: d.birthYear },
            { key: 'education', label: t('candidate.fields.education'), children: d.education || '—' },
            { key: 'employer', label: t('candidate.fields.employer'), children: d.employer || '—' },
            { key: 'sector', label: t('candidate.fields.sector'), children: d.sector || '—' },
            { key: 'employment', label: t('candidate.fields.employment'), children: t(`candidate.employment.${d.employment}`) },
            { key: 'frontline', label: t('candidate.fields.grassrootsFrontline'), children: d.grassrootsFrontline ? t('app.yes') : t('app.no') },
            { key: 'statement', label: t('candidate.fields.statement'), children: text(d.statement) },
          ]}
        />
      )}
      <Descriptions
        title={t('candidate.proposal')}
        bordered
        size="small"
        column={1}
        items={[
          { key: 'title', label: t('candidate.fields.title'), children: <strong>{p.title}</strong> },
          { key: 'problem', label: t('candidate.fields.problem'), children: text(p.problem) },
          { key: 'beneficiaries', label: t('candidate.fields.beneficiaries'), children: text(p.beneficiaries) },
          { key: 'actions', label: t('candidate.fields.actions'), children: text(p.actions) },
          { key: 'milestones', label: t('candidate.fields.milestones'), children: text(p.milestones) },
          { key: 'budget', label: t('candidate.fields.budget'), children: p.budget },
          { key: 'expectedOutcomes', label: t('candidate.fields.expectedOutcomes'), children: text(p.expectedOutcomes) },
        ]}
      />
    </>
  );
}
