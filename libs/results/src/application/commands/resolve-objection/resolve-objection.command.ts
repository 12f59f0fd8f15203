import { SelectionCommand, SelectionCommandType } from '@app/database';

@SelectionCommandType('ResolveObjection')
export class ResolveObjectionCommand extends SelectionCommand<{ objectionId: string; resolution: string; upheld: boolean }> {}
