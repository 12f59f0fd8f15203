import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AppConfig } from '@app/config';
import { erasePersonalData, foldCampaign, foldResults, requireCampaign } from '@app/domain';
import { CommandTransaction, scrubCampaignReadModels, shredCampaignKeys } from '@app/database';
import { ErasePersonalDataCommand, RETENTION_SCHEDULE_ACTOR } from './erase-personal-data.command';
import { retentionClock } from './retention-clock';

/**
 * Crypto-shreds a campaign's personal data once its retention period is over: the decision records
 * PersonalDataErased, and in the same transaction every data key of the campaign is deleted and its read models
 * and command requests are scrubbed. The history keeps its hashes, so the chain still verifies and every result,
 * computed from ids, still recomputes.
 */
@CommandHandler(ErasePersonalDataCommand)
export class ErasePersonalDataHandler implements ICommandHandler<ErasePersonalDataCommand> {
  constructor(
    private readonly tx: CommandTransaction,
    private readonly config: AppConfig,
  ) {}

  execute({ envelope }: ErasePersonalDataCommand) {
    return this.tx.execute(envelope, async (history, { now, manager }) => {
      const campaign = requireCampaign(foldCampaign(history), envelope.campaignId);
      const trigger = envelope.actor.id === RETENTION_SCHEDULE_ACTOR.id ? 'schedule' : 'organiser';
      const at = retentionClock(this.config, now);
      const events = erasePersonalData(campaign, foldResults(history), history, { now: at, trigger });
      const keys = await shredCampaignKeys(manager, campaign.id, `retention period over (${trigger})`, at);
      await scrubCampaignReadModels(manager, campaign.id, at);
      return { events, result: { erasedAt: at.toISOString(), keysShredded: keys } };
    });
  }
}
