import { SelectionCommand } from '@app/database';
import { CommandJobName } from '@app/queue';

export class CloseInspectionCommand extends SelectionCommand<Record<string, never>> {
  static override readonly type = CommandJobName.CloseInspection;
}
