import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { foldCampaign, foldEvaluation, requireCampaign, unlockScoreSheet } from '@app/domain';
import { CommandTransaction } from '@app/database';
import { UnlockScoreSheetCommand } from './unlock-score-sheet.command';

@CommandHandler(UnlockScoreSheetCommand)
export class UnlockScoreSheetHandler implements ICommandHandler<UnlockScoreSheetCommand> {
  constructor(private readonly tx: CommandTransaction) {}

  execute({ envelope }: UnlockScoreSheetCommand) {
    return this.tx.execute(envelope, (history) => {
      const campaign = requireCampaign(foldCampaign(history), envelope.campaignId);
      const events = unlockScoreSheet(campaign, foldEvaluation(history), envelope.payload);
      return { events, result: { expertId: envelope.payload.expertId, candidacyId: envelope.payload.candidacyId, status: 'unlocked' } };
    });
  }
}
