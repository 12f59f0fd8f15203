import { SelectionCommand } from '@app/database';
import { CommandJobName } from '@app/queue';

export class RegisterCongressDelegatesCommand extends SelectionCommand<{ delegates?: { delegateId: string; name?: string }[]; count?: number }> {
  static override readonly type = CommandJobName.RegisterCongressDelegates;
}
