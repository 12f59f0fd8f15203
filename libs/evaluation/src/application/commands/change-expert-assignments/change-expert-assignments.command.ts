import { SelectionCommand } from '@app/database';
import { CommandJobName } from '@app/queue';

export class ChangeExpertAssignmentsCommand extends SelectionCommand<{ expertId: string; candidacyIds: string[] | null }> {
  static override readonly type = CommandJobName.ChangeExpertAssignments;
}
