import { SelectionCommand, SelectionCommandType } from '@app/database';

@SelectionCommandType('FreezeRanking')
export class FreezeRankingCommand extends SelectionCommand<{ overrideReason?: string }> {}
