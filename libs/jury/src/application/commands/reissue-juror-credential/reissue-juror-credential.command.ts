import { SelectionCommand } from '@app/database';
import { CommandJobName } from '@app/queue';

export class ReissueJurorCredentialCommand extends SelectionCommand<{ jurorId: string; codeHash: string }> {
  static override readonly type = CommandJobName.ReissueJurorCredential;
}
