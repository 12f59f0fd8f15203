import { SelectionCommand, SelectionCommandType } from '@app/database';

@SelectionCommandType('CheckInCongressDelegates')
export class CheckInCongressDelegatesCommand extends SelectionCommand<{ delegateIds: string[] }> {}
