import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { foldCampaign, foldCandidacies, freezeRanking, requireCampaign } from '@app/domain';
import { CommandTransaction } from '@app/database';
import { FreezeRankingCommand } from './freeze-ranking.command';

@CommandHandler(FreezeRankingCommand)
export class FreezeRankingHandler implements ICommandHandler<FreezeRankingCommand> {
  constructor(private readonly tx: CommandTransaction) {}

  execute({ envelope }: FreezeRankingCommand) {
    return this.tx.execute(envelope, (history) => {
      const campaign = requireCampaign(foldCampaign(history), envelope.campaignId);
      const events = freezeRanking(campaign, foldCandidacies(history), history, envelope.payload.overrideReason);
      const shortlist = events.find((e) => e.type === 'ShortlistFormed')!.payload as { members: { candidacyId: string }[] };
      return { events, result: { campaignId: campaign.id, shortlist: shortlist.members.map((m) => m.candidacyId) } };
    });
  }
}
