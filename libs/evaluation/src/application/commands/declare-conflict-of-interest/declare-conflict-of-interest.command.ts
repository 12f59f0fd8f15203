import { SelectionCommand } from '@app/database';
import { CommandJobName } from '@app/queue';

export class DeclareConflictOfInterestCommand extends SelectionCommand<{ expertId: string; candidacyId: string; reason: string; declaredBy: 'expert' | 'organiser' }> {
  static override readonly type = CommandJobName.DeclareConflictOfInterest;
}
