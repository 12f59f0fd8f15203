import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import type { Job } from 'bullmq';
import { logSafeError } from '@app/config';
import { DeadlineReminders, NoticeSender } from '@app/notifications';
import { type NotificationJobData, NotificationJobName, QueueName } from '@app/queue';
import { workerOptions } from '../worker-options';

/** Sends deliveries and fires deadline reminders; BullMQ retries a failed delivery with exponential backoff. */
@Processor(QueueName.Notifications, workerOptions())
export class NotificationsProcessor extends WorkerHost {
  private readonly logger = new Logger(NotificationsProcessor.name);

  constructor(
    private readonly sender: NoticeSender,
    private readonly reminders: DeadlineReminders,
  ) {
    super();
  }

  async process(job: Job<NotificationJobData>): Promise<string> {
    if (job.name === NotificationJobName.Remind) return `planned ${await this.reminders.fire(job.data.reminderId!)}`;
    return this.sender.deliver(job.data.deliveryId!, job.attemptsMade + 1 >= (job.opts.attempts ?? 1));
  }

  /** Delivery errors name no address or secret; anything else (a database error) is logged the safe way. */
  @OnWorkerEvent('failed')
  onFailed(job: Job<NotificationJobData> | undefined, err: Error): void {
    this.logger.warn(`Notification job ${job?.name ?? '?'} failed (attempt ${job?.attemptsMade ?? '?'}): ${logSafeError(err).message}`);
  }
}
