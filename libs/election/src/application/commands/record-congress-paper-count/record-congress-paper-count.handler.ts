import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { foldCampaign, foldCongressElection, recordCongressPaperCount, requireCampaign } from '@app/domain';
import { CommandTransaction } from '@app/database';
import { RecordCongressPaperCountCommand } from './record-congress-paper-count.command';

@CommandHandler(RecordCongressPaperCountCommand)
export class RecordCongressPaperCountHandler implements ICommandHandler<RecordCongressPaperCountCommand> {
  constructor(private readonly tx: CommandTransaction) {}

  execute({ envelope }: RecordCongressPaperCountCommand) {
    return this.tx.execute(envelope, (history) => {
      const campaign = requireCampaign(foldCampaign(history), envelope.campaignId);
      const events = recordCongressPaperCount(campaign, foldCongressElection(history), envelope.payload);
      return { events, result: { roundId: envelope.payload.roundId, accepted: true } };
    });
  }
}
