import { SelectionCommand, SelectionCommandType } from '@app/database';

@SelectionCommandType('PublishResults')
export class PublishResultsCommand extends SelectionCommand<{ quotaExceptionReason?: string }> {}
