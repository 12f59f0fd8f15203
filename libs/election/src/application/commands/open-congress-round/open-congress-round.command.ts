import { SelectionCommand, SelectionCommandType } from '@app/database';

@SelectionCommandType('OpenCongressRound')
export class OpenCongressRoundCommand extends SelectionCommand<{
  roundId: string;
  positionKey: string;
  method: 'electronic' | 'paper';
  allowWriteIns?: boolean;
  writeInEligibleIds?: string[];
  competitiveException?: { reason: string };
}> {}
