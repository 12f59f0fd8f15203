import { SelectionCommand } from '@app/database';
import { CommandJobName } from '@app/queue';

export class LodgeObjectionCommand extends SelectionCommand<{ objectionId: string; text: string; contact?: string }> {
  static override readonly type = CommandJobName.LodgeObjection;
}
