import type { JurorEntry } from '@app/domain';
import { SelectionCommand, SelectionCommandType } from '@app/database';

/** A whole CSV file of jurors: registered all together or not at all. */
@SelectionCommandType('ImportJurors')
export class ImportJurorsCommand extends SelectionCommand<{ jurors: JurorEntry[] }> {}
