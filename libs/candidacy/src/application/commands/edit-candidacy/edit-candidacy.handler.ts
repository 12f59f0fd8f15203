import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { editCandidacy, foldCampaign, foldCandidacies, requireCampaign } from '@app/domain';
import { CommandTransaction } from '@app/database';
import { EditCandidacyCommand } from './edit-candidacy.command';

@CommandHandler(EditCandidacyCommand)
export class EditCandidacyHandler implements ICommandHandler<EditCandidacyCommand> {
  constructor(private readonly tx: CommandTransaction) {}

  execute({ envelope }: EditCandidacyCommand) {
    return this.tx.execute(envelope, (history, { now }) => {
      const campaign = requireCampaign(foldCampaign(history), envelope.campaignId);
      const { candidacyId, details, proposal, consent } = envelope.payload;
      const events = editCandidacy(campaign, foldCandidacies(history), { candidacyId, actorId: envelope.actor.id, details, proposal, consent, at: now });
      return { events, result: { candidacyId } };
    });
  }
}
