import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { foldCampaign, foldCandidacies, foldEvaluation, recordPanelGrade, requireCampaign } from '@app/domain';
import { CommandTransaction } from '@app/database';
import { RecordPanelGradeCommand } from './record-panel-grade.command';

@CommandHandler(RecordPanelGradeCommand)
export class RecordPanelGradeHandler implements ICommandHandler<RecordPanelGradeCommand> {
  constructor(private readonly tx: CommandTransaction) {}

  execute({ envelope }: RecordPanelGradeCommand) {
    return this.tx.execute(envelope, (history) => {
      const campaign = requireCampaign(foldCampaign(history), envelope.campaignId);
      const { candidacyId, grade, opinion } = envelope.payload;
      const events = recordPanelGrade(campaign, foldCandidacies(history), foldEvaluation(history), {
        expertId: envelope.actor.id,
        candidacyId,
        grade,
        opinion,
      });
      return { events, result: { candidacyId, grade } };
    });
  }
}
