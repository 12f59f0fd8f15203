import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { checkInCongressDelegates, foldCampaign, foldCongressElection, requireCampaign } from '@app/domain';
import { CommandTransaction } from '@app/database';
import { CheckInCongressDelegatesCommand } from './check-in-congress-delegates.command';

@CommandHandler(CheckInCongressDelegatesCommand)
export class CheckInCongressDelegatesHandler implements ICommandHandler<CheckInCongressDelegatesCommand> {
  constructor(private readonly tx: CommandTransaction) {}

  execute({ envelope }: CheckInCongressDelegatesCommand) {
    return this.tx.execute(envelope, (history) => {
      const campaign = requireCampaign(foldCampaign(history), envelope.campaignId);
      const state = foldCongressElection(history);
      const events = checkInCongressDelegates(campaign, state, envelope.payload);
      const present = [...state.delegates.values()].filter((d) => d.checkedIn).length + events.length;
      return { events, result: { checkedIn: events.length, present, registered: state.delegates.size } };
    });
  }
}
