import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { foldCampaign, foldCongressElection, requireCampaign, setCongressElectionRules } from '@app/domain';
import { CommandTransaction } from '@app/database';
import { SetCongressElectionRulesCommand } from './set-congress-election-rules.command';

@CommandHandler(SetCongressElectionRulesCommand)
export class SetCongressElectionRulesHandler implements ICommandHandler<SetCongressElectionRulesCommand> {
  constructor(private readonly tx: CommandTransaction) {}

  execute({ envelope }: SetCongressElectionRulesCommand) {
    return this.tx.execute(envelope, (history) => {
      const campaign = requireCampaign(foldCampaign(history), envelope.campaignId);
      const events = setCongressElectionRules(campaign, foldCongressElection(history), envelope.payload);
      return { events, result: { quorum: events[0].payload.quorum, majorityBase: events[0].payload.majorityBase } };
    });
  }
}
