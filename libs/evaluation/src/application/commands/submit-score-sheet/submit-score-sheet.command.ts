import { SelectionCommand } from '@app/database';
import { CommandJobName } from '@app/queue';

export class SubmitScoreSheetCommand extends SelectionCommand<{ candidacyId: string; scores?: Record<string, string | number>; comment?: string }> {
  static override readonly type = CommandJobName.SubmitScoreSheet;
}
