import { SelectionCommand, SelectionCommandType } from '@app/database';

@SelectionCommandType('AdmitObjection')
export class AdmitObjectionCommand extends SelectionCommand<{ objectionId: string }> {}
