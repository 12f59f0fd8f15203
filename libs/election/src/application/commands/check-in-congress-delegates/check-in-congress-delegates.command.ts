import { SelectionCommand } from '@app/database';
import { CommandJobName } from '@app/queue';

export class CheckInCongressDelegatesCommand extends SelectionCommand<{ delegateIds: string[] }> {
  static override readonly type = CommandJobName.CheckInCongressDelegates;
}
