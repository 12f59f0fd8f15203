import { SelectionCommand } from '@app/database';
import { CommandJobName } from '@app/queue';

export class CloseCongressRoundCommand extends SelectionCommand<{ roundId: string }> {
  static override readonly type = CommandJobName.CloseCongressRound;
}
