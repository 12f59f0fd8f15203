import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { extendDeadline, foldCampaign, requireCampaign } from '@app/domain';
import { CommandTransaction } from '@app/database';
import { ExtendDeadlineCommand } from './extend-deadline.command';

@CommandHandler(ExtendDeadlineCommand)
export class ExtendDeadlineHandler implements ICommandHandler<ExtendDeadlineCommand> {
  constructor(private readonly tx: CommandTransaction) {}

  execute({ envelope }: ExtendDeadlineCommand) {
    return this.tx.execute(envelope, (history) => {
      const campaign = requireCampaign(foldCampaign(history), envelope.campaignId);
      const { deadline, to, reason } = envelope.payload;
      return { events: extendDeadline(campaign, { deadline, to, reason }), result: { deadline, to } };
    });
  }
}
