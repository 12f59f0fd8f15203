import type { CandidacyConsent, CandidateDetails, Nomination, ProjectProposal } from '@app/domain';
import { SelectionCommand, SelectionCommandType } from '@app/database';

@SelectionCommandType('SubmitCandidacy')
export class SubmitCandidacyCommand extends SelectionCommand<{
  candidacyId: string;
  details: CandidateDetails;
  proposal: ProjectProposal;
  consent: CandidacyConsent;
  /** Absent in commands sent before nomination channels: a self-application. */
  nomination?: Nomination;
}> {}
