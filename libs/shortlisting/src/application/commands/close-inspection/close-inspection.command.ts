import { SelectionCommand, SelectionCommandType } from '@app/database';

@SelectionCommandType('CloseInspection')
export class CloseInspectionCommand extends SelectionCommand<{ exceptionReason?: string }> {}
