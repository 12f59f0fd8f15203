import type { CampaignStage } from '@app/domain';
import { SelectionCommand } from '@app/database';
import { CommandJobName } from '@app/queue';

export class AdvanceCampaignStageCommand extends SelectionCommand<{ to: CampaignStage; reason?: string }> {
  static override readonly type = CommandJobName.AdvanceCampaignStage;
}
