import type { PaperCount } from '@app/domain';
import { SelectionCommand, SelectionCommandType } from '@app/database';

@SelectionCommandType('RecordCongressPaperCount')
export class RecordCongressPaperCountCommand extends SelectionCommand<{ roundId: string; count: Omit<PaperCount, 'method'> }> {}
