/** Every BullMQ queue the processes share. */
export enum QueueName {
  Commands = 'commands',
  Events = 'events',
  JuryBallots = 'jury-ballots',
  /** The worker's own repeatable job: erasing personal data whose retention period is over. */
  PersonalData = 'personal-data',
  Notifications = 'notifications',
}

export enum EventJobName {
  DomainEventPublished = 'DomainEventPublished',
}

/** Jobs of the notifications queue: send one delivery, or fire one deadline reminder (a delayed job). */
export enum NotificationJobName {
  Deliver = 'deliver',
  Remind = 'remind',
}
