import { randomInt } from 'node:crypto';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { closeCongressElectionRound, foldCampaign, foldCongressElection, requireCampaign, type CongressRoundClosed } from '@app/domain';
import { CommandTransaction } from '@app/database';
import { forgetCastBallots, loadBallotBox } from '../../../infrastructure/ballot-box.store';
import { CloseCongressRoundCommand } from './close-congress-round.command';

@CommandHandler(CloseCongressRoundCommand)
export class CloseCongressRoundHandler implements ICommandHandler<CloseCongressRoundCommand> {
  constructor(private readonly tx: CommandTransaction) {}

  execute({ envelope }: CloseCongressRoundCommand) {
    return this.tx.execute(envelope, async (history, { manager }) => {
      const campaign = requireCampaign(foldCampaign(history), envelope.campaignId);
      const box = await loadBallotBox(manager, envelope.payload.roundId);
      const events = closeCongressElectionRound(campaign, foldCongressElection(history), envelope.payload, box, (bound) => randomInt(bound));
      const closed = events.find((e): e is CongressRoundClosed => e.type === 'CongressRoundClosed')!.payload;
      if (events.some((e) => e.type === 'CongressBallotBoxOpened')) await forgetCastBallots(manager, campaign.id, closed.roundId);
      return {
        events,
        result: {
          roundId: closed.roundId,
          positionKey: closed.positionKey,
          status: closed.status,
          elected: closed.elected,
          runOff: closed.runOff,
          furtherRound: closed.furtherRound,
          voidReason: closed.voidReason,
          positionElected: closed.positionElected,
          positionFilled: events.some((e) => e.type === 'CongressPositionFilled'),
          electionCompleted: events.some((e) => e.type === 'ElectionCompleted'),
        },
      };
    });
  }
}
