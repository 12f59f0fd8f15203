import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ballotPaperOf, foldCampaign, foldCandidacies, recordJuryPaperCount, requireCampaign, tallyJury, checkJuryPaperCount } from '@app/domain';
import { CommandTransaction } from '@app/database';
import { JuryStore } from '../../../infrastructure/jury-store';
import { RecordJuryPaperCountCommand } from './record-jury-paper-count.command';

@CommandHandler(RecordJuryPaperCountCommand)
export class RecordJuryPaperCountHandler implements ICommandHandler<RecordJuryPaperCountCommand> {
  constructor(
    private readonly tx: CommandTransaction,
    private readonly store: JuryStore,
  ) {}

  execute({ envelope }: RecordJuryPaperCountCommand) {
    return this.tx.execute(envelope, async (history) => {
      const campaign = requireCampaign(foldCampaign(history), envelope.campaignId);
      const paper = (await this.store.ballotPaper(campaign.id)) ?? ballotPaperOf(campaign, foldCandidacies(history));
      // Ballot intake takes the campaign's lock shared while it counts what it accepted: this read is exact.
      const { received } = await this.store.progress(campaign.id);
      const events = recordJuryPaperCount(campaign, paper, { count: envelope.payload.count, electronicBallotsReceived: received });
      const tally = tallyJury(paper, checkJuryPaperCount(paper, envelope.payload.count));
      return { events, result: { validBallots: tally.validBallots, candidates: tally.candidates } };
    });
  }
}
