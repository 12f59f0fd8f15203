import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { declareConflictOfInterest, foldCampaign, foldCandidacies, foldEvaluation, forbidden, requireCampaign } from '@app/domain';
import { CommandTransaction } from '@app/database';
import { DeclareConflictOfInterestCommand } from './declare-conflict-of-interest.command';

@CommandHandler(DeclareConflictOfInterestCommand)
export class DeclareConflictOfInterestHandler implements ICommandHandler<DeclareConflictOfInterestCommand> {
  constructor(private readonly tx: CommandTransaction) {}

  execute({ envelope }: DeclareConflictOfInterestCommand) {
    return this.tx.execute(envelope, (history) => {
      const campaign = requireCampaign(foldCampaign(history), envelope.campaignId);
      const { expertId, candidacyId, reason, declaredBy } = envelope.payload;
      // Who declares is checked against the signed-in actor, not taken from the request.
      if (declaredBy === 'expert' && expertId !== envelope.actor.id)
        throw forbidden('conflict-of-interest.not-yours', 'An expert may only declare her own conflicts of interest.');
      if (declaredBy === 'organiser' && !envelope.actor.roles.includes('organiser'))
        throw forbidden('conflict-of-interest.organiser-only', 'Only an organiser may record a conflict for another expert.');
      const events = declareConflictOfInterest(campaign, foldCandidacies(history), foldEvaluation(history), { expertId, candidacyId, reason, declaredBy });
      return { events, result: { expertId, candidacyId, recused: true } };
    });
  }
}
