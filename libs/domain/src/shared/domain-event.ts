/**
 * Every fact the domain records. Events are plain data so that they can be stored as JSON, hashed,
 * exported and replayed by a third party without this code base.
 */
export interface DomainEvent<TType extends string = string, TPayload = unknown> {
  readonly type: TType;
  readonly payload: TPayload;
}

/** Who caused an event: recorded with every event for the audit trail. */
export interface Actor {
  readonly id: string;
  readonly name?: string;
  readonly roles: readonly Role[];
}

export const ROLES = ['organiser', 'expert', 'juror', 'delegate', 'candidate', 'inspector', 'counting-officer'] as const;
export type Role = (typeof ROLES)[number];

/** A recorded event as the domain sees it when replaying a campaign's history. */
export interface RecordedEvent<E extends DomainEvent = DomainEvent> {
  readonly event: E;
  readonly actorId: string;
  readonly occurredAt: Date;
  readonly version: number;
}
