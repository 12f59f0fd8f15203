import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  foldCampaign,
  foldCandidacies,
  foldCongressElection,
  foldResults,
  foldShortlisting,
  publishResults,
  quotaFurtherRoundOf,
  requireCampaign,
} from '@app/domain';
import { CommandTransaction } from '@app/database';
import { PublishResultsCommand } from './publish-results.command';

@CommandHandler(PublishResultsCommand)
export class PublishResultsHandler implements ICommandHandler<PublishResultsCommand> {
  constructor(private readonly tx: CommandTransaction) {}

  execute({ envelope }: PublishResultsCommand) {
    return this.tx.execute(envelope, (history, { now, lastEventHash }) => {
      const campaign = requireCampaign(foldCampaign(history), envelope.campaignId);
      const candidacies = foldCandidacies(history);
      const events = publishResults(
        campaign,
        candidacies,
        foldResults(history),
        {
          now,
          lastEventHash,
          quotaExceptionReason: envelope.payload?.quotaExceptionReason,
          quotaFurtherRoundPossible: () => quotaFurtherRoundOf(campaign.config, foldCongressElection(history), candidacies).plan !== null,
        },
        foldShortlisting(history),
      );
      const published = events[0].payload as { publicityEndsAt: string; quotaViolations: unknown[] };
      return { events, result: { publicityEndsAt: published.publicityEndsAt, quotaViolations: published.quotaViolations } };
    });
  }
}
