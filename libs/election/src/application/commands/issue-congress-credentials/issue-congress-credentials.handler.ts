import { createHash } from 'node:crypto';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { foldCampaign, foldCongressElection, issueCongressCredentials, requireCampaign } from '@app/domain';
import { CommandTransaction } from '@app/database';
import { IssueCongressCredentialsCommand } from './issue-congress-credentials.command';

@CommandHandler(IssueCongressCredentialsCommand)
export class IssueCongressCredentialsHandler implements ICommandHandler<IssueCongressCredentialsCommand> {
  constructor(private readonly tx: CommandTransaction) {}

  execute({ envelope }: IssueCongressCredentialsCommand) {
    return this.tx.execute(envelope, (history) => {
      const campaign = requireCampaign(foldCampaign(history), envelope.campaignId);
      const events = issueCongressCredentials(campaign, foldCongressElection(history), envelope.payload);
      const issued = events[0].payload.codeHashes;
      // Identifies this batch of codes without revealing any: the api checks it answers its own request.
      const batch = createHash('sha256').update(issued.join('\n')).digest('hex');
      return { events, result: { roundId: envelope.payload.roundId, issued: issued.length, batch } };
    });
  }
}
