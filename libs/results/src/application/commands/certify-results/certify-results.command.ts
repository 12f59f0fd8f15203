import { SelectionCommand } from '@app/database';
import { CommandJobName } from '@app/queue';

export class CertifyResultsCommand extends SelectionCommand<Record<string, never>> {
  static override readonly type = CommandJobName.CertifyResults;
}
