import { Processor, WorkerHost } from '@nestjs/bullmq';
import { EventBus } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { type EventJobData, QueueName } from '@app/queue';
import { AsyncProjectionRegistry } from '../projections/async-projection';
import { workerOptions } from '../worker-options';
import { withLogSafeFailure } from './log-safe-failure';
import { DomainEventPublished } from './domain-event-published';

/**
 * Feeds committed events to the async projections (awaited, so a failure retries) and then to the sagas, and
 * marks the outbox row processed: until then the relay may send the event again if Redis loses its job.
 */
@Processor(QueueName.Events, workerOptions())
export class EventsProcessor extends WorkerHost {
  constructor(
    private readonly projections: AsyncProjectionRegistry,
    private readonly eventBus: EventBus,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {
    super();
  }

  process(job: Job<EventJobData>): Promise<void> {
    return withLogSafeFailure(() => this.project(job));
  }

  private async project(job: Job<EventJobData>): Promise<void> {
    await this.projections.project(job.data);
    this.eventBus.publish(new DomainEventPublished(job.data));
    await this.dataSource.query(`UPDATE outbox SET processed_at = now() WHERE event_seq = $1 AND processed_at IS NULL`, [job.data.seq]);
  }
}
