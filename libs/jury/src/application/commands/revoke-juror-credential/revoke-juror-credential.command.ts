import { SelectionCommand, SelectionCommandType } from '@app/database';

@SelectionCommandType('RevokeJurorCredential')
export class RevokeJurorCredentialCommand extends SelectionCommand<{ jurorId: string; reason: string }> {}
