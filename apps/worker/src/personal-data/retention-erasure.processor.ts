import { randomUUID } from 'node:crypto';
import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { AppConfig } from '@app/config';
import { completeDueErasureRequests, recordCommand } from '@app/database';
import { retentionEndsAt } from '@app/domain';
import { CommandQueue, QueueName } from '@app/queue';
import { ErasePersonalDataCommand, RETENTION_SCHEDULE_ACTOR, retentionClock, scheduledErasureKey } from '@app/results';
import { workerOptions } from '../worker-options';

/** The one scheduler of the erasure job: upserting it again (every worker start) keeps one schedule, not one per start. */
export const RETENTION_ERASURE_SCHEDULER = 'erase-personal-data-past-retention';
export const RETENTION_ERASURE_JOB = 'EraseDuePersonalData';

/**
 * Daily (PERSONAL_DATA_ERASURE_EVERY_MS): every certified campaign whose retention period is over and whose
 * personal data is still held gets an ErasePersonalData command from the retention schedule, recorded once per
 * campaign (unique actor + idempotency key) and applied like any other command; then the erasure requests whose
 * date has come and whose data is gone are marked done.
 */
@Processor(QueueName.PersonalData, workerOptions())
export class RetentionErasureProcessor extends WorkerHost implements OnApplicationBootstrap {
  private readonly logger = new Logger(RetentionErasureProcessor.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue(QueueName.PersonalData) private readonly queue: Queue,
    private readonly commandQueue: CommandQueue,
    private readonly config: AppConfig,
  ) {
    super();
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler(RETENTION_ERASURE_SCHEDULER, { every: this.config.PERSONAL_DATA_ERASURE_EVERY_MS }, { name: RETENTION_ERASURE_JOB });
  }

  async process(): Promise<{ erasing: number }> {
    const now = retentionClock(this.config, new Date());
    const due = await this.campaignsPastRetention(now);
    for (const campaignId of due) {
      const envelope = { commandId: randomUUID(), type: ErasePersonalDataCommand.type, campaignId, payload: {}, actor: RETENTION_SCHEDULE_ACTOR };
      const recorded = await recordCommand(this.dataSource.manager, envelope, scheduledErasureKey(campaignId));
      // A command recorded by an earlier run and still pending is queued again by the pending-command sweeper.
      if (recorded.kind === 'new') await this.commandQueue.enqueue(envelope.type, envelope.commandId);
    }
    await completeDueErasureRequests(this.dataSource.manager, now);
    if (due.length > 0) this.logger.log(`Erasing the personal data of ${due.length} campaign(s) whose retention period is over`);
    return { erasing: due.length };
  }

  private async campaignsPastRetention(now: Date): Promise<string[]> {
    const rows: { id: string; retention_days: unknown; certified_at: string }[] = await this.dataSource.query(
      `SELECT c.id, c.config->'retentionDays' AS retention_days, certified.payload->>'certifiedAt' AS certified_at
       FROM campaigns c
       JOIN LATERAL (SELECT payload FROM events e WHERE e.campaign_id = c.id AND e.type = 'ResultsCertified' ORDER BY e.version DESC LIMIT 1) certified ON true
       WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.campaign_id = c.id AND e.type = 'PersonalDataErased')`,
    );
    return rows
      .filter((r) => {
        const ends = retentionEndsAt(
          { config: typeof r.retention_days === 'number' ? { retentionDays: r.retention_days } : {} },
          { certified: { certifiedAt: r.certified_at } },
        );
        return ends !== null && ends <= now;
      })
      .map((r) => r.id);
  }
}
