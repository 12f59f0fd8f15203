import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { closeInspection, foldCampaign, foldShortlisting, requireCampaign } from '@app/domain';
import { CommandTransaction } from '@app/database';
import { CloseInspectionCommand } from './close-inspection.command';

@CommandHandler(CloseInspectionCommand)
export class CloseInspectionHandler implements ICommandHandler<CloseInspectionCommand> {
  constructor(private readonly tx: CommandTransaction) {}

  execute({ envelope }: CloseInspectionCommand) {
    return this.tx.execute(envelope, (history) => {
      const campaign = requireCampaign(foldCampaign(history), envelope.campaignId);
      const events = closeInspection(campaign, foldShortlisting(history), { exceptionReason: envelope.payload?.exceptionReason });
      const finalists = (events[0].payload as { finalists: { candidacyId: string }[] }).finalists.map((f) => f.candidacyId);
      return { events, result: { campaignId: campaign.id, finalists } };
    });
  }
}
