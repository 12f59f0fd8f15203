import { SelectionCommand } from '@app/database';
import { CommandJobName } from '@app/queue';

export class RecordPanelGradeCommand extends SelectionCommand<{ candidacyId: string; grade: string; opinion: string }> {
  static override readonly type = CommandJobName.RecordPanelGrade;
}
