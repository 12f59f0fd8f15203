import type { EventJobData } from '@app/queue';

/** Published on the in-process EventBus for sagas, after the async projections have run. */
export class DomainEventPublished {
  constructor(readonly event: EventJobData) {}
}
