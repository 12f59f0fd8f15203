import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { foldCampaign, foldCandidacies, foldJury, registerJurors, requireCampaign } from '@app/domain';
import { CommandTransaction } from '@app/database';
import { RegisterJurorCommand } from './register-juror.command';

@CommandHandler(RegisterJurorCommand)
export class RegisterJurorHandler implements ICommandHandler<RegisterJurorCommand> {
  constructor(private readonly tx: CommandTransaction) {}

  execute({ envelope }: RegisterJurorCommand) {
    return this.tx.execute(envelope, (history) => {
      const campaign = requireCampaign(foldCampaign(history), envelope.campaignId);
      const events = registerJurors(campaign, foldCandidacies(history), foldJury(history), { source: 'single', jurors: [envelope.payload.juror] });
      return { events, result: { jurorId: envelope.payload.juror.jurorId } };
    });
  }
}
