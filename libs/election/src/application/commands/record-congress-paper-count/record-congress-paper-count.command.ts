import type { PaperCount } from '@app/domain';
import { SelectionCommand } from '@app/database';
import { CommandJobName } from '@app/queue';

export class RecordCongressPaperCountCommand extends SelectionCommand<{ roundId: string; count: Omit<PaperCount, 'method'> }> {
  static override readonly type = CommandJobName.RecordCongressPaperCount;
}
