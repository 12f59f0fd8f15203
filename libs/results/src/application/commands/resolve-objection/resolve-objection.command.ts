import { SelectionCommand } from '@app/database';
import { CommandJobName } from '@app/queue';

export class ResolveObjectionCommand extends SelectionCommand<{ objectionId: string; resolution: string; upheld: boolean }> {
  static override readonly type = CommandJobName.ResolveObjection;
}
