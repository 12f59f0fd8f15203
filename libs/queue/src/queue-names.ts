/** Every BullMQ queue the processes share. */
export enum QueueName {
  Commands = 'commands',
  Events = 'events',
  JuryBallots = 'jury-ballots',
  Notifications = 'notifications',
}

/** One job name per command; the worker checks at start-up that each has exactly one handler. */
export enum CommandJobName {
  CreateCampaign = 'CreateCampaign',
  ReconfigureCampaign = 'ReconfigureCampaign',
  AdvanceCampaignStage = 'AdvanceCampaignStage',
  DiscardDraftCampaign = 'DiscardDraftCampaign',
  GrantCampaignRole = 'GrantCampaignRole',
  RevokeCampaignRole = 'RevokeCampaignRole',
  SubmitCandidacy = 'SubmitCandidacy',
  EditCandidacy = 'EditCandidacy',
  WithdrawCandidacy = 'WithdrawCandidacy',
  DecideQualification = 'DecideQualification',
  RegisterJuror = 'RegisterJuror',
  ImportJurors = 'ImportJurors',
  RevokeJurorCredential = 'RevokeJurorCredential',
  ReissueJurorCredential = 'ReissueJurorCredential',
  RecordJuryPaperCount = 'RecordJuryPaperCount',
  RecordJuryResult = 'RecordJuryResult',
  AddExpertToPanel = 'AddExpertToPanel',
  ChangeExpertAssignments = 'ChangeExpertAssignments',
  DeclareConflictOfInterest = 'DeclareConflictOfInterest',
  SaveScoreSheetDraft = 'SaveScoreSheetDraft',
  SubmitScoreSheet = 'SubmitScoreSheet',
  UnlockScoreSheet = 'UnlockScoreSheet',
  CloseProjectReview = 'CloseProjectReview',
  RecordPanelGrade = 'RecordPanelGrade',
  FreezeRanking = 'FreezeRanking',
  RecordInspection = 'RecordInspection',
  CloseInspection = 'CloseInspection',
  PublishResults = 'PublishResults',
  LodgeObjection = 'LodgeObjection',
  AdmitObjection = 'AdmitObjection',
  DismissObjections = 'DismissObjections',
  ResolveObjection = 'ResolveObjection',
  CertifyResults = 'CertifyResults',
  RecordCorrection = 'RecordCorrection',
  SetCongressElectionRules = 'SetCongressElectionRules',
  RegisterCongressDelegates = 'RegisterCongressDelegates',
  CheckInCongressDelegates = 'CheckInCongressDelegates',
  CancelCongressCheckIn = 'CancelCongressCheckIn',
  OpenCongressRound = 'OpenCongressRound',
  IssueCongressCredentials = 'IssueCongressCredentials',
  CastCongressBallot = 'CastCongressBallot',
  RecordCongressPaperCount = 'RecordCongressPaperCount',
  CloseCongressRound = 'CloseCongressRound',
}

export enum EventJobName {
  DomainEventPublished = 'DomainEventPublished',
}

/** Jobs of the notifications queue: send one delivery, or fire one deadline reminder (a delayed job). */
export enum NotificationJobName {
  Deliver = 'deliver',
  Remind = 'remind',
}
