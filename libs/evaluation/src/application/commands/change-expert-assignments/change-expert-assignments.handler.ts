import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { changeExpertAssignments, foldCampaign, foldCandidacies, foldEvaluation, requireCampaign } from '@app/domain';
import { CommandTransaction } from '@app/database';
import { ChangeExpertAssignmentsCommand } from './change-expert-assignments.command';

@CommandHandler(ChangeExpertAssignmentsCommand)
export class ChangeExpertAssignmentsHandler implements ICommandHandler<ChangeExpertAssignmentsCommand> {
  constructor(private readonly tx: CommandTransaction) {}

  execute({ envelope }: ChangeExpertAssignmentsCommand) {
    return this.tx.execute(envelope, (history) => {
      const campaign = requireCampaign(foldCampaign(history), envelope.campaignId);
      const events = changeExpertAssignments(campaign, foldCandidacies(history), foldEvaluation(history), envelope.payload);
      return { events, result: { expertId: envelope.payload.expertId, candidacyIds: envelope.payload.candidacyIds } };
    });
  }
}
