import { SelectionCommand, SelectionCommandType } from '@app/database';

@SelectionCommandType('DismissObjections')
export class DismissObjectionsCommand extends SelectionCommand<{ objectionIds: string[]; reason: string }> {}
