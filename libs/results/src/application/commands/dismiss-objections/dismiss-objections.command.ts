import { SelectionCommand } from '@app/database';
import { CommandJobName } from '@app/queue';

export class DismissObjectionsCommand extends SelectionCommand<{ objectionIds: string[]; reason: string }> {
  static override readonly type = CommandJobName.DismissObjections;
}
