import type { CandidacyConsent, CandidateDetails, ProjectProposal } from '@app/domain';
import { SelectionCommand } from '@app/database';
import { CommandJobName } from '@app/queue';

export class SubmitCandidacyCommand extends SelectionCommand<{ candidacyId: string; details: CandidateDetails; proposal: ProjectProposal; consent: CandidacyConsent }> {
  static override readonly type = CommandJobName.SubmitCandidacy;
}
