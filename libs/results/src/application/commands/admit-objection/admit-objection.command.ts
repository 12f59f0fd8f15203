import { SelectionCommand } from '@app/database';
import { CommandJobName } from '@app/queue';

export class AdmitObjectionCommand extends SelectionCommand<{ objectionId: string }> {
  static override readonly type = CommandJobName.AdmitObjection;
}
