import type { CampaignConfig, CampaignOrigin } from '@app/domain';
import { SelectionCommand, SelectionCommandType } from '@app/database';

export type CampaignConfigInput = Partial<CampaignConfig> & Pick<CampaignConfig, 'title' | 'organisingBody' | 'positions'>;

/** origin: the template or past campaign it starts from. organisationId is resolved and checked by the api (her organisation, or the one she named and organises). */
@SelectionCommandType('CreateCampaign')
export class CreateCampaignCommand extends SelectionCommand<{ config: CampaignConfigInput; organisationId?: string; origin?: CampaignOrigin }> {}
