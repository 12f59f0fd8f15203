import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { foldCampaign, foldCandidacies, foldCongressElection, openCongressElectionRound, requireCampaign } from '@app/domain';
import { CommandTransaction } from '@app/database';
import { OpenCongressRoundCommand } from './open-congress-round.command';

@CommandHandler(OpenCongressRoundCommand)
export class OpenCongressRoundHandler implements ICommandHandler<OpenCongressRoundCommand> {
  constructor(private readonly tx: CommandTransaction) {}

  execute({ envelope }: OpenCongressRoundCommand) {
    return this.tx.execute(envelope, (history) => {
      const campaign = requireCampaign(foldCampaign(history), envelope.campaignId);
      const events = openCongressElectionRound(campaign, foldCandidacies(history), foldCongressElection(history), {
        ...envelope.payload,
        actorId: envelope.actor.id,
      });
      const { campaignId: _c, presentDelegateIds: _p, ...round } = events[0].payload;
      return { events, result: round };
    });
  }
}
