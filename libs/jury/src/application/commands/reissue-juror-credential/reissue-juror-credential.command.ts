import { SelectionCommand, SelectionCommandType } from '@app/database';

@SelectionCommandType('ReissueJurorCredential')
export class ReissueJurorCredentialCommand extends SelectionCommand<{ jurorId: string; codeHash: string }> {}
