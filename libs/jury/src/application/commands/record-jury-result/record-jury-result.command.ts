import { SelectionCommand } from '@app/database';
import { CommandJobName } from '@app/queue';

/** Records the jury's part scores in the campaign's history once the jury stage has ended (for the ranking). */
export class RecordJuryResultCommand extends SelectionCommand<Record<string, never>> {
  static override readonly type = CommandJobName.RecordJuryResult;
}
