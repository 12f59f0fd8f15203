import { Processor, WorkerHost } from '@nestjs/bullmq';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { type EventJobData, QueueName } from '@app/queue';
import { AsyncProjectionRegistry } from '../projections/async-projection';
import { workerOptions } from '../worker-options';
import { withLogSafeFailure } from './log-safe-failure';

/**
 * Feeds committed events to the async projections (awaited, so a failure retries) and marks the outbox row
 * processed: until then the relay may send the event again if Redis loses its job. A new reaction to events is a
 * new AsyncProjection (idempotent: it may see an event twice), not an in-process EventBus subscriber, which
 * would neither retry nor survive a restart.
 */
@Processor(QueueName.Events, workerOptions())
export class EventsProcessor extends WorkerHost {
  constructor(
    private readonly projections: AsyncProjectionRegistry,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {
    super();
  }

  process(job: Job<EventJobData>): Promise<void> {
    return withLogSafeFailure(() => this.project(job));
  }

  private async project(job: Job<EventJobData>): Promise<void> {
    await this.projections.project(job.data);
    await this.dataSource.query(`UPDATE outbox SET processed_at = now() WHERE event_seq = $1 AND processed_at IS NULL`, [job.data.seq]);
  }
}
