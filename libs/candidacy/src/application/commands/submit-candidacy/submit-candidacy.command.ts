import type { CandidacyConsent, CandidateDetails, ProjectProposal } from '@app/domain';
import { SelectionCommand, SelectionCommandType } from '@app/database';

@SelectionCommandType('SubmitCandidacy')
export class SubmitCandidacyCommand extends SelectionCommand<{
  candidacyId: string;
  details: CandidateDetails;
  proposal: ProjectProposal;
  consent: CandidacyConsent;
}> {}
