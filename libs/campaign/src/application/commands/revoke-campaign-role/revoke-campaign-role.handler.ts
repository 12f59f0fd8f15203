import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { foldCampaign, foldCampaignGrants, requireCampaign, revokeCampaignRole } from '@app/domain';
import { CommandTransaction } from '@app/database';
import { RevokeCampaignRoleCommand } from './revoke-campaign-role.command';

@CommandHandler(RevokeCampaignRoleCommand)
export class RevokeCampaignRoleHandler implements ICommandHandler<RevokeCampaignRoleCommand> {
  constructor(private readonly tx: CommandTransaction) {}

  execute({ envelope }: RevokeCampaignRoleCommand) {
    return this.tx.execute(envelope, (history) => {
      const campaign = requireCampaign(foldCampaign(history), envelope.campaignId);
      return {
        events: revokeCampaignRole(campaign, foldCampaignGrants(history), envelope.payload),
        result: { personId: envelope.payload.personId, role: envelope.payload.role },
      };
    });
  }
}
