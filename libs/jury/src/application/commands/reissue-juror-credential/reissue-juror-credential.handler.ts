import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { foldCampaign, foldJury, reissueJurorCredential, requireCampaign } from '@app/domain';
import { CommandTransaction } from '@app/database';
import { JuryStore } from '../../../infrastructure/jury-store';
import { ReissueJurorCredentialCommand } from './reissue-juror-credential.command';

@CommandHandler(ReissueJurorCredentialCommand)
export class ReissueJurorCredentialHandler implements ICommandHandler<ReissueJurorCredentialCommand> {
  constructor(
    private readonly tx: CommandTransaction,
    private readonly store: JuryStore,
  ) {}

  execute({ envelope }: ReissueJurorCredentialCommand) {
    return this.tx.execute(envelope, async (history) => {
      const campaign = requireCampaign(foldCampaign(history), envelope.campaignId);
      const use = await this.store.credentialUse(envelope.payload.jurorId);
      const events = reissueJurorCredential(campaign, foldJury(history), { ...envelope.payload, use });
      return { events, result: { jurorId: envelope.payload.jurorId, status: 'not-opened' } };
    });
  }
}
