import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { cancelCongressCheckIn, foldCampaign, foldCongressElection, requireCampaign } from '@app/domain';
import { CommandTransaction } from '@app/database';
import { CancelCongressCheckInCommand } from './cancel-congress-check-in.command';

@CommandHandler(CancelCongressCheckInCommand)
export class CancelCongressCheckInHandler implements ICommandHandler<CancelCongressCheckInCommand> {
  constructor(private readonly tx: CommandTransaction) {}

  execute({ envelope }: CancelCongressCheckInCommand) {
    return this.tx.execute(envelope, (history) => {
      const campaign = requireCampaign(foldCampaign(history), envelope.campaignId);
      const state = foldCongressElection(history);
      const events = cancelCongressCheckIn(campaign, state, envelope.payload);
      const present = [...state.delegates.values()].filter((d) => d.checkedIn).length - events.length;
      return { events, result: { present, registered: state.delegates.size } };
    });
  }
}
