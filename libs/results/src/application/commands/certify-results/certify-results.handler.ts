import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { certifyResults, foldCampaign, foldResults, requireCampaign } from '@app/domain';
import { CommandTransaction } from '@app/database';
import { CertifyResultsCommand } from './certify-results.command';

@CommandHandler(CertifyResultsCommand)
export class CertifyResultsHandler implements ICommandHandler<CertifyResultsCommand> {
  constructor(private readonly tx: CommandTransaction) {}

  execute({ envelope }: CertifyResultsCommand) {
    return this.tx.execute(envelope, (history, { now, lastEventHash }) => {
      const campaign = requireCampaign(foldCampaign(history), envelope.campaignId);
      const events = certifyResults(campaign, foldResults(history), { now, lastEventHash, quotaExceptionReason: envelope.payload?.quotaExceptionReason });
      return { events, result: { certifiedAt: now.toISOString(), basedOnEventHash: lastEventHash } };
    });
  }
}
