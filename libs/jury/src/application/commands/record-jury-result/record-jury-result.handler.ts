import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  ballotPaperOf,
  checkJuryPaperCount,
  foldCampaign,
  foldCandidacies,
  foldJury,
  type JuryResult,
  recordJuryResult,
  requireCampaign,
  tallyJury,
} from '@app/domain';
import { CommandTransaction } from '@app/database';
import { JuryStore } from '../../../infrastructure/jury-store';
import { RecordJuryResultCommand } from './record-jury-result.command';

@CommandHandler(RecordJuryResultCommand)
export class RecordJuryResultHandler implements ICommandHandler<RecordJuryResultCommand> {
  constructor(
    private readonly tx: CommandTransaction,
    private readonly store: JuryStore,
  ) {}

  execute({ envelope }: RecordJuryResultCommand) {
    return this.tx.execute(envelope, async (history) => {
      const campaign = requireCampaign(foldCampaign(history), envelope.campaignId);
      const jury = foldJury(history);
      const paper = (await this.store.ballotPaper(campaign.id)) ?? ballotPaperOf(campaign, foldCandidacies(history));
      const { pending } = await this.store.progress(campaign.id);
      const paperCount = jury.paperCount;
      const counts = paperCount ? checkJuryPaperCount(paper, paperCount) : await this.store.electronicCounts(campaign.id, paper);
      const tally = tallyJury(paper, counts);
      const result: JuryResult = {
        mode: paper.mode,
        validBallots: tally.validBallots,
        scores: tally.candidates.filter((c) => c.juryScore !== null).map((c) => ({ candidacyId: c.candidacyId, score: c.juryScore! })),
        source: paperCount ? 'paper' : 'electronic',
        candidateIds: paper.candidateIds,
        candidates: tally.candidates,
        ...(paperCount ? {} : { receiptsDigest: await this.store.receiptsDigest(campaign.id) }),
      };
      return { events: recordJuryResult(campaign, jury, { result, pending }), result };
    });
  }
}
