import { SelectionCommand, SelectionCommandType } from '@app/database';

@SelectionCommandType('CloseInspection')
export class CloseInspectionCommand extends SelectionCommand<Record<string, never>> {}
