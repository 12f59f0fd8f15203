import { SelectionCommand } from '@app/database';
import { CommandJobName } from '@app/queue';

export class RecordCorrectionCommand extends SelectionCommand<{ text: string; objectionIds?: string[] }> {
  static override readonly type = CommandJobName.RecordCorrection;
}
