import { SelectionCommand } from '@app/database';
import { CommandJobName } from '@app/queue';

export class RecordInspectionCommand extends SelectionCommand<{ candidacyId: string; result: 'pass' | 'fail'; findings: string }> {
  static override readonly type = CommandJobName.RecordInspection;
}
