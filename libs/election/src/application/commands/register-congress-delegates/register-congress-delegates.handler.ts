import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { foldCampaign, foldCongressElection, registerCongressDelegates, requireCampaign } from '@app/domain';
import { CommandTransaction } from '@app/database';
import { RegisterCongressDelegatesCommand } from './register-congress-delegates.command';

@CommandHandler(RegisterCongressDelegatesCommand)
export class RegisterCongressDelegatesHandler implements ICommandHandler<RegisterCongressDelegatesCommand> {
  constructor(private readonly tx: CommandTransaction) {}

  execute({ envelope }: RegisterCongressDelegatesCommand) {
    return this.tx.execute(envelope, (history) => {
      const campaign = requireCampaign(foldCampaign(history), envelope.campaignId);
      const state = foldCongressElection(history);
      const events = registerCongressDelegates(campaign, state, envelope.payload);
      const added = events[0].payload.delegates;
      return {
        events,
        result: { registered: added.length, totalRegistered: state.delegates.size + added.length, delegateIds: added.map((d) => d.delegateId) },
      };
    });
  }
}
