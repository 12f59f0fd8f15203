import { SelectionCommand } from '@app/database';
import { CommandJobName } from '@app/queue';
import type { CampaignConfigInput } from '../create-campaign/create-campaign.command';

export class ReconfigureCampaignCommand extends SelectionCommand<{ config: CampaignConfigInput }> {
  static override readonly type = CommandJobName.ReconfigureCampaign;
}
