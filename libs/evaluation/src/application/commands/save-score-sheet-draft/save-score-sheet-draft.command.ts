import { SelectionCommand } from '@app/database';
import { CommandJobName } from '@app/queue';

export class SaveScoreSheetDraftCommand extends SelectionCommand<{ candidacyId: string; scores: Record<string, string | number>; comment?: string }> {
  static override readonly type = CommandJobName.SaveScoreSheetDraft;
}
