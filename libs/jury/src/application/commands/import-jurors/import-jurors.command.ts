import type { JurorEntry } from '@app/domain';
import { SelectionCommand } from '@app/database';
import { CommandJobName } from '@app/queue';

/** A whole CSV file of jurors: registered all together or not at all. */
export class ImportJurorsCommand extends SelectionCommand<{ jurors: JurorEntry[] }> {
  static override readonly type = CommandJobName.ImportJurors;
}
