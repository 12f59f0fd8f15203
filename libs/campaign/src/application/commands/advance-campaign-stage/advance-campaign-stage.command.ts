import type { CampaignStage } from '@app/domain';
import { SelectionCommand, SelectionCommandType } from '@app/database';

@SelectionCommandType('AdvanceCampaignStage')
export class AdvanceCampaignStageCommand extends SelectionCommand<{ to: CampaignStage; reason?: string }> {}
