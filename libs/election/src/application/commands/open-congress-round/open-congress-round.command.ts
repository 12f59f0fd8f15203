import { SelectionCommand } from '@app/database';
import { CommandJobName } from '@app/queue';

export class OpenCongressRoundCommand extends SelectionCommand<{ roundId: string; positionKey: string; method: 'electronic' | 'paper'; allowWriteIns?: boolean; writeInEligibleIds?: string[]; competitiveException?: { reason: string } }> {
  static override readonly type = CommandJobName.OpenCongressRound;
}
