import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { foldCampaign, foldCampaignGrants, foldCandidacies, grantCampaignRole, requireCampaign } from '@app/domain';
import { CommandTransaction } from '@app/database';
import { GrantCampaignRoleCommand } from './grant-campaign-role.command';

@CommandHandler(GrantCampaignRoleCommand)
export class GrantCampaignRoleHandler implements ICommandHandler<GrantCampaignRoleCommand> {
  constructor(private readonly tx: CommandTransaction) {}

  execute({ envelope }: GrantCampaignRoleCommand) {
    return this.tx.execute(envelope, (history) => {
      const campaign = requireCampaign(foldCampaign(history), envelope.campaignId);
      const events = grantCampaignRole(campaign, foldCandidacies(history), foldCampaignGrants(history), envelope.payload);
      return { events, result: { personId: envelope.payload.personId.trim(), role: envelope.payload.role } };
    });
  }
}
