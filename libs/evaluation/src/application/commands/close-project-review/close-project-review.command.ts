import { SelectionCommand, SelectionCommandType } from '@app/database';

@SelectionCommandType('CloseProjectReview')
export class CloseProjectReviewCommand extends SelectionCommand<{ overrideReason?: string }> {}
