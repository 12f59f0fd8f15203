import { SelectionCommand } from '@app/database';
import { CommandJobName } from '@app/queue';

export class AddExpertToPanelCommand extends SelectionCommand<{ expertId: string; name: string; candidacyIds?: string[] | null }> {
  static override readonly type = CommandJobName.AddExpertToPanel;
}
