import { SelectionCommand } from '@app/database';
import { CommandJobName } from '@app/queue';

export class RevokeJurorCredentialCommand extends SelectionCommand<{ jurorId: string; reason: string }> {
  static override readonly type = CommandJobName.RevokeJurorCredential;
}
