import { SelectionCommand } from '@app/database';
import { CommandJobName } from '@app/queue';

export class UnlockScoreSheetCommand extends SelectionCommand<{ expertId: string; candidacyId: string; reason: string }> {
  static override readonly type = CommandJobName.UnlockScoreSheet;
}
