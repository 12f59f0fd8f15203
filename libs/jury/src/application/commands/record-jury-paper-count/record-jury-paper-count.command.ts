import type { JuryPaperCount } from '@app/domain';
import { SelectionCommand } from '@app/database';
import { CommandJobName } from '@app/queue';

export class RecordJuryPaperCountCommand extends SelectionCommand<{ count: JuryPaperCount }> {
  static override readonly type = CommandJobName.RecordJuryPaperCount;
}
