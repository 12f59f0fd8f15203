import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { foldCampaign, foldResults, lodgeObjection, requireCampaign } from '@app/domain';
import { CommandTransaction } from '@app/database';
import { LodgeObjectionCommand } from './lodge-objection.command';

@CommandHandler(LodgeObjectionCommand)
export class LodgeObjectionHandler implements ICommandHandler<LodgeObjectionCommand> {
  constructor(private readonly tx: CommandTransaction) {}

  execute({ envelope }: LodgeObjectionCommand) {
    return this.tx.execute(envelope, (history, { now }) => {
      const campaign = requireCampaign(foldCampaign(history), envelope.campaignId);
      return { events: lodgeObjection(campaign, foldResults(history), { ...envelope.payload, now }), result: { objectionId: envelope.payload.objectionId } };
    });
  }
}
