import { SelectionCommand, SelectionCommandType } from '@app/database';

@SelectionCommandType('DiscardDraftCampaign')
export class DiscardDraftCampaignCommand extends SelectionCommand<{ reason?: string }> {}
