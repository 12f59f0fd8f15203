import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { foldCampaign, foldCandidacies, foldShortlisting, recordInspection, requireCampaign } from '@app/domain';
import { CommandTransaction } from '@app/database';
import { RecordInspectionCommand } from './record-inspection.command';

@CommandHandler(RecordInspectionCommand)
export class RecordInspectionHandler implements ICommandHandler<RecordInspectionCommand> {
  constructor(private readonly tx: CommandTransaction) {}

  execute({ envelope }: RecordInspectionCommand) {
    return this.tx.execute(envelope, (history) => {
      const campaign = requireCampaign(foldCampaign(history), envelope.campaignId);
      const events = recordInspection(campaign, foldCandidacies(history), foldShortlisting(history), { ...envelope.payload, inspectorId: envelope.actor.id });
      const replaced = events.find((e) => e.type === 'ShortlistMemberReplaced')?.payload as { replacement: { candidacyId: string } | null } | undefined;
      return {
        events,
        result: { candidacyId: envelope.payload.candidacyId, result: envelope.payload.result, replacement: replaced?.replacement?.candidacyId ?? null },
      };
    });
  }
}
