import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DeadlineReminders, NoticePlanner } from '@app/notifications';
import type { EventJobData } from '@app/queue';
import { type AsyncProjection, AsyncProjectionRegistry } from './async-projection';

/**
 * The notifications' outbox: each committed event plans its deliveries (unique per event, recipient and channel)
 * and its deadline reminders before the event's outbox row is marked processed.
 */
@Injectable()
export class NotificationsProjection implements AsyncProjection, OnModuleInit {
  readonly name = 'notifications';

  constructor(
    private readonly planner: NoticePlanner,
    private readonly reminders: DeadlineReminders,
    private readonly registry: AsyncProjectionRegistry,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async project(event: EventJobData): Promise<void> {
    await this.planner.planEvent(event);
    await this.reminders.onEvent(event);
  }
}
