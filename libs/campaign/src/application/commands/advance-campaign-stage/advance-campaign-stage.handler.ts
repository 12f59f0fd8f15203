import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { advanceCampaignStage, foldCampaign, requireCampaign } from '@app/domain';
import { CommandTransaction } from '@app/database';
import { AdvanceCampaignStageCommand } from './advance-campaign-stage.command';

@CommandHandler(AdvanceCampaignStageCommand)
export class AdvanceCampaignStageHandler implements ICommandHandler<AdvanceCampaignStageCommand> {
  constructor(private readonly tx: CommandTransaction) {}

  execute({ envelope }: AdvanceCampaignStageCommand) {
    return this.tx.execute(envelope, (history) => {
      const campaign = requireCampaign(foldCampaign(history), envelope.campaignId);
      const { to, reason } = envelope.payload;
      return { events: advanceCampaignStage(campaign, to, reason), result: { campaignId: campaign.id, stage: to } };
    });
  }
}
