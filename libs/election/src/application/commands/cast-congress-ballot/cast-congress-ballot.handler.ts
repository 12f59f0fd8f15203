import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { castCongressBallot, foldCampaign, foldCongressElection, requireCampaign } from '@app/domain';
import { CommandTransaction } from '@app/database';
import { CastCongressBallotCommand } from './cast-congress-ballot.command';

@CommandHandler(CastCongressBallotCommand)
export class CastCongressBallotHandler implements ICommandHandler<CastCongressBallotCommand> {
  constructor(private readonly tx: CommandTransaction) {}

  execute({ envelope }: CastCongressBallotCommand) {
    return this.tx.execute(envelope, (history) => {
      const campaign = requireCampaign(foldCampaign(history), envelope.campaignId);
      const { events, verdict } = castCongressBallot(campaign, foldCongressElection(history), envelope.payload);
      return { events, result: { roundId: envelope.payload.roundId, counted: true, ...verdict } };
    });
  }
}
