import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { decideQualification, foldCampaign, foldCandidacies, requireCampaign } from '@app/domain';
import { CommandTransaction } from '@app/database';
import { DecideQualificationCommand } from './decide-qualification.command';

@CommandHandler(DecideQualificationCommand)
export class DecideQualificationHandler implements ICommandHandler<DecideQualificationCommand> {
  constructor(private readonly tx: CommandTransaction) {}

  execute({ envelope }: DecideQualificationCommand) {
    return this.tx.execute(envelope, (history) => {
      const campaign = requireCampaign(foldCampaign(history), envelope.campaignId);
      const events = decideQualification(campaign, foldCandidacies(history), envelope.payload);
      return { events, result: { candidacyId: envelope.payload.candidacyId, decision: envelope.payload.decision } };
    });
  }
}
