import type { JuryPaperCount } from '@app/domain';
import { SelectionCommand, SelectionCommandType } from '@app/database';

@SelectionCommandType('RecordJuryPaperCount')
export class RecordJuryPaperCountCommand extends SelectionCommand<{ count: JuryPaperCount }> {}
