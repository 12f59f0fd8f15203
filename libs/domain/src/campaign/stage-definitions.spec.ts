import fc from 'fast-check';
import { refusalCode } from '../shared/domain-error.testing';
import { PANEL_EDITABLE_STAGES } from '../evaluation/expert-panel';
import { isBlindForExperts } from '../evaluation/blind-review';
import { assertRosterOpen } from '../jury/juror-roster';
import { CAMPAIGN_STAGES, type CampaignStage, stageIndex } from './campaign-stage';
import { TEMPLATE_STAGES } from '../pipeline/pipeline-template';
import { allowedIn, STAGE_DEFINITIONS, type StageActivity, stageAllows, stageEntry } from './stage-definitions';

const ACTIVITIES = [...new Set(STAGE_DEFINITIONS.flatMap((d) => d.allows))];
const stage = fc.constantFrom(...CAMPAIGN_STAGES);

describe('stage definitions', () => {
  it("list an open selection's stages once, in the order stages run (every stage but award)", () => {
    expect(STAGE_DEFINITIONS.map((d) => d.stage)).toEqual(CAMPAIGN_STAGES.filter((s) => s !== 'award'));
  });

  it('run every template in the global order', () => {
    for (const stages of Object.values(TEMPLATE_STAGES)) expect([...stages].sort((a, b) => stageIndex(a) - stageIndex(b))).toEqual(stages);
  });

  it.each([
    ['draft', ['edit-configuration', 'edit-expert-panel']],
    ['candidacy-open', ['submit-candidacy', 'adopt-child-finalists', 'edit-expert-panel']],
    ['qualification-review', ['decide-qualification', 'edit-expert-panel', 'register-jurors']],
    ['project-review', ['edit-expert-panel', 'score-projects', 'read-project-review-scores', 'register-jurors']],
    ['panel-opinion', ['read-project-review-scores', 'grade-panel-opinion', 'read-panel-opinion', 'register-jurors']],
    ['jury', ['read-project-review-scores', 'read-panel-opinion', 'register-jurors', 'cast-jury-ballots', 'read-jury-tally']],
    ['ranking', ['read-project-review-scores', 'read-panel-opinion', 'read-jury-tally', 'record-jury-result', 'read-ranking', 'freeze-ranking']],
    [
      'inspection',
      ['read-project-review-scores', 'read-panel-opinion', 'read-jury-tally', 'record-jury-result', 'read-ranking', 'read-shortlist', 'record-inspection'],
    ],
    [
      'election',
      [
        'read-project-review-scores',
        'read-panel-opinion',
        'read-jury-tally',
        'record-jury-result',
        'read-ranking',
        'read-shortlist',
        'read-election',
        'hold-election',
        'read-results',
        'publish-results',
      ],
    ],
    [
      'publicity',
      [
        'read-project-review-scores',
        'read-panel-opinion',
        'read-jury-tally',
        'record-jury-result',
        'read-ranking',
        'read-shortlist',
        'read-election',
        'read-results',
        'answer-objections',
        'correct-results',
      ],
    ],
    [
      'certified',
      [
        'read-project-review-scores',
        'read-panel-opinion',
        'read-jury-tally',
        'record-jury-result',
        'read-ranking',
        'read-shortlist',
        'read-election',
        'read-results',
        'correct-results',
      ],
    ],
  ] as [CampaignStage, StageActivity[]][])('%s allows %j', (s, activities) => {
    expect(allowedIn(s)).toEqual(activities);
  });

  it('a reading, once allowed, stays allowed in every later stage', () => {
    const readings = ACTIVITIES.filter((a) => a.startsWith('read-'));
    fc.assert(
      fc.property(stage, stage, fc.constantFrom(...readings), (a, b, reading) => {
        const [earlier, later] = stageIndex(a) <= stageIndex(b) ? [a, b] : [b, a];
        return !stageAllows(earlier, reading) || stageAllows(later, reading);
      }),
    );
  });

  it('every stage but draft is entered by a command at a campaign route; only the plain transition names the stage', () => {
    for (const s of CAMPAIGN_STAGES.slice(1)) {
      const entry = stageEntry(s);
      expect(entry.path).toMatch(/^\/campaigns\/\{campaignId\}\//);
      expect(entry.namesStage === true).toBe(entry.command === 'AdvanceCampaignStage');
      expect(entry.bareTransitionRefusal === undefined).toBe(entry.namesStage === true);
    }
  });

  // The domain's own stage rules and the definitions the UI is shown agree.
  it('agrees with the domain: expert panel, juror roster, blind review', () => {
    fc.assert(
      fc.property(stage, (s) => {
        expect(stageAllows(s, 'edit-expert-panel')).toBe(PANEL_EDITABLE_STAGES.includes(s));
        expect(stageAllows(s, 'register-jurors')).toBe(refusalCode(() => assertRosterOpen(s, 'register')) === undefined);
        expect(stageAllows(s, 'read-project-review-scores')).toBe(s === 'project-review' || !isBlindForExperts({ config: { blindReview: true }, stage: s }));
      }),
    );
  });
});
