import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { foldCampaign, foldCandidacies, foldEvaluation, requireCampaign, saveScoreSheetDraft } from '@app/domain';
import { CommandTransaction } from '@app/database';
import { SaveScoreSheetDraftCommand } from './save-score-sheet-draft.command';

@CommandHandler(SaveScoreSheetDraftCommand)
export class SaveScoreSheetDraftHandler implements ICommandHandler<SaveScoreSheetDraftCommand> {
  constructor(private readonly tx: CommandTransaction) {}

  execute({ envelope }: SaveScoreSheetDraftCommand) {
    return this.tx.execute(envelope, (history) => {
      const campaign = requireCampaign(foldCampaign(history), envelope.campaignId);
      const { candidacyId, scores, comment } = envelope.payload;
      // The expert is always the signed-in actor: nobody scores on someone else's behalf.
      const events = saveScoreSheetDraft(campaign, foldCandidacies(history), foldEvaluation(history), {
        expertId: envelope.actor.id,
        candidacyId,
        scores,
        comment,
      });
      return { events, result: { candidacyId, status: 'draft' } };
    });
  }
}
