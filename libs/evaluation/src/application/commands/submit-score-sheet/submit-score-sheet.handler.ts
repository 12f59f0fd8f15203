import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { foldCampaign, foldCandidacies, foldEvaluation, requireCampaign, type ScoreSheetSubmitted, submitScoreSheet } from '@app/domain';
import { CommandTransaction } from '@app/database';
import { SubmitScoreSheetCommand } from './submit-score-sheet.command';

@CommandHandler(SubmitScoreSheetCommand)
export class SubmitScoreSheetHandler implements ICommandHandler<SubmitScoreSheetCommand> {
  constructor(private readonly tx: CommandTransaction) {}

  execute({ envelope }: SubmitScoreSheetCommand) {
    return this.tx.execute(envelope, (history) => {
      const campaign = requireCampaign(foldCampaign(history), envelope.campaignId);
      const { candidacyId, scores, comment } = envelope.payload;
      const events = submitScoreSheet(campaign, foldCandidacies(history), foldEvaluation(history), {
        expertId: envelope.actor.id,
        candidacyId,
        scores,
        comment,
      });
      const total = (events[0] as ScoreSheetSubmitted).payload.total;
      return { events, result: { candidacyId, status: 'submitted', total } };
    });
  }
}
