import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { AppConfig } from '@app/config';
import { type PlannedNotice, reminderFireAt } from '@app/domain';
import { type EventJobData, type NotificationJobData, NotificationJobName, QueueName } from '@app/queue';
import { NoticePlanner } from './notice-planner';

export const reminderJobId = (reminderId: string) => `reminder-${reminderId}`;

/**
 * Reminders before deadlines. When project review starts, its deadline (timeline.projectReviewClosesAt) gets a row
 * here and a delayed job for NOTIFY_REMINDER_LEAD_MS before it; an extension of that deadline moves both. When the job fires,
 * every expert with sheets still to submit is told how many; the reminder's id is the deliveries' source, so a
 * reminder fired twice sends nothing more. The row outlives Redis: the sweeper queues a lost one again.
 */
@Injectable()
export class DeadlineReminders {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectQueue(QueueName.Notifications) private readonly queue: Queue<NotificationJobData>,
    private readonly planner: NoticePlanner,
    private readonly config: AppConfig,
  ) {}

  async onEvent(event: EventJobData, now = new Date()): Promise<void> {
    const payload = event.payload as { to?: string; deadline?: string };
    if (event.type === 'DeadlineExtended' && payload.deadline === 'projectReviewClosesAt')
      return this.moveReminder(event.campaignId, new Date(payload.to!), now);
    if (event.type !== 'CampaignStageAdvanced' || payload.to !== 'project-review') return;
    const [campaign] = await this.db.query(`SELECT config->'timeline'->>'projectReviewClosesAt' AS due FROM campaigns WHERE id = $1`, [event.campaignId]);
    if (!campaign?.due) return;
    const dueAt = new Date(campaign.due);
    const fireAt = reminderFireAt(dueAt, this.config.NOTIFY_REMINDER_LEAD_MS, now);
    if (!fireAt) return;
    const reminderId = `${event.campaignId}-project-review`;
    await this.db.query(
      `INSERT INTO notification_reminders (id, campaign_id, kind, due_at, fire_at) VALUES ($1, $2, 'review-deadline', $3, $4) ON CONFLICT (id) DO NOTHING`,
      [reminderId, event.campaignId, dueAt, fireAt],
    );
    await this.schedule(reminderId, fireAt, now);
  }

  /** The deadline moved later: the reminder not yet sent moves with it (none yet: project review has not started). */
  private async moveReminder(campaignId: string, dueAt: Date, now: Date): Promise<void> {
    const reminderId = `${campaignId}-project-review`;
    const fireAt = reminderFireAt(dueAt, this.config.NOTIFY_REMINDER_LEAD_MS, now);
    const moved: unknown[] = await this.db.query(
      `UPDATE notification_reminders SET due_at = $2, fire_at = coalesce($3, fire_at) WHERE id = $1 AND fired_at IS NULL RETURNING id`,
      [reminderId, dueAt, fireAt],
    );
    if (!moved.length || !fireAt) return;
    // A delayed job keeps its delay: the old one goes, and one at the new time takes its id.
    await this.queue.remove(reminderJobId(reminderId));
    await this.schedule(reminderId, fireAt, now);
  }

  async schedule(reminderId: string, fireAt: Date, now = new Date()): Promise<void> {
    await this.queue.add(
      NotificationJobName.Remind,
      { reminderId },
      { jobId: reminderJobId(reminderId), delay: Math.max(0, fireAt.getTime() - now.getTime()) },
    );
  }

  async fire(reminderId: string): Promise<number> {
    const [reminder] = await this.db.query(`SELECT r.*, c.stage FROM notification_reminders r JOIN campaigns c ON c.id = r.campaign_id WHERE r.id = $1`, [
      reminderId,
    ]);
    if (!reminder) return 0;
    // Review already closed (or the deadline passed while Redis was away): a reminder now would only confuse.
    const notices =
      reminder.stage === 'project-review' && new Date(reminder.due_at) > new Date()
        ? await this.expertsBehind(reminder.campaign_id, new Date(reminder.due_at))
        : [];
    const queued = notices.length ? await this.planner.plan(`reminder:${reminderId}`, reminder.campaign_id, notices) : 0;
    await this.db.query(`UPDATE notification_reminders SET fired_at = coalesce(fired_at, now()) WHERE id = $1`, [reminderId]);
    return queued;
  }

  /** Each expert's assigned sheets not submitted: her assignment (all accepted candidacies when null), less recusals. */
  private async expertsBehind(campaignId: string, dueAt: Date): Promise<PlannedNotice[]> {
    const rows: { expert_id: string; missing: number }[] = await this.db.query(
      `SELECT e.expert_id, count(*)::int AS missing
       FROM evaluation_experts e
       JOIN candidacies c ON c.campaign_id = e.campaign_id AND c.status = 'accepted'
         AND (e.candidacy_ids IS NULL OR e.candidacy_ids ? c.id::text)
       WHERE e.campaign_id = $1
         AND NOT EXISTS (SELECT 1 FROM evaluation_recusals r WHERE r.campaign_id = e.campaign_id AND r.expert_id = e.expert_id AND r.candidacy_id = c.id)
         AND NOT EXISTS (SELECT 1 FROM score_sheets s WHERE s.campaign_id = e.campaign_id AND s.expert_id = e.expert_id AND s.candidacy_id = c.id AND s.status = 'submitted')
       GROUP BY e.expert_id ORDER BY e.expert_id`,
      [campaignId],
    );
    return rows.map((r) => ({
      recipient: { personId: r.expert_id },
      kind: 'review-deadline',
      params: { dueAt: dueAt.toISOString(), missing: String(r.missing) },
    }));
  }
}
