import { SelectionCommand, SelectionCommandType } from '@app/database';

@SelectionCommandType('CloseCongressRound')
export class CloseCongressRoundCommand extends SelectionCommand<{ roundId: string }> {}
