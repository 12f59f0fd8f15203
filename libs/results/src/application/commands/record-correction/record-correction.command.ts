import { SelectionCommand, SelectionCommandType } from '@app/database';

@SelectionCommandType('RecordCorrection')
export class RecordCorrectionCommand extends SelectionCommand<{ text: string; objectionIds?: string[] }> {}
