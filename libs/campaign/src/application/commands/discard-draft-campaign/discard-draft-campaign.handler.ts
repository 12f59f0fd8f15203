import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { discardDraftCampaign, foldCampaign, requireCampaign } from '@app/domain';
import { CommandTransaction } from '@app/database';
import { DiscardDraftCampaignCommand } from './discard-draft-campaign.command';

@CommandHandler(DiscardDraftCampaignCommand)
export class DiscardDraftCampaignHandler implements ICommandHandler<DiscardDraftCampaignCommand> {
  constructor(private readonly tx: CommandTransaction) {}

  execute({ envelope }: DiscardDraftCampaignCommand) {
    return this.tx.execute(envelope, (history) => {
      const campaign = requireCampaign(foldCampaign(history), envelope.campaignId);
      return { events: discardDraftCampaign(campaign, envelope.payload.reason?.trim() || undefined), result: { campaignId: campaign.id } };
    });
  }
}
