import { SelectionCommand, SelectionCommandType } from '@app/database';

@SelectionCommandType('CancelCongressCheckIn')
export class CancelCongressCheckInCommand extends SelectionCommand<{ delegateId: string; reason: string }> {}
