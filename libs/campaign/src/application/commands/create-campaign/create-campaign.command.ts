import type { CampaignConfig } from '@app/domain';
import { SelectionCommand } from '@app/database';
import { CommandJobName } from '@app/queue';

export type CampaignConfigInput = Partial<CampaignConfig> & Pick<CampaignConfig, 'title' | 'organisingBody' | 'positions'>;

/** organisationId is resolved and checked by the api (her organisation, or the one she named and organises). */
export class CreateCampaignCommand extends SelectionCommand<{ config: CampaignConfigInput; organisationId?: string }> {
  static override readonly type = CommandJobName.CreateCampaign;
}
