import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { castCongressBallot, foldCampaign, foldCongressElection, requireCampaign, roundOfCredential } from '@app/domain';
import { CommandTransaction } from '@app/database';
import { dropIntoBallotBox, loadBallotBox } from '../../../infrastructure/ballot-box.store';
import { CastCongressBallotCommand } from './cast-congress-ballot.command';

@CommandHandler(CastCongressBallotCommand)
export class CastCongressBallotHandler implements ICommandHandler<CastCongressBallotCommand> {
  constructor(private readonly tx: CommandTransaction) {}

  execute({ envelope }: CastCongressBallotCommand) {
    return this.tx.execute(envelope, async (history, { manager }) => {
      const campaign = requireCampaign(foldCampaign(history), envelope.campaignId);
      const state = foldCongressElection(history);
      const roundId = envelope.payload.roundId ?? roundOfCredential(state, envelope.payload.codeHash)?.roundId;
      const box = roundId ? await loadBallotBox(manager, roundId) : { ballots: [], usedCodeHashes: new Set<string>() };
      const cast = castCongressBallot(campaign, state, box, envelope.payload);
      // No event: the ballot waits in the box until the round closes (see CongressBallotBoxOpened).
      const { receipt, salt } = await dropIntoBallotBox(manager, {
        campaignId: campaign.id,
        roundId: cast.roundId,
        codeHash: envelope.payload.codeHash,
        ballot: cast.ballot,
      });
      return { events: [], result: { roundId: cast.roundId, counted: true, ...cast.verdict, receipt, salt } };
    });
  }
}
