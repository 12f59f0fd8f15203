import type { CampaignStage } from '../campaign/campaign-stage';
import {
  addExpertToPanel,
  assertNotOnPanel,
  changeExpertAssignments,
  declareConflictOfInterest,
  emptyEvaluation,
  foldEvaluation,
  missingSheets,
  panelAssignments,
} from './expert-panel';
import { CAMPAIGN_ID, campaignIn, candidaciesOf, candidacy, ev, fullSheet, rejection } from './evaluation-fixtures.spec-helper';

const cands = candidaciesOf(
  candidacy('c1', 'cand-1'),
  candidacy('c2', 'cand-2'),
  candidacy('c3', 'cand-3', 'rejected'),
  candidacy('c4', 'cand-4', 'withdrawn'),
);

const added = (expertId: string, candidacyIds: string[] | null = null) =>
  ev('ExpertAddedToPanel', { campaignId: CAMPAIGN_ID, expertId, name: expertId.toUpperCase(), candidacyIds });

describe('addExpertToPanel', () => {
  it('adds an expert assigned to everyone by default, or to a subset (duplicates folded)', () => {
    expect(addExpertToPanel(campaignIn('draft'), new Map(), emptyEvaluation(), { expertId: 'e1', name: ' 王教授 ' })).toEqual([
      { type: 'ExpertAddedToPanel', payload: { campaignId: CAMPAIGN_ID, expertId: 'e1', name: '王教授', candidacyIds: null } },
    ]);
    const [event] = addExpertToPanel(campaignIn('project-review'), cands, emptyEvaluation(), { expertId: 'e2', name: 'E2', candidacyIds: ['c1', 'c1', 'c2'] });
    expect(event.payload).toMatchObject({ candidacyIds: ['c1', 'c2'] });
  });

  it.each<[string, CampaignStage, Record<string, unknown>, string, string]>([
    ['after project review closed', 'panel-opinion', { expertId: 'e9', name: 'n' }, 'stage.wrong', 'conflict'],
    ['twice', 'project-review', { expertId: 'e1', name: 'n' }, 'panel.expert-exists', 'conflict'],
    ['a candidate of this campaign (always)', 'project-review', { expertId: 'cand-2', name: 'n' }, 'panel.expert-is-candidate', 'invalid'],
    ['a withdrawn candidate too', 'project-review', { expertId: 'cand-4', name: 'n' }, 'panel.expert-is-candidate', 'invalid'],
    ['without a name', 'project-review', { expertId: 'e9', name: '  ' }, 'panel.expert-name', 'invalid'],
    ['with an unknown candidacy', 'project-review', { expertId: 'e9', name: 'n', candidacyIds: ['nope'] }, 'panel.unknown-candidacy', 'invalid'],
  ])('refuses an expert %s', (_, stage, input, code, kind) => {
    const state = foldEvaluation([added('e1')]);
    expect(rejection(() => addExpertToPanel(campaignIn(stage), cands, state, input as never))).toEqual({ code, kind });
  });
});

describe('assertNotOnPanel (an expert here is never a candidate here; elsewhere she may be)', () => {
  it('refuses a candidacy from someone on this campaign’s panel', () => {
    expect(rejection(() => assertNotOnPanel(foldEvaluation([added('e1')]), 'e1'))).toEqual({ code: 'candidacy.person-is-expert', kind: 'invalid' });
  });

  it('lets anyone not on this panel apply, an expert of another campaign included', () => {
    expect(() => assertNotOnPanel(foldEvaluation([added('e1')]), 'e2')).not.toThrow();
  });
});

describe('changeExpertAssignments', () => {
  const submitted = ev('ScoreSheetSubmitted', { campaignId: CAMPAIGN_ID, candidacyId: 'c1', expertId: 'e1', scores: fullSheet(), comment: '', total: '100' });

  it('sets a subset or back to everyone', () => {
    const state = foldEvaluation([added('e1')]);
    expect(changeExpertAssignments(campaignIn('project-review'), cands, state, { expertId: 'e1', candidacyIds: ['c2'] })[0].payload).toMatchObject({
      candidacyIds: ['c2'],
    });
    expect(changeExpertAssignments(campaignIn('project-review'), cands, state, { expertId: 'e1', candidacyIds: null })[0].payload).toMatchObject({
      candidacyIds: null,
    });
  });

  it.each<[string, CampaignStage, string, string[] | null, string]>([
    ['an expert not on the panel', 'project-review', 'e9', null, 'panel.expert-not-found'],
    ['after project review closed', 'panel-opinion', 'e1', null, 'stage.wrong'],
    ['that would drop a submitted sheet', 'project-review', 'e1', ['c2'], 'panel.assignment-has-submitted-sheet'],
  ])('refuses %s', (_, stage, expertId, ids, code) => {
    const state = foldEvaluation([added('e1'), submitted]);
    expect(rejection(() => changeExpertAssignments(campaignIn(stage), cands, state, { expertId, candidacyIds: ids })).code).toBe(code);
  });
});

describe('declareConflictOfInterest', () => {
  const state = foldEvaluation([added('e1'), added('e2')]);
  const input: { expertId: string; candidacyId: string; reason: string; declaredBy: 'expert' | 'organiser' } = {
    expertId: 'e1',
    candidacyId: 'c1',
    reason: ' 同一单位同事 ',
    declaredBy: 'expert',
  };

  it('recuses the expert with the reason, whether she or the organiser records it', () => {
    expect(declareConflictOfInterest(campaignIn('project-review'), cands, state, input)).toEqual([
      {
        type: 'ConflictOfInterestDeclared',
        payload: { campaignId: CAMPAIGN_ID, expertId: 'e1', candidacyId: 'c1', reason: '同一单位同事', declaredBy: 'expert' },
      },
    ]);
    expect(declareConflictOfInterest(campaignIn('qualification-review'), cands, state, { ...input, declaredBy: 'organiser' })[0].payload).toMatchObject({
      declaredBy: 'organiser',
    });
  });

  it.each<[string, CampaignStage, Partial<typeof input>, string, string]>([
    ['without a reason', 'project-review', { reason: ' ' }, 'conflict-of-interest.reason-required', 'invalid'],
    ['by someone not on the panel', 'project-review', { expertId: 'e9' }, 'panel.not-a-member', 'forbidden'],
    ['by the organiser for someone not on the panel', 'project-review', { expertId: 'e9', declaredBy: 'organiser' }, 'panel.expert-not-found', 'not-found'],
    ['for an unknown candidacy', 'project-review', { candidacyId: 'nope' }, 'candidacy.not-found', 'not-found'],
    ['twice', 'project-review', { candidacyId: 'c2' }, 'conflict-of-interest.already-declared', 'conflict'],
    ['after project review closed', 'panel-opinion', {}, 'stage.wrong', 'conflict'],
  ])('refuses a declaration %s', (_, stage, change, code, kind) => {
    const withOne = foldEvaluation([
      added('e1'),
      ev('ConflictOfInterestDeclared', { campaignId: CAMPAIGN_ID, expertId: 'e1', candidacyId: 'c2', reason: 'r', declaredBy: 'expert' }),
    ]);
    expect(rejection(() => declareConflictOfInterest(campaignIn(stage), cands, withOne, { ...input, ...change }))).toEqual({ code, kind });
  });
});

describe('panelAssignments and missingSheets', () => {
  const sheet = (type: 'ScoreSheetDraftSaved' | 'ScoreSheetSubmitted' | 'ScoreSheetUnlocked', expertId: string, candidacyId: string) =>
    ev(type, { campaignId: CAMPAIGN_ID, candidacyId, expertId, scores: fullSheet(), comment: '', total: '100', reason: 'r' });

  it('lists each panel expert × each accepted candidacy she is assigned to, with recusal and sheet status', () => {
    const state = foldEvaluation([
      added('e1'),
      added('e2', ['c2', 'c3']),
      added('cand-1'), // added before she applied: a candidate is never counted as an expert
      ev('ConflictOfInterestDeclared', { campaignId: CAMPAIGN_ID, expertId: 'e1', candidacyId: 'c2', reason: 'r', declaredBy: 'organiser' }),
      sheet('ScoreSheetSubmitted', 'e1', 'c1'),
      sheet('ScoreSheetDraftSaved', 'e2', 'c2'),
    ]);
    expect(panelAssignments(state, cands)).toEqual([
      { expertId: 'e1', candidacyId: 'c1', recused: false, sheetStatus: 'submitted' },
      { expertId: 'e1', candidacyId: 'c2', recused: true, sheetStatus: 'not-started' },
      { expertId: 'e2', candidacyId: 'c2', recused: false, sheetStatus: 'draft' },
    ]);
    expect(missingSheets(state, cands)).toEqual([{ expertId: 'e2', candidacyId: 'c2', recused: false, sheetStatus: 'draft' }]);
  });

  it.each<[string, ('ScoreSheetDraftSaved' | 'ScoreSheetSubmitted' | 'ScoreSheetUnlocked')[], string]>([
    ['nothing saved', [], 'not-started'],
    ['a draft', ['ScoreSheetDraftSaved'], 'draft'],
    ['submitted', ['ScoreSheetDraftSaved', 'ScoreSheetSubmitted'], 'submitted'],
    ['unlocked', ['ScoreSheetSubmitted', 'ScoreSheetUnlocked'], 'unlocked'],
    ['unlocked, then a draft', ['ScoreSheetSubmitted', 'ScoreSheetUnlocked', 'ScoreSheetDraftSaved'], 'unlocked'],
    ['unlocked and submitted again', ['ScoreSheetSubmitted', 'ScoreSheetUnlocked', 'ScoreSheetSubmitted'], 'submitted'],
  ])('sheet status after %s', (_, types, status) => {
    const state = foldEvaluation([added('e1', ['c1']), ...types.map((t) => sheet(t, 'e1', 'c1'))]);
    expect(panelAssignments(state, cands)[0].sheetStatus).toBe(status);
    expect(missingSheets(state, cands)).toHaveLength(status === 'submitted' ? 0 : 1);
  });
});
