import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { foldCampaign, foldCandidacies, foldCongressElection, openQuotaFurtherRound, requireCampaign } from '@app/domain';
import { CommandTransaction } from '@app/database';
import { OpenQuotaFurtherRoundCommand } from './open-quota-further-round.command';

@CommandHandler(OpenQuotaFurtherRoundCommand)
export class OpenQuotaFurtherRoundHandler implements ICommandHandler<OpenQuotaFurtherRoundCommand> {
  constructor(private readonly tx: CommandTransaction) {}

  execute({ envelope }: OpenQuotaFurtherRoundCommand) {
    return this.tx.execute(envelope, (history) => {
      const campaign = requireCampaign(foldCampaign(history), envelope.campaignId);
      const events = openQuotaFurtherRound(campaign, foldCandidacies(history), foldCongressElection(history));
      const { campaignId: _c, ...plan } = events[0].payload;
      return { events, result: plan };
    });
  }
}
