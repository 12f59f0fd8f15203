import { SelectionCommand, SelectionCommandType } from '@app/database';

@SelectionCommandType('CertifyResults')
export class CertifyResultsCommand extends SelectionCommand<{ quotaExceptionReason?: string }> {}
