import { randomUUID } from 'node:crypto';
import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { AppConfig } from '@app/config';
import { chooseChannels, planNotices, type PlannedNotice } from '@app/domain';
import { type EventJobData, type NotificationJobData, NotificationJobName, QueueName } from '@app/queue';
import { candidacyRecipient, RecipientDirectory } from './recipient-directory';

/** The job of one delivery; one id per delivery, so queueing it again while it waits is a no-op. */
export const deliveryJobId = (deliveryId: string) => `delivery-${deliveryId}`;

/**
 * Turns an event (or a fired reminder) into delivery rows — one per recipient and channel, the unique key
 * (source, recipient, channel) making a second pass insert nothing — and queues every one not yet sent. Runs
 * after the event's transaction committed, from the events queue; until it has run the outbox row stays
 * unprocessed, so a crash here plans the event again.
 */
@Injectable()
export class NoticePlanner {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectQueue(QueueName.Notifications) private readonly queue: Queue<NotificationJobData>,
    private readonly directory: RecipientDirectory,
    private readonly config: AppConfig,
  ) {}

  async planEvent(event: EventJobData): Promise<number> {
    const notices = planNotices(event);
    return notices.length ? this.plan(event.id, event.campaignId, notices) : 0;
  }

  async plan(sourceId: string, campaignId: string, notices: readonly PlannedNotice[]): Promise<number> {
    for (const notice of notices) {
      const recipientId = 'personId' in notice.recipient ? notice.recipient.personId : candidacyRecipient(notice.recipient.candidacyId);
      const recipient = await this.directory.find(recipientId, campaignId);
      if (!recipient) continue;
      for (const channel of chooseChannels(recipient.preferences, recipient.contact)) {
        await this.db.query(
          `INSERT INTO notification_deliveries (id, source_id, campaign_id, recipient_id, channel, kind, params)
           VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT ON CONSTRAINT notification_deliveries_once DO NOTHING`,
          [randomUUID(), sourceId, campaignId, recipientId, channel, notice.kind, notice.params],
        );
      }
    }
    const unsent: { id: string }[] = await this.db.query(
      `SELECT id FROM notification_deliveries WHERE source_id = $1 AND status IN ('pending', 'sending', 'failed')`,
      [sourceId],
    );
    await this.queueDeliveries(unsent.map((r) => r.id));
    return unsent.length;
  }

  async queueDeliveries(ids: readonly string[]): Promise<void> {
    if (!ids.length) return;
    await this.queue.addBulk(
      ids.map((deliveryId) => ({
        name: NotificationJobName.Deliver,
        data: { deliveryId },
        opts: {
          jobId: deliveryJobId(deliveryId),
          attempts: this.config.NOTIFY_MAX_ATTEMPTS,
          backoff: { type: 'exponential', delay: this.config.NOTIFY_RETRY_DELAY_MS },
        },
      })),
    );
  }
}
