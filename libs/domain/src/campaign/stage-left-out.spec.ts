import fc from 'fast-check';
import { campaignIn, candidacy } from '../evaluation/evaluation-fixtures.spec-helper';
import { addExpertToPanel, changeExpertAssignments, declareConflictOfInterest, emptyEvaluation } from '../evaluation/expert-panel';
import { recordPanelGrade } from '../evaluation/panel-opinion';
import { saveScoreSheetDraft, submitScoreSheet, unlockScoreSheet } from '../evaluation/score-sheet-lifecycle';
import { EMPTY_JURY, recordJuryPaperCount, recordJuryResult, registerJurors, reissueJurorCredential, revokeJurorCredential } from '../jury/juror-roster';
import { campaignStages } from '../pipeline/campaign-stages-of';
import { type PipelineConfig, PIPELINE_TEMPLATES, SKIPPABLE_STAGE_GROUPS } from '../pipeline/pipeline-template';
import type { Candidacies } from '../candidacy/candidacy';
import { DomainError } from '../shared/domain-error';
import type { CampaignState } from './campaign';
import { CAMPAIGN_STAGES, type CampaignStage } from './campaign-stage';
import { allowedIn, type StageActivity, stageAllows, stageOfActivity } from './stage-definitions';
import { assertStageKept } from './stage-left-out';

const TIERS = [{ key: 'winner', title: '十佳', size: 2 }];
const pipelines: Record<string, PipelineConfig | undefined> = {
  'open selection (nothing left out)': undefined,
  'open selection without the panel opinion': { template: 'open-selection', skippedStages: ['panel-opinion'] },
  'honours without expert review': { template: 'honours', skippedStages: ['project-review', 'panel-opinion'], awardTiers: TIERS },
  'honours without the public vote': { template: 'honours', skippedStages: ['jury'], awardTiers: TIERS },
};

const candidacies: Candidacies = new Map([['cand-1', candidacy('cand-1', 'user-1')]]);
const evaluation = emptyEvaluation();

/** The code a command is refused with, `not-a-refusal` for any other error (inputs here are only as whole as the check needs). */
const refusalOf = (fn: () => unknown): DomainError | string | undefined => {
  try {
    fn();
    return undefined;
  } catch (err) {
    return err instanceof DomainError ? err : 'not-a-refusal';
  }
};

/** Each command of a stage's work, in a stage where the stage order alone would allow it. */
const COMMANDS: [string, StageActivity, CampaignStage, (campaign: CampaignState) => unknown][] = [
  ['add an expert to the panel', 'edit-expert-panel', 'draft', (c) => addExpertToPanel(c, candidacies, evaluation, { expertId: 'e1', name: '专家' })],
  [
    'change expert assignments',
    'edit-expert-panel',
    'qualification-review',
    (c) => changeExpertAssignments(c, candidacies, evaluation, { expertId: 'e1', candidacyIds: null }),
  ],
  [
    'declare a conflict of interest',
    'score-projects',
    'candidacy-open',
    (c) => declareConflictOfInterest(c, candidacies, evaluation, { expertId: 'e1', candidacyId: 'cand-1', reason: '亲属', declaredBy: 'organiser' }),
  ],
  [
    'save a score sheet',
    'score-projects',
    'project-review',
    (c) => saveScoreSheetDraft(c, candidacies, evaluation, { expertId: 'e1', candidacyId: 'cand-1', scores: {} }),
  ],
  ['submit a score sheet', 'score-projects', 'project-review', (c) => submitScoreSheet(c, candidacies, evaluation, { expertId: 'e1', candidacyId: 'cand-1' })],
  [
    'unlock a score sheet',
    'score-projects',
    'project-review',
    (c) => unlockScoreSheet(c, evaluation, { expertId: 'e1', candidacyId: 'cand-1', reason: '填错' }),
  ],
  [
    'record a panel grade',
    'grade-panel-opinion',
    'panel-opinion',
    (c) => recordPanelGrade(c, candidacies, evaluation, { expertId: 'e1', candidacyId: 'cand-1', grade: 'A', opinion: '好' }),
  ],
  [
    'register jurors',
    'register-jurors',
    'qualification-review',
    (c) => registerJurors(c, candidacies, EMPTY_JURY, { source: 'single', jurors: [{ jurorId: 'j1', name: '评审员', codeHash: 'h' }] }),
  ],
  [
    'revoke a juror credential',
    'register-jurors',
    'qualification-review',
    (c) => revokeJurorCredential(c, EMPTY_JURY, { jurorId: 'j1', use: { opened: false, voted: false }, reason: '发错' }),
  ],
  [
    'reissue a juror credential',
    'register-jurors',
    'qualification-review',
    (c) => reissueJurorCredential(c, EMPTY_JURY, { jurorId: 'j1', codeHash: 'h2', use: { opened: false, voted: false } } as never),
  ],
  [
    'record a paper jury count',
    'cast-jury-ballots',
    'jury',
    (c) => recordJuryPaperCount(c, { candidates: [] } as never, { count: {} as never, electronicBallotsReceived: 0 }),
  ],
  ['record the jury result', 'record-jury-result', 'ranking', (c) => recordJuryResult(c, EMPTY_JURY, { result: {} as never, pending: 0 })],
];

describe('a stage left out: its work is refused by the domain too', () => {
  describe.each(Object.entries(pipelines))('%s', (_name, pipeline) => {
    const stages = campaignStages({ pipeline });
    it.each(COMMANDS)('%s: refused exactly when its stage is left out', (_doing, activity, stage, command) => {
      const home = stageOfActivity(activity)!;
      const refusal = refusalOf(() => command(campaignIn(stage, { pipeline })));
      if (stages.includes(home)) {
        expect(refusal instanceof DomainError ? refusal.code : refusal).not.toBe('pipeline.stage-left-out');
      } else {
        expect(refusal).toBeInstanceOf(DomainError);
        const error = refusal as DomainError;
        expect([error.code, error.kind, error.params]).toEqual(['pipeline.stage-left-out', 'conflict', { stage: home }]);
      }
    });
  });

  it('names the stage each piece of work belongs to', () => {
    expect(COMMANDS.map(([, activity]) => stageOfActivity(activity))).toEqual([
      'project-review',
      'project-review',
      'project-review',
      'project-review',
      'project-review',
      'project-review',
      'panel-opinion',
      'jury',
      'jury',
      'jury',
      'jury',
      'jury',
    ]);
  });

  // The domain's rule and what the screens are shown (stageAllows) agree for every pipeline a campaign may run.
  it('agrees with stageAllows: refused exactly when no stage of the campaign allows the activity', () => {
    const activities = [...new Set(CAMPAIGN_STAGES.flatMap((s) => allowedIn(s, CAMPAIGN_STAGES)))];
    const pipeline = fc.record({
      template: fc.constantFrom(...PIPELINE_TEMPLATES),
      skippedStages: fc.constantFrom([], ...SKIPPABLE_STAGE_GROUPS),
    });
    fc.assert(
      fc.property(pipeline, fc.constantFrom(...activities), (p, activity) => {
        const config = { pipeline: p as PipelineConfig };
        const stages = campaignStages(config);
        const refused = refusalOf(() => assertStageKept(config, activity, 'act')) !== undefined;
        const everAllowed = stages.some((s) => stageAllows(s, activity, stages));
        expect(refused).toBe(!everAllowed && stageOfActivity(activity) !== undefined);
      }),
    );
  });
});
