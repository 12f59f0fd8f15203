/** A command job carries only its id: the command row in PostgreSQL is the single source of truth. */
export interface CommandJobData {
  readonly commandId: string;
}

/** An event job, published by the outbox relay after the event's transaction committed. */
export interface EventJobData {
  readonly seq: string;
  readonly id: string;
  readonly campaignId: string;
  readonly version: number;
  readonly type: string;
  readonly payload: unknown;
  readonly actorId: string;
  readonly occurredAt: string;
}

/** A notifications job: the delivery row (or reminder row) in PostgreSQL holds everything else. */
export interface NotificationJobData {
  readonly deliveryId?: string;
  readonly reminderId?: string;
}
