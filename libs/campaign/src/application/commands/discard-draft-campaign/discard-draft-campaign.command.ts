import { SelectionCommand } from '@app/database';
import { CommandJobName } from '@app/queue';

export class DiscardDraftCampaignCommand extends SelectionCommand<{ reason?: string }> {
  static override readonly type = CommandJobName.DiscardDraftCampaign;
}
