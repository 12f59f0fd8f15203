import type { CampaignStage } from '../campaign/campaign-stage';
import { advanceCampaignStage } from '../campaign/campaign';
import type { DomainEvent } from '../shared/domain-event';
import { foldEvaluation } from './expert-panel';
import { closeProjectReview, projectReviewResults, saveScoreSheetDraft, sheetTotalRecords, submitScoreSheet, unlockScoreSheet } from './score-sheet-lifecycle';
import { CAMPAIGN_ID, campaignIn, candidaciesOf, candidacy, ev, fullSheet, rejection } from './evaluation-fixtures.spec-helper';

const cands = candidaciesOf(candidacy('c1', 'cand-1'), candidacy('c2', 'cand-2'), candidacy('c3', 'cand-3', 'rejected'));
const added = (expertId: string, candidacyIds: string[] | null = null) =>
  ev('ExpertAddedToPanel', { campaignId: CAMPAIGN_ID, expertId, name: expertId, candidacyIds });
const recused = (expertId: string, candidacyId: string) =>
  ev('ConflictOfInterestDeclared', { campaignId: CAMPAIGN_ID, expertId, candidacyId, reason: 'colleague', declaredBy: 'expert' });
const submitted = (expertId: string, candidacyId: string, total: string, scores: Record<string, string> = fullSheet()) =>
  ev('ScoreSheetSubmitted', { campaignId: CAMPAIGN_ID, candidacyId, expertId, scores, comment: '', total });
const unlocked = (expertId: string, candidacyId: string) => ev('ScoreSheetUnlocked', { campaignId: CAMPAIGN_ID, candidacyId, expertId, reason: 'r' });

/** e1 scores everyone, e2 only c2, e3 is recused from c1. */
const base: DomainEvent[] = [added('e1'), added('e2', ['c2']), added('e3'), recused('e3', 'c1')];

describe('who may score what (draft and submit share the rules)', () => {
  it.each<[string, CampaignStage, string, string, string, string]>([
    ['an assigned expert in project review', 'project-review', 'e1', 'c1', 'ok', ''],
    ['before project review', 'qualification-review', 'e1', 'c1', 'stage.wrong', 'conflict'],
    ['after project review closed', 'panel-opinion', 'e1', 'c1', 'stage.wrong', 'conflict'],
    ['someone not on the panel', 'project-review', 'e9', 'c1', 'panel.not-a-member', 'forbidden'],
    ['an unknown candidacy', 'project-review', 'e1', 'nope', 'candidacy.not-found', 'not-found'],
    ['a candidacy not accepted in qualification', 'project-review', 'e1', 'c3', 'candidacy.not-qualified', 'conflict'],
    ['an unassigned candidacy', 'project-review', 'e2', 'c1', 'assignment.not-assigned', 'forbidden'],
    ['a candidacy she is recused from', 'project-review', 'e3', 'c1', 'assignment.recused', 'forbidden'],
  ])('%s', (_, stage, expertId, candidacyId, code, kind) => {
    const state = foldEvaluation(base);
    for (const decide of [saveScoreSheetDraft, submitScoreSheet]) {
      const run = () => decide(campaignIn(stage), cands, state, { expertId, candidacyId, scores: fullSheet() });
      if (code === 'ok') expect(run()).toHaveLength(1);
      else expect(rejection(run)).toEqual({ code, kind });
    }
  });

  it('refuses a candidate of the campaign even if she was put on the panel before applying', () => {
    const state = foldEvaluation([added('cand-2')]);
    expect(
      rejection(() => submitScoreSheet(campaignIn('project-review'), cands, state, { expertId: 'cand-2', candidacyId: 'c1', scores: fullSheet() })),
    ).toEqual({ code: 'panel.expert-is-candidate', kind: 'forbidden' });
  });
});

describe('score bounds and steps (default rubric: max 30/25/20/15/10, step 0.5)', () => {
  const state = foldEvaluation(base);
  const campaign = campaignIn('project-review');

  it.each<[string, Record<string, string | number>, string]>([
    ['above the maximum', { 'needs-fit': '30.5' }, 'score.out-of-range'],
    ['below zero', { feasibility: -1 }, 'score.out-of-range'],
    ['off the step', { innovation: '12.3' }, 'score.wrong-step'],
    ['an unknown criterion', { creativity: '5' }, 'score.unknown-criterion'],
    ['not a number', { presentation: 'ten' }, 'score.not-a-number'],
  ])('a draft refuses a score %s', (_, scores, code) => {
    expect(rejection(() => saveScoreSheetDraft(campaign, cands, state, { expertId: 'e1', candidacyId: 'c1', scores }))).toEqual({ code, kind: 'invalid' });
  });

  it('a draft may be partial and keeps exact text; submit needs every criterion', () => {
    const [draft] = saveScoreSheetDraft(campaign, cands, state, {
      expertId: 'e1',
      candidacyId: 'c1',
      scores: { 'needs-fit': 27.5, innovation: '18.0' },
      comment: ' ok ',
    });
    expect(draft.payload).toEqual({
      campaignId: CAMPAIGN_ID,
      candidacyId: 'c1',
      expertId: 'e1',
      scores: { 'needs-fit': '27.5', innovation: '18' },
      comment: 'ok',
    });
    const withDraft = foldEvaluation([...base, draft]);
    expect(rejection(() => submitScoreSheet(campaign, cands, withDraft, { expertId: 'e1', candidacyId: 'c1' }))).toEqual({
      code: 'score.missing-criterion',
      kind: 'invalid',
    });
  });

  it('submit takes the saved draft when no scores are sent, and records the exact total', () => {
    const draft = ev('ScoreSheetDraftSaved', { campaignId: CAMPAIGN_ID, candidacyId: 'c1', expertId: 'e1', scores: fullSheet('27.5'), comment: '思路清晰' });
    const [event] = submitScoreSheet(campaign, cands, foldEvaluation([...base, draft]), { expertId: 'e1', candidacyId: 'c1' });
    expect(event).toEqual({
      type: 'ScoreSheetSubmitted',
      payload: { campaignId: CAMPAIGN_ID, candidacyId: 'c1', expertId: 'e1', scores: fullSheet('27.5'), comment: '思路清晰', total: '97.5' },
    });
  });
});

describe('locking and unlocking', () => {
  const campaign = campaignIn('project-review');
  const locked = foldEvaluation([...base, submitted('e1', 'c1', '100')]);

  it.each<[string, () => unknown, string]>([
    ['a draft on a submitted sheet', () => saveScoreSheetDraft(campaign, cands, locked, { expertId: 'e1', candidacyId: 'c1', scores: {} }), 'sheet.locked'],
    ['a second submit', () => submitScoreSheet(campaign, cands, locked, { expertId: 'e1', candidacyId: 'c1', scores: fullSheet() }), 'sheet.already-submitted'],
    ['unlocking a sheet never submitted', () => unlockScoreSheet(campaign, locked, { expertId: 'e1', candidacyId: 'c2', reason: 'r' }), 'sheet.not-submitted'],
    [
      'unlocking after the stage closed',
      () => unlockScoreSheet(campaignIn('panel-opinion'), locked, { expertId: 'e1', candidacyId: 'c1', reason: 'r' }),
      'stage.wrong',
    ],
    [
      'unlocking without a reason',
      () => unlockScoreSheet(campaign, locked, { expertId: 'e1', candidacyId: 'c1', reason: ' ' }),
      'sheet.unlock-reason-required',
    ],
  ])('refuses %s', (_, run, code) => {
    expect(rejection(run).code).toBe(code);
  });

  it('an unlocked sheet takes drafts and one more submit, and stops counting meanwhile', () => {
    const [unlock] = unlockScoreSheet(campaign, locked, { expertId: 'e1', candidacyId: 'c1', reason: ' 打分录入有误 ' });
    expect(unlock.payload).toMatchObject({ reason: '打分录入有误' });
    const reopened = foldEvaluation([...base, submitted('e1', 'c1', '100'), unlock]);
    expect(sheetTotalRecords(reopened)).toEqual([]);
    expect(saveScoreSheetDraft(campaign, cands, reopened, { expertId: 'e1', candidacyId: 'c1', scores: { 'needs-fit': 20 } })).toHaveLength(1);
    expect(submitScoreSheet(campaign, cands, reopened, { expertId: 'e1', candidacyId: 'c1', scores: fullSheet(20) })[0].payload).toMatchObject({ total: '90' });
  });
});

describe('projectReviewResults', () => {
  const five = candidaciesOf(candidacy('c1', 'x1'));
  const panel = ['e1', 'e2', 'e3', 'e4', 'e5', 'e6'].map((id) => added(id));

  it.each<[string, DomainEvent[], string | null, number, number, boolean]>([
    ['no sheet yet', [], null, 0, 6, false],
    ['1 sheet: that sheet', [submitted('e1', 'c1', '80')], '80.00', 1, 6, false],
    ['4 sheets: plain mean', ['80', '90', '70', '81'].map((t, i) => submitted(`e${i + 1}`, 'c1', t)), '80.25', 4, 6, false],
    ['6 sheets: drop one highest and one lowest', ['80', '90', '70', '81', '90', '60'].map((t, i) => submitted(`e${i + 1}`, 'c1', t)), '80.25', 6, 6, true],
    [
      '5 sheets + 1 recused: trimmed over 5, complete',
      [...['80', '90', '70', '81', '60'].map((t, i) => submitted(`e${i + 1}`, 'c1', t)), recused('e6', 'c1')],
      '77.00',
      5,
      5,
      true,
    ],
    [
      'recusal after submitting: that sheet stops counting',
      [...['80', '90', '70', '81', '60', '10'].map((t, i) => submitted(`e${i + 1}`, 'c1', t)), recused('e6', 'c1')],
      '77.00',
      5,
      5,
      true,
    ],
    [
      'unlocked sheet does not count and is owed again',
      [...['80', '90', '70', '81', '60', '10'].map((t, i) => submitted(`e${i + 1}`, 'c1', t)), unlocked('e6', 'c1')],
      '77.00',
      5,
      6,
      false,
    ],
    ['ties at the top: one copy dropped', ['90', '90', '80', '70', '60'].map((t, i) => submitted(`e${i + 1}`, 'c1', t)), '80.00', 5, 6, false],
    ['rounds half up to 2 places', ['80', '80', '81'].map((t, i) => submitted(`e${i + 1}`, 'c1', t)), '80.33', 3, 6, false],
  ])('%s', (_, events, score, count, expected, complete) => {
    const [result] = projectReviewResults(foldEvaluation([...panel, ...events]), five, campaignIn('project-review').config.rubric);
    expect(result.score?.toFixed(2) ?? null).toBe(score);
    expect(result.sheetTotals).toHaveLength(count);
    expect(result.expectedSheets).toBe(expected);
    expect(result.complete).toBe(complete);
  });

  it('only accepted candidacies get a result', () => {
    expect(projectReviewResults(foldEvaluation(base), cands, campaignIn('project-review').config.rubric).map((r) => r.candidacyId)).toEqual(['c1', 'c2']);
  });
});

describe('closeProjectReview', () => {
  const campaign = campaignIn('project-review');
  const all = [...base, submitted('e1', 'c1', '90'), submitted('e1', 'c2', '80'), submitted('e2', 'c2', '70'), submitted('e3', 'c2', '75')];

  it('moves to panel-opinion when every non-recused assignment is submitted', () => {
    expect(closeProjectReview(campaign, cands, foldEvaluation(all), {})).toEqual([
      { type: 'CampaignStageAdvanced', payload: { campaignId: CAMPAIGN_ID, from: 'project-review', to: 'panel-opinion', reason: undefined } },
    ]);
  });

  it('refuses while sheets are missing, naming how many', () => {
    const err = (() => {
      try {
        closeProjectReview(campaign, cands, foldEvaluation(all.slice(0, -1)), {});
      } catch (e) {
        return e as Error & { code: string };
      }
    })();
    expect(err?.code).toBe('project-review.incomplete');
    expect(err?.message).toContain('1 assigned score sheet(s) are not submitted (e3 → c2)');
  });

  it('with an override reason records the missing sheets, then moves on', () => {
    expect(closeProjectReview(campaign, cands, foldEvaluation(all.slice(0, -1)), { overrideReason: ' 专家因病无法完成 ' })).toEqual([
      {
        type: 'ProjectReviewCompletenessOverridden',
        payload: { campaignId: CAMPAIGN_ID, reason: '专家因病无法完成', missing: [{ expertId: 'e3', candidacyId: 'c2' }] },
      },
      { type: 'CampaignStageAdvanced', payload: { campaignId: CAMPAIGN_ID, from: 'project-review', to: 'panel-opinion', reason: '专家因病无法完成' } },
    ]);
  });

  it.each<CampaignStage>(['qualification-review', 'panel-opinion'])('refuses from %s (stages move one step and never re-open)', (stage) => {
    expect(rejection(() => closeProjectReview(campaignIn(stage), cands, foldEvaluation(all), {})).code).toMatch(/^stage\./);
  });

  it('is the only way into panel-opinion: the generic stage command refuses it', () => {
    expect(rejection(() => advanceCampaignStage(campaign, 'panel-opinion'))).toEqual({ code: 'stage.use-close-project-review', kind: 'conflict' });
  });
});
