import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { foldCampaign, foldJury, requireCampaign, revokeJurorCredential } from '@app/domain';
import { CommandTransaction } from '@app/database';
import { JuryStore } from '../../../infrastructure/jury-store';
import { RevokeJurorCredentialCommand } from './revoke-juror-credential.command';

@CommandHandler(RevokeJurorCredentialCommand)
export class RevokeJurorCredentialHandler implements ICommandHandler<RevokeJurorCredentialCommand> {
  constructor(
    private readonly tx: CommandTransaction,
    private readonly store: JuryStore,
  ) {}

  execute({ envelope }: RevokeJurorCredentialCommand) {
    return this.tx.execute(envelope, async (history) => {
      const campaign = requireCampaign(foldCampaign(history), envelope.campaignId);
      // The transaction holds the campaign's lock exclusively; exchanging a code takes it shared, so no code of
      // this campaign can be opened or voted with between this read and the commit.
      const use = await this.store.credentialUse(envelope.payload.jurorId);
      const events = revokeJurorCredential(campaign, foldJury(history), { ...envelope.payload, use });
      return { events, result: { jurorId: envelope.payload.jurorId, status: 'revoked' } };
    });
  }
}
