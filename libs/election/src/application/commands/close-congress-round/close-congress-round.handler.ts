import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { closeCongressElectionRound, foldCampaign, foldCongressElection, requireCampaign, type CongressRoundClosed } from '@app/domain';
import { CommandTransaction } from '@app/database';
import { CloseCongressRoundCommand } from './close-congress-round.command';

@CommandHandler(CloseCongressRoundCommand)
export class CloseCongressRoundHandler implements ICommandHandler<CloseCongressRoundCommand> {
  constructor(private readonly tx: CommandTransaction) {}

  execute({ envelope }: CloseCongressRoundCommand) {
    return this.tx.execute(envelope, (history) => {
      const campaign = requireCampaign(foldCampaign(history), envelope.campaignId);
      const events = closeCongressElectionRound(campaign, foldCongressElection(history), envelope.payload);
      const closed = events[0].payload as CongressRoundClosed['payload'];
      return {
        events,
        result: {
          roundId: closed.roundId, positionKey: closed.positionKey, status: closed.status, elected: closed.elected, runOff: closed.runOff,
          furtherRound: closed.furtherRound, voidReason: closed.voidReason, positionElected: closed.positionElected,
          positionFilled: events.some((e) => e.type === 'CongressPositionFilled'), electionCompleted: events.some((e) => e.type === 'ElectionCompleted'),
        },
      };
    });
  }
}
