import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { addExpertToPanel, foldCampaign, foldCandidacies, foldEvaluation, requireCampaign } from '@app/domain';
import { CommandTransaction } from '@app/database';
import { AddExpertToPanelCommand } from './add-expert-to-panel.command';

@CommandHandler(AddExpertToPanelCommand)
export class AddExpertToPanelHandler implements ICommandHandler<AddExpertToPanelCommand> {
  constructor(private readonly tx: CommandTransaction) {}

  execute({ envelope }: AddExpertToPanelCommand) {
    return this.tx.execute(envelope, (history) => {
      const campaign = requireCampaign(foldCampaign(history), envelope.campaignId);
      const { expertId, name, candidacyIds } = envelope.payload;
      const events = addExpertToPanel(campaign, foldCandidacies(history), foldEvaluation(history), { expertId, name, candidacyIds: candidacyIds ?? null });
      return { events, result: { expertId } };
    });
  }
}
