import type { ExtendableDeadline } from '@app/domain';
import { SelectionCommand, SelectionCommandType } from '@app/database';

@SelectionCommandType('ExtendDeadline')
export class ExtendDeadlineCommand extends SelectionCommand<{ deadline: ExtendableDeadline; to: string; reason: string }> {}
