import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { foldCampaign, foldResults, requireCampaign, resolveObjection } from '@app/domain';
import { CommandTransaction } from '@app/database';
import { ResolveObjectionCommand } from './resolve-objection.command';

@CommandHandler(ResolveObjectionCommand)
export class ResolveObjectionHandler implements ICommandHandler<ResolveObjectionCommand> {
  constructor(private readonly tx: CommandTransaction) {}

  execute({ envelope }: ResolveObjectionCommand) {
    return this.tx.execute(envelope, (history) => {
      const campaign = requireCampaign(foldCampaign(history), envelope.campaignId);
      return { events: resolveObjection(campaign, foldResults(history), envelope.payload), result: { objectionId: envelope.payload.objectionId } };
    });
  }
}
