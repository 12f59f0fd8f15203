import { type CampaignStage, OPEN_SELECTION_STAGES, stageIndex } from './campaign-stage';

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
  | 'read-awards'
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
  'read-awards': from('award'),
  'read-results': from('election'),
  'publish-results': (s) => s === 'election' || s === 'award',
  'answer-objections': only('publicity'),
  'correct-results': through('publicity', 'certified'),
};

/**
 * Activities that belong to one stage's work: a campaign that leaves that stage out never allows them, whatever
 * its stage (e.g. no expert panel to edit in a campaign without expert review).
 */
const BELONGS_TO: Partial<Record<StageActivity, CampaignStage>> = {
  'edit-expert-panel': 'project-review',
  'score-projects': 'project-review',
  'read-project-review-scores': 'project-review',
  'grade-panel-opinion': 'panel-opinion',
  'read-panel-opinion': 'panel-opinion',
  'register-jurors': 'jury',
  'cast-jury-ballots': 'jury',
  'read-jury-tally': 'jury',
  'record-jury-result': 'jury',
  'read-election': 'election',
  'hold-election': 'election',
  'read-awards': 'award',
};

/** The stage whose work `activity` is, if it belongs to one (a campaign leaving that stage out never allows it). */
export const stageOfActivity = (activity: StageActivity): CampaignStage | undefined => BELONGS_TO[activity];

const advance: StageEntry = { command: 'AdvanceCampaignStage', path: '/campaigns/{campaignId}/stage', reasonField: 'reason', namesStage: true };
const created: StageEntry = { command: 'CreateCampaign', path: '/campaigns' };

/**
 * The stages whose end must be recorded with a result (project review closed, ranking frozen, inspection closed,
 * results published, certified), by the command that records it: whatever stage follows in the campaign is
 * entered only by that command. After any other stage the next is entered by the plain transition.
 */
const CLOSED_BY: Partial<Record<CampaignStage, StageEntry>> = {
  'project-review': {
    command: 'CloseProjectReview',
    path: '/campaigns/{campaignId}/evaluation/project-review/close',
    reasonField: 'overrideReason',
    bareTransitionRefusal: {
      code: 'stage.use-close-project-review',
      checks: 'checks that every assigned score sheet is submitted (or records an override reason)',
    },
  },
  ranking: {
    command: 'FreezeRanking',
    path: '/campaigns/{campaignId}/ranking/freeze',
    reasonField: 'overrideReason',
    bareTransitionRefusal: { code: 'stage.use-freeze-ranking', checks: 'records the ranking and forms the shortlist' },
  },
  inspection: {
    command: 'CloseInspection',
    path: '/campaigns/{campaignId}/inspection/close',
    bareTransitionRefusal: { code: 'stage.use-close-inspection', checks: 'checks that every shortlisted candidate has passed inspection' },
  },
  election: {
    command: 'PublishResults',
    path: '/campaigns/{campaignId}/results/publish',
    bareTransitionRefusal: { code: 'stage.use-publish-results', checks: 'checks that the election is complete and records the published result' },
  },
  award: {
    command: 'PublishResults',
    path: '/campaigns/{campaignId}/results/publish',
    bareTransitionRefusal: { code: 'stage.use-publish-results', checks: 'records the award tiers from the finalists in ranking order' },
  },
  publicity: {
    command: 'CertifyResults',
    path: '/campaigns/{campaignId}/results/certify',
    bareTransitionRefusal: { code: 'stage.use-certify-results', checks: 'checks the publicity period, the objections and the quotas' },
  },
};

/** How `stage` is entered in a campaign running `stages`: by the command that closes the stage before it, if any. */
export function stageEntry(stage: CampaignStage, stages: readonly CampaignStage[] = OPEN_SELECTION_STAGES): StageEntry {
  const at = stages.indexOf(stage);
  if (stage === 'draft') return created;
  return (at > 0 && CLOSED_BY[stages[at - 1]]) || advance;
}

/** Whether `activity` is allowed in `stage` of a campaign running `stages`. */
export const stageAllows = (stage: CampaignStage, activity: StageActivity, stages: readonly CampaignStage[] = OPEN_SELECTION_STAGES): boolean => {
  const home = BELONGS_TO[activity];
  return ALLOWED_IN[activity](stage) && (home === undefined || stages.includes(home));
};

export const allowedIn = (stage: CampaignStage, stages: readonly CampaignStage[] = OPEN_SELECTION_STAGES): StageActivity[] =>
  (Object.keys(ALLOWED_IN) as StageActivity[]).filter((activity) => stageAllows(stage, activity, stages));

/** A campaign's stages in its order, with how each is entered and what it allows (`campaignStages(config)`). */
export const stageDefinitions = (stages: readonly CampaignStage[]): StageDefinition[] =>
  stages.map((stage) => ({ stage, enteredBy: stageEntry(stage, stages), allows: allowedIn(stage, stages) }));

/** An open selection's stages: a campaign configured without a pipeline runs these. */
export const STAGE_DEFINITIONS: readonly StageDefinition[] = stageDefinitions(OPEN_SELECTION_STAGES);
