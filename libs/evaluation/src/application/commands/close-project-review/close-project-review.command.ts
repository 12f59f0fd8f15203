import { SelectionCommand } from '@app/database';
import { CommandJobName } from '@app/queue';

export class CloseProjectReviewCommand extends SelectionCommand<{ overrideReason?: string }> {
  static override readonly type = CommandJobName.CloseProjectReview;
}
