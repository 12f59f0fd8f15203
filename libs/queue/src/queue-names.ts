/** Every BullMQ queue the processes share. */
export enum QueueName {
  Commands = 'commands',
  Events = 'events',
  JuryBallots = 'jury-ballots',
}

export enum EventJobName {
  DomainEventPublished = 'DomainEventPublished',
}
