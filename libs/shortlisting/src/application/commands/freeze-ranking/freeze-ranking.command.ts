import { SelectionCommand } from '@app/database';
import { CommandJobName } from '@app/queue';

export class FreezeRankingCommand extends SelectionCommand<Record<string, never>> {
  static override readonly type = CommandJobName.FreezeRanking;
}
