import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { createCampaign, foldCampaign, withDefaults } from '@app/domain';
import { CommandTransaction } from '@app/database';
import { CreateCampaignCommand } from './create-campaign.command';

@CommandHandler(CreateCampaignCommand)
export class CreateCampaignHandler implements ICommandHandler<CreateCampaignCommand> {
  constructor(private readonly tx: CommandTransaction) {}

  execute({ envelope }: CreateCampaignCommand) {
    return this.tx.execute(envelope, (history) => ({
      events: createCampaign(
        foldCampaign(history),
        envelope.campaignId,
        withDefaults(envelope.payload.config),
        envelope.payload.organisationId,
        envelope.payload.origin,
      ),
      result: { campaignId: envelope.campaignId },
    }));
  }
}
