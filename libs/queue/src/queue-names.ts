/** Every BullMQ queue the processes share. */
export enum QueueName {
  Commands = 'commands',
  Events = 'events',
}

/** One job name per command; the worker checks at start-up that each has exactly one handler. */
export enum CommandJobName {
  CreateCampaign = 'CreateCampaign',
  ReconfigureCampaign = 'ReconfigureCampaign',
  AdvanceCampaignStage = 'AdvanceCampaignStage',
  SubmitCandidacy = 'SubmitCandidacy',
  EditCandidacy = 'EditCandidacy',
  WithdrawCandidacy = 'WithdrawCandidacy',
  DecideQualification = 'DecideQualification',
}

export enum EventJobName {
  DomainEventPublished = 'DomainEventPublished',
}
