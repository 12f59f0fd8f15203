import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { foldCampaign, reconfigureCampaign, requireCampaign, withDefaults } from '@app/domain';
import { CommandTransaction } from '@app/database';
import { ReconfigureCampaignCommand } from './reconfigure-campaign.command';

@CommandHandler(ReconfigureCampaignCommand)
export class ReconfigureCampaignHandler implements ICommandHandler<ReconfigureCampaignCommand> {
  constructor(private readonly tx: CommandTransaction) {}

  execute({ envelope }: ReconfigureCampaignCommand) {
    return this.tx.execute(envelope, (history) => {
      const campaign = requireCampaign(foldCampaign(history), envelope.campaignId);
      return { events: reconfigureCampaign(campaign, withDefaults(envelope.payload.config)), result: { campaignId: campaign.id } };
    });
  }
}
