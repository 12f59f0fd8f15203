import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { AppConfig } from '@app/config';
import { DeadlineReminders, deliveryJobId, NoticePlanner, reminderJobId } from '@app/notifications';
import { type NotificationJobData, QueueName } from '@app/queue';
import { jobState } from './job-state';
import { PeriodicSweeper } from './periodic-sweeper';

/**
 * Deliveries not yet sent and reminders not yet fired live in PostgreSQL; if Redis lost their jobs (restarted
 * empty), this queues them again under the same job id. Sending is keyed by the delivery row, so a duplicate
 * job sends nothing more.
 */
@Injectable()
export class NotificationSweeper extends PeriodicSweeper {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectQueue(QueueName.Notifications) private readonly queue: Queue<NotificationJobData>,
    private readonly planner: NoticePlanner,
    private readonly reminders: DeadlineReminders,
    private readonly config: AppConfig,
  ) {
    super(config.SWEEP_INTERVAL_MS);
  }

  protected async sweepOnce(): Promise<number> {
    const stale = `now() - ($1::int * interval '1 millisecond')`;
    const deliveries: { id: string }[] = await this.db.query(
      `SELECT id FROM notification_deliveries WHERE status IN ('pending', 'sending', 'failed') AND updated_at < ${stale} ORDER BY updated_at LIMIT 500`,
      [this.config.SWEEP_STALE_AFTER_MS],
    );
    const lost: string[] = [];
    for (const { id } of deliveries) if (await this.lost(deliveryJobId(id))) lost.push(id);
    await this.planner.queueDeliveries(lost);
    const reminders: { id: string; fire_at: Date }[] = await this.db.query(
      `SELECT id, fire_at FROM notification_reminders WHERE fired_at IS NULL AND fire_at < ${stale} ORDER BY fire_at LIMIT 100`,
      [this.config.SWEEP_STALE_AFTER_MS],
    );
    let lostReminders = 0;
    for (const r of reminders) {
      if (!(await this.lost(reminderJobId(r.id)))) continue;
      await this.reminders.schedule(r.id, new Date(r.fire_at));
      lostReminders += 1;
    }
    return lost.length + lostReminders;
  }

  /** Missing, or finished without its row saying so: the finished job is removed so that its id can be used again. */
  private async lost(jobId: string): Promise<boolean> {
    const state = await jobState(this.queue, jobId);
    if (state === 'in-flight') return false;
    if (state === 'finished') await this.queue.remove(jobId);
    return true;
  }

  protected describe(requeued: number): string {
    return `Re-queued ${requeued} notification job(s) whose jobs were lost`;
  }
}
