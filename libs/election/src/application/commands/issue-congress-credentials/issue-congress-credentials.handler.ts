import { createHash } from 'node:crypto';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { foldCampaign, foldCongressElection, issueCongressCredentials, requireCampaign } from '@app/domain';
import { CommandTransaction } from '@app/database';
import { loadBallotBox } from '../../../infrastructure/ballot-box.store';
import { IssueCongressCredentialsCommand } from './issue-congress-credentials.command';

@CommandHandler(IssueCongressCredentialsCommand)
export class IssueCongressCredentialsHandler implements ICommandHandler<IssueCongressCredentialsCommand> {
  constructor(private readonly tx: CommandTransaction) {}

  execute({ envelope }: IssueCongressCredentialsCommand) {
    return this.tx.execute(envelope, async (history, { manager }) => {
      const campaign = requireCampaign(foldCampaign(history), envelope.campaignId);
      const box = await loadBallotBox(manager, envelope.payload.roundId);
      const events = issueCongressCredentials(campaign, foldCongressElection(history), envelope.payload, box);
      const issued = events[0].payload.codeHashes;
      // Identifies this batch of codes without revealing any: the api checks it answers its own request.
      const batch = createHash('sha256').update(issued.join('\n')).digest('hex');
      return { events, result: { roundId: envelope.payload.roundId, issued: issued.length, batch } };
    });
  }
}
