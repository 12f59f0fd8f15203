import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { foldCampaign, foldCandidacies, foldShortlisting, requireCampaign, withdrawFromSelection } from '@app/domain';
import { CommandTransaction } from '@app/database';
import { WithdrawCandidacyCommand } from './withdraw-candidacy.command';

@CommandHandler(WithdrawCandidacyCommand)
export class WithdrawCandidacyHandler implements ICommandHandler<WithdrawCandidacyCommand> {
  constructor(private readonly tx: CommandTransaction) {}

  execute({ envelope }: WithdrawCandidacyCommand) {
    return this.tx.execute(envelope, (history) => {
      const campaign = requireCampaign(foldCampaign(history), envelope.campaignId);
      const { candidacyId, reason, onBehalf } = envelope.payload;
      const events = withdrawFromSelection(campaign, foldCandidacies(history), foldShortlisting(history), {
        candidacyId,
        actorId: envelope.actor.id,
        reason,
        onBehalf: onBehalf === true,
      });
      const replaced = events.find((e) => e.type === 'ShortlistMemberReplaced');
      return {
        events,
        result: { candidacyId, replacement: replaced?.type === 'ShortlistMemberReplaced' ? (replaced.payload.replacement?.candidacyId ?? null) : null },
      };
    });
  }
}
