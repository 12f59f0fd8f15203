import { SelectionCommand } from '@app/database';
import { CommandJobName } from '@app/queue';

export class IssueCongressCredentialsCommand extends SelectionCommand<{ roundId: string; codeHashes: string[] }> {
  static override readonly type = CommandJobName.IssueCongressCredentials;
}
