import type { QualificationDecision } from '@app/domain';
import { SelectionCommand } from '@app/database';
import { CommandJobName } from '@app/queue';

export class DecideQualificationCommand extends SelectionCommand<{ candidacyId: string; decision: QualificationDecision; reason: string }> {
  static override readonly type = CommandJobName.DecideQualification;
}
