import type { CampaignConfig } from '@app/domain';
import { SelectionCommand } from '@app/database';
import { CommandJobName } from '@app/queue';

export type CampaignConfigInput = Partial<CampaignConfig> & Pick<CampaignConfig, 'title' | 'organisingBody' | 'positions'>;

export class CreateCampaignCommand extends SelectionCommand<{ config: CampaignConfigInput }> {
  static override readonly type = CommandJobName.CreateCampaign;
}
