import { SelectionCommand, SelectionCommandType } from '@app/database';

@SelectionCommandType('IssueCongressCredentials')
export class IssueCongressCredentialsCommand extends SelectionCommand<{ roundId: string; codeHashes: string[] }> {}
