import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { dismissObjections, foldCampaign, foldResults, requireCampaign } from '@app/domain';
import { CommandTransaction } from '@app/database';
import { DismissObjectionsCommand } from './dismiss-objections.command';

@CommandHandler(DismissObjectionsCommand)
export class DismissObjectionsHandler implements ICommandHandler<DismissObjectionsCommand> {
  constructor(private readonly tx: CommandTransaction) {}

  execute({ envelope }: DismissObjectionsCommand) {
    return this.tx.execute(envelope, (history, { now }) => {
      const campaign = requireCampaign(foldCampaign(history), envelope.campaignId);
      const events = dismissObjections(campaign, foldResults(history), { ...envelope.payload, now });
      return { events, result: { dismissed: events[0].payload.objectionIds.length } };
    });
  }
}
