import { CAMPAIGN_STAGES, type CampaignStage, stageIndex } from './campaign-stage';

/**
 * What a campaign's stage allows, named for what a person does or reads. The web UI shows and hides by these
 * (from the api: GET /stages and each campaign's `allows`), never by comparing stages, so a new stage changes
 * this file and not the screens.
 */
export type StageActivity =
  | 'edit-configuration'
  | 'submit-candidacy'
  | 'adopt-child-finalists'
  | 'decide-qualification'
  | 'edit-expert-panel'
  | 'score-projects'
  | 'read-project-review-scores'
  | 'grade-panel-opinion'
  | 'read-panel-opinion'
  | 'register-jurors'
  | 'cast-jury-ballots'
  | 'read-jury-tally'
  | 'record-jury-result'
  | 'read-ranking'
  | 'freeze-ranking'
  | 'read-shortlist'
  | 'record-inspection'
  | 'read-election'
  | 'hold-election'
  | 'read-results'
  | 'publish-results'
  | 'answer-objections'
  | 'correct-results';

/** How an organiser moves a campaign into a stage: the command, the route that takes it, and its reason field. */
export interface StageEntry {
  readonly command: string;
  /** The api route, `{campaignId}` to be filled in (none for draft: a campaign is created in it). */
  readonly path: string;
  /** The body field for a written reason, when the command takes one. */
  readonly reasonField?: 'reason' | 'overrideReason';
  /** True for the plain stage transition, whose body also names the stage: `{ to }`. */
  readonly namesStage?: true;
  /**
   * For a stage entered by its own command, the refusal of a bare transition into it: its code and what the
   * command checks and records that a bare transition would skip.
   */
  readonly bareTransitionRefusal?: { readonly code: string; readonly checks: string };
}

export interface StageDefinition {
  readonly stage: CampaignStage;
  readonly enteredBy: StageEntry;
  readonly allows: readonly StageActivity[];
}

const only = (stage: CampaignStage) => (s: CampaignStage) => s === stage;
const from = (first: CampaignStage) => (s: CampaignStage) => stageIndex(s) >= stageIndex(first);
const through = (first: CampaignStage, last: CampaignStage) => (s: CampaignStage) => stageIndex(s) >= stageIndex(first) && stageIndex(s) <= stageIndex(last);

/** Where each activity is allowed; the domain's own stage checks agree (stage-definitions.spec.ts). */
const ALLOWED_IN: Record<StageActivity, (stage: CampaignStage) => boolean> = {
  'edit-configuration': only('draft'),
  'submit-candidacy': only('candidacy-open'),
  'adopt-child-finalists': only('candidacy-open'),
  'decide-qualification': only('qualification-review'),
  'edit-expert-panel': through('draft', 'project-review'),
  'score-projects': only('project-review'),
  'read-project-review-scores': from('project-review'),
  'grade-panel-opinion': only('panel-opinion'),
  'read-panel-opinion': from('panel-opinion'),
  'register-jurors': through('qualification-review', 'jury'),
  'cast-jury-ballots': only('jury'),
  'read-jury-tally': from('jury'),
  'record-jury-result': from('ranking'),
  'read-ranking': from('ranking'),
  'freeze-ranking': only('ranking'),
  'read-shortlist': from('inspection'),
  'record-inspection': only('inspection'),
  'read-election': from('election'),
  'hold-election': only('election'),
  'read-results': from('election'),
  'publish-results': only('election'),
  'answer-objections': only('publicity'),
  'correct-results': through('publicity', 'certified'),
};

const advance: StageEntry = { command: 'AdvanceCampaignStage', path: '/campaigns/{campaignId}/stage', reasonField: 'reason', namesStage: true };

/**
 * How each stage is entered. Most are the plain transition; a stage whose predecessor must be finished with a
 * result (project review closed, ranking frozen, inspection closed, results published and certified) is entered
 * only by the command that records it.
 */
const ENTERED_BY: Record<CampaignStage, StageEntry> = {
  draft: { command: 'CreateCampaign', path: '/campaigns' },
  'candidacy-open': advance,
  'qualification-review': advance,
  'project-review': advance,
  'panel-opinion': {
    command: 'CloseProjectReview',
    path: '/campaigns/{campaignId}/evaluation/project-review/close',
    reasonField: 'overrideReason',
    bareTransitionRefusal: {
      code: 'stage.use-close-project-review',
      checks: 'checks that every assigned score sheet is submitted (or records an override reason)',
    },
  },
  jury: advance,
  ranking: advance,
  inspection: {
    command: 'FreezeRanking',
    path: '/campaigns/{campaignId}/ranking/freeze',
    reasonField: 'overrideReason',
    bareTransitionRefusal: { code: 'stage.use-freeze-ranking', checks: 'records the ranking and forms the shortlist' },
  },
  election: {
    command: 'CloseInspection',
    path: '/campaigns/{campaignId}/inspection/close',
    bareTransitionRefusal: { code: 'stage.use-close-inspection', checks: 'checks that every shortlisted candidate has passed inspection' },
  },
  publicity: {
    command: 'PublishResults',
    path: '/campaigns/{campaignId}/results/publish',
    bareTransitionRefusal: { code: 'stage.use-publish-results', checks: 'checks that the election is complete and records the published result' },
  },
  certified: {
    command: 'CertifyResults',
    path: '/campaigns/{campaignId}/results/certify',
    bareTransitionRefusal: { code: 'stage.use-certify-results', checks: 'checks the publicity period, the objections and the quotas' },
  },
};

export const stageEntry = (stage: CampaignStage): StageEntry => ENTERED_BY[stage];

export const stageAllows = (stage: CampaignStage, activity: StageActivity): boolean => ALLOWED_IN[activity](stage);

export const allowedIn = (stage: CampaignStage): StageActivity[] =>
  (Object.keys(ALLOWED_IN) as StageActivity[]).filter((activity) => stageAllows(stage, activity));

/** Every stage in its order, with how it is entered and what it allows. */
export const STAGE_DEFINITIONS: readonly StageDefinition[] = CAMPAIGN_STAGES.map((stage) => ({
  stage,
  enteredBy: ENTERED_BY[stage],
  allows: allowedIn(stage),
}));
