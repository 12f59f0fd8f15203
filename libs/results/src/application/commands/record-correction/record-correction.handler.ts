import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { foldCampaign, foldResults, recordCorrection, requireCampaign } from '@app/domain';
import { CommandTransaction } from '@app/database';
import { RecordCorrectionCommand } from './record-correction.command';

@CommandHandler(RecordCorrectionCommand)
export class RecordCorrectionHandler implements ICommandHandler<RecordCorrectionCommand> {
  constructor(private readonly tx: CommandTransaction) {}

  execute({ envelope }: RecordCorrectionCommand) {
    return this.tx.execute(envelope, (history, { now }) => {
      const campaign = requireCampaign(foldCampaign(history), envelope.campaignId);
      return { events: recordCorrection(campaign, foldResults(history), { text: envelope.payload.text, objectionIds: envelope.payload.objectionIds, now }) };
    });
  }
}
