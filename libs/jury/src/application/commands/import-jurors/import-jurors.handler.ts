import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { foldCampaign, foldCandidacies, foldJury, registerJurors, requireCampaign } from '@app/domain';
import { CommandTransaction } from '@app/database';
import { ImportJurorsCommand } from './import-jurors.command';

@CommandHandler(ImportJurorsCommand)
export class ImportJurorsHandler implements ICommandHandler<ImportJurorsCommand> {
  constructor(private readonly tx: CommandTransaction) {}

  execute({ envelope }: ImportJurorsCommand) {
    return this.tx.execute(envelope, (history) => {
      const campaign = requireCampaign(foldCampaign(history), envelope.campaignId);
      const jury = foldJury(history);
      const events = registerJurors(campaign, foldCandidacies(history), jury, { source: 'csv', jurors: envelope.payload.jurors });
      return { events, result: { imported: envelope.payload.jurors.length, roster: jury.jurors.size + envelope.payload.jurors.length } };
    });
  }
}
