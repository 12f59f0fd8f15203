import { SelectionCommand, SelectionCommandType } from '@app/database';

@SelectionCommandType('LodgeObjection')
export class LodgeObjectionCommand extends SelectionCommand<{ objectionId: string; text: string; contact?: string }> {}
