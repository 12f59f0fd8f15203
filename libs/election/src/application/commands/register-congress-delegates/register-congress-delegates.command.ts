import { SelectionCommand, SelectionCommandType } from '@app/database';

@SelectionCommandType('RegisterCongressDelegates')
export class RegisterCongressDelegatesCommand extends SelectionCommand<{ delegates?: { delegateId: string; name?: string }[]; count?: number }> {}
