import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  assertNotGrantedInCampaign,
  assertNotOnPanel,
  foldCampaign,
  foldCampaignGrants,
  foldCandidacies,
  foldCandidaciesByCandidate,
  foldEvaluation,
  requireCampaign,
  submitCandidacy,
} from '@app/domain';
import { CommandTransaction } from '@app/database';
import { SubmitCandidacyCommand } from './submit-candidacy.command';

@CommandHandler(SubmitCandidacyCommand)
export class SubmitCandidacyHandler implements ICommandHandler<SubmitCandidacyCommand> {
  constructor(private readonly tx: CommandTransaction) {}

  execute({ envelope }: SubmitCandidacyCommand) {
    return this.tx.execute(envelope, (history, { now }) => {
      const campaign = requireCampaign(foldCampaign(history), envelope.campaignId);
      assertNotGrantedInCampaign(foldCampaignGrants(history), envelope.actor.id);
      assertNotOnPanel(foldEvaluation(history), envelope.actor.id);
      const { candidacyId, details, proposal, consent, nomination } = envelope.payload;
      const events = submitCandidacy(
        campaign,
        foldCandidacies(history),
        {
          candidacyId,
          candidateId: envelope.actor.id,
          details,
          proposal,
          consent,
          nomination,
          submittedAt: now,
        },
        foldCandidaciesByCandidate(history),
      );
      return { events, result: { candidacyId } };
    });
  }
}
