import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { closeProjectReview, foldCampaign, foldCandidacies, foldEvaluation, type ProjectReviewCompletenessOverridden, requireCampaign } from '@app/domain';
import { CommandTransaction } from '@app/database';
import { CloseProjectReviewCommand } from './close-project-review.command';

@CommandHandler(CloseProjectReviewCommand)
export class CloseProjectReviewHandler implements ICommandHandler<CloseProjectReviewCommand> {
  constructor(private readonly tx: CommandTransaction) {}

  execute({ envelope }: CloseProjectReviewCommand) {
    return this.tx.execute(envelope, (history) => {
      const campaign = requireCampaign(foldCampaign(history), envelope.campaignId);
      const events = closeProjectReview(campaign, foldCandidacies(history), foldEvaluation(history), envelope.payload);
      const overridden = events.find((e) => e.type === 'ProjectReviewCompletenessOverridden') as ProjectReviewCompletenessOverridden | undefined;
      return { events, result: { campaignId: campaign.id, stage: 'panel-opinion', missingSheets: overridden?.payload.missing.length ?? 0 } };
    });
  }
}
