/** Every BullMQ queue the processes share. */
export enum QueueName {
  Commands = 'commands',
  Events = 'events',
  JuryBallots = 'jury-ballots',
  /** The worker's own repeatable job: erasing personal data whose retention period is over. */
  PersonalData = 'personal-data',
}

export enum EventJobName {
  DomainEventPublished = 'DomainEventPublished',
}
