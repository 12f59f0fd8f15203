import { SelectionCommand } from '@app/database';
import { CommandJobName } from '@app/queue';

export class CancelCongressCheckInCommand extends SelectionCommand<{ delegateId: string; reason: string }> {
  static override readonly type = CommandJobName.CancelCongressCheckIn;
}
