import { SelectionCommand, SelectionCommandType } from '@app/database';
import type { CampaignConfigInput } from '../create-campaign/create-campaign.command';

@SelectionCommandType('ReconfigureCampaign')
export class ReconfigureCampaignCommand extends SelectionCommand<{ config: CampaignConfigInput }> {}
