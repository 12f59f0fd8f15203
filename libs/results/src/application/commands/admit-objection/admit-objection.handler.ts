import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { admitObjection, foldCampaign, foldResults, requireCampaign } from '@app/domain';
import { CommandTransaction } from '@app/database';
import { AdmitObjectionCommand } from './admit-objection.command';

@CommandHandler(AdmitObjectionCommand)
export class AdmitObjectionHandler implements ICommandHandler<AdmitObjectionCommand> {
  constructor(private readonly tx: CommandTransaction) {}

  execute({ envelope }: AdmitObjectionCommand) {
    return this.tx.execute(envelope, (history, { now }) => {
      const campaign = requireCampaign(foldCampaign(history), envelope.campaignId);
      return {
        events: admitObjection(campaign, foldResults(history), { objectionId: envelope.payload.objectionId, now }),
        result: { objectionId: envelope.payload.objectionId },
      };
    });
  }
}
