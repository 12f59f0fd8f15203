import { SelectionCommand, SelectionCommandType } from '@app/database';

/** Records the jury's part scores in the campaign's history once the jury stage has ended (for the ranking). */
@SelectionCommandType('RecordJuryResult')
export class RecordJuryResultCommand extends SelectionCommand<Record<string, never>> {}
