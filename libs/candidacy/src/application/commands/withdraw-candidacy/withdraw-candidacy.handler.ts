import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { foldCampaign, foldCandidacies, requireCampaign, withdrawCandidacy } from '@app/domain';
import { CommandTransaction } from '@app/database';
import { WithdrawCandidacyCommand } from './withdraw-candidacy.command';

@CommandHandler(WithdrawCandidacyCommand)
export class WithdrawCandidacyHandler implements ICommandHandler<WithdrawCandidacyCommand> {
  constructor(private readonly tx: CommandTransaction) {}

  execute({ envelope }: WithdrawCandidacyCommand) {
    return this.tx.execute(envelope, (history) => {
      const campaign = requireCampaign(foldCampaign(history), envelope.campaignId);
      const { candidacyId, reason } = envelope.payload;
      const events = withdrawCandidacy(campaign, foldCandidacies(history), { candidacyId, actorId: envelope.actor.id, reason });
      return { events, result: { candidacyId } };
    });
  }
}
