import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { foldCampaign, recordCorrection, requireCampaign } from '@app/domain';
import { CommandTransaction } from '@app/database';
import { RecordCorrectionCommand } from './record-correction.command';

@CommandHandler(RecordCorrectionCommand)
export class RecordCorrectionHandler implements ICommandHandler<RecordCorrectionCommand> {
  constructor(private readonly tx: CommandTransaction) {}

  execute({ envelope }: RecordCorrectionCommand) {
    return this.tx.execute(envelope, (history, { now }) => {
      const campaign = requireCampaign(foldCampaign(history), envelope.campaignId);
      return { events: recordCorrection(campaign, { text: envelope.payload.text, now }) };
    });
  }
}
