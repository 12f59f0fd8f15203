import { CONSENT_BEFORE_IT_WAS_ASKED, type CandidacyConsent, type CandidacyStatus, CandidateDetails, ProjectProposal } from '@app/domain';
import type { CandidacyOrmEntity } from '../../infrastructure/candidacy.orm-entity';
import { type NominationView, toNominationView } from './nomination.view';

export interface CandidacyView {
  id: string;
  campaignId: string;
  candidateId: string;
  name: string;
  status: CandidacyStatus;
  qualificationReason: string | null;
  details: CandidateDetails;
  proposal: ProjectProposal;
  consent: CandidacyConsent;
  nomination: NominationView;
  submittedAt: string;
  updatedAt: string;
}

export const toCandidacyView = (row: CandidacyOrmEntity, childTitles: ReadonlyMap<string, string> = new Map()): CandidacyView => ({
  id: row.id,
  campaignId: row.campaignId,
  candidateId: row.candidateId,
  name: row.name,
  status: row.status,
  qualificationReason: row.qualificationReason,
  details: row.details,
  proposal: row.proposal,
  consent: row.consent ?? CONSENT_BEFORE_IT_WAS_ASKED,
  nomination: toNominationView(row.nomination, childTitles),
  submittedAt: row.submittedAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});
