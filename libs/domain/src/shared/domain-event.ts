/**
 * Every fact the domain records. Events are plain data so that they can be stored as JSON, hashed,
 * exported and replayed by a third party without this code base.
 */
export interface DomainEvent<TType extends string = string, TPayload = unknown> {
  readonly type: TType;
  readonly payload: TPayload;
}

export const ROLES = ['organiser', 'expert', 'juror', 'delegate', 'candidate', 'inspector', 'counting-officer'] as const;
export type Role = (typeof ROLES)[number];
