import { SelectionCommand } from '@app/database';
import { CommandJobName } from '@app/queue';

export class WithdrawCandidacyCommand extends SelectionCommand<{ candidacyId: string; reason?: string }> {
  static override readonly type = CommandJobName.WithdrawCandidacy;
}
