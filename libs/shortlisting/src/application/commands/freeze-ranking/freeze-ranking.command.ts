import { SelectionCommand } from '@app/database';
import { CommandJobName } from '@app/queue';

export class FreezeRankingCommand extends SelectionCommand<{ overrideReason?: string }> {
  static override readonly type = CommandJobName.FreezeRanking;
}
