import { Processor, WorkerHost } from '@nestjs/bullmq';
import { EventBus } from '@nestjs/cqrs';
import type { Job } from 'bullmq';
import { type EventJobData, QueueName } from '@app/queue';
import { AsyncProjectionRegistry } from '../projections/async-projection';
import { workerOptions } from '../worker-options';
import { DomainEventPublished } from './domain-event-published';

/** Feeds committed events to the async projections (awaited, so a failure retries) and then to the sagas. */
@Processor(QueueName.Events, workerOptions())
export class EventsProcessor extends WorkerHost {
  constructor(
    private readonly projections: AsyncProjectionRegistry,
    private readonly eventBus: EventBus,
  ) {
    super();
  }

  async process(job: Job<EventJobData>): Promise<void> {
    await this.projections.project(job.data);
    this.eventBus.publish(new DomainEventPublished(job.data));
  }
}
