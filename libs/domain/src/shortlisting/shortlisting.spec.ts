import { foldCampaign } from '../campaign/campaign';
import { withDefaults } from '../campaign/campaign-config';
import { CAMPAIGN_STAGES, type CampaignStage } from '../campaign/campaign-stage';
import { foldCandidacies } from '../candidacy/candidacy';
import type { DomainEvent } from '../shared/domain-event';
import { DomainError } from '../shared/domain-error';
import { thrownDomainError } from '../shared/domain-error.testing';
import { missingRankingParts } from '../ranking/missing-ranking-parts';
import { closeInspection, recordInspection } from './inspection';
import { freezeRanking, previewRanking, whatIfWeights } from '../ranking/ranking-workflow';
import { foldShortlisting } from './shortlisting-state';
import { refusalCode } from '../shared/domain-error.testing';
import { withdrawalAfterCandidacyOpenIn, withdrawFromSelection } from './withdrawal-after-candidacy';

const campaignId = 'c1';
const config = withDefaults({
  title: 'T',
  organisingBody: 'B',
  positions: [
    { key: 'vice-chair', title: '兼职副主席', seats: 3 },
    { key: 'standing-committee', title: '兼职常委', seats: 2 },
  ],
  quotas: [{ attribute: 'grassrootsFrontline', minSharePercent: 30, appliesTo: 'shortlist' }],
});

/** name, project review total, panel grade, jury score, grassroots front-line */
const PEOPLE: [string, string, string, string, boolean][] = [
  ['A', '90', 'excellent', '80', false],
  ['B', '85', 'good', '90', false],
  ['C', '80', 'good', '85', false],
  ['D', '88', 'fair', '80', false],
  ['E', '75', 'good', '88', false],
  ['F', '70', 'fair', '70', false],
  ['H', '85', 'fair', '50', true],
  ['G', '60', 'poor', '95', true],
];

function historyUpTo(stage: CampaignStage): DomainEvent[] {
  const events: DomainEvent[] = [{ type: 'CampaignCreated', payload: { campaignId, config } }];
  const advance = (to: CampaignStage) => {
    const from = foldCampaign(events)!.stage;
    events.push({ type: 'CampaignStageAdvanced', payload: { campaignId, from, to } });
  };
  advance('candidacy-open');
  PEOPLE.forEach(([id, , , , grassroots], i) =>
    events.push({
      type: 'CandidacySubmitted',
      payload: {
        campaignId,
        candidacyId: id,
        candidateId: `person-${id}`,
        submittedAt: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(),
        details: {
          name: id,
          contact: 'x',
          gender: 'female',
          birthYear: 1980,
          education: '',
          employer: 'e',
          sector: 's',
          employment: 'part-time',
          grassrootsFrontline: grassroots,
          statement: '',
        },
        proposal: { title: 't', problem: 'p', beneficiaries: 'b', actions: 'a', milestones: 'm', budget: '1', expectedOutcomes: 'o' },
      },
    }),
  );
  advance('qualification-review');
  PEOPLE.forEach(([id]) =>
    events.push({ type: 'CandidacyQualificationDecided', payload: { campaignId, candidacyId: id, decision: 'accepted', reason: 'ok' } }),
  );
  advance('project-review');
  events.push({ type: 'ExpertAddedToPanel', payload: { campaignId, expertId: 'expert-1', name: '专家', candidacyIds: null } });
  PEOPLE.forEach(([id, total]) =>
    events.push({ type: 'ScoreSheetSubmitted', payload: { campaignId, candidacyId: id, expertId: 'expert-1', scores: {}, comment: '', total } }),
  );
  advance('panel-opinion');
  PEOPLE.forEach(([id, , grade]) =>
    events.push({ type: 'PanelGradeRecorded', payload: { campaignId, candidacyId: id, expertId: 'expert-1', grade, opinion: '意见' } }),
  );
  advance('jury');
  events.push({
    type: 'JuryResultRecorded',
    payload: { campaignId, mode: 'score', validBallots: 60, scores: PEOPLE.map(([id, , , jury]) => ({ candidacyId: id, score: jury })) },
  });
  for (const s of CAMPAIGN_STAGES.slice(CAMPAIGN_STAGES.indexOf('ranking'), CAMPAIGN_STAGES.indexOf(stage) + 1)) advance(s);
  return events;
}

const decide = (history: DomainEvent[]) => ({ campaign: foldCampaign(history)!, candidacies: foldCandidacies(history), state: foldShortlisting(history) });

describe('ranking, shortlist and inspection', () => {
  it('ranks by the exact composite with the documented tie-break (F and H both 70: higher jury wins)', () => {
    const history = historyUpTo('ranking');
    const { campaign, candidacies } = decide(history);
    const preview = previewRanking(campaign, candidacies, history);
    expect(preview.lines.map((l) => [l.candidacyId, l.composite, l.rank])).toEqual([
      ['A', '90.0000', 1],
      ['B', '86.5000', 2],
      ['C', '83.0000', 3],
      ['E', '81.9000', 4],
      ['D', '80.2000', 5],
      ['F', '70.0000', 6],
      ['H', '70.0000', 7],
      ['G', '67.5000', 8],
    ]);
    expect(preview.lines.find((l) => l.candidacyId === 'H')!.decidedBy).toBe('jury');
    expect(preview.lines[0]).toMatchObject({ projectReview: '90.00', panelPoints: '100.00', panelGrade: 'excellent', jury: '80.00', missingParts: [] });
  });

  it('forms a shortlist of seats × 1.2 (6) and swaps in grassroots candidates to reach 30%', () => {
    const history = historyUpTo('ranking');
    const { campaign, candidacies } = decide(history);
    const events = freezeRanking(campaign, candidacies, history);
    expect(events.map((e) => e.type)).toEqual(['RankingFrozen', 'ShortlistFormed', 'CampaignStageAdvanced']);
    const formed = events[1].payload as any;
    expect(formed.size).toBe(6);
    expect(formed.members.map((m: any) => `${m.candidacyId}${m.rank}:${m.via}`)).toEqual([
      'A1:rank',
      'B2:rank',
      'C3:rank',
      'E4:rank',
      'H7:quota-swap',
      'G8:quota-swap',
    ]);
    expect(formed.swaps.map((s: any) => `${s.removed.candidacyId}→${s.added.candidacyId}`)).toEqual(['F→H', 'D→G']);
  });

  it('previews other weights without changing anything and names who moves in and out', () => {
    const history = historyUpTo('ranking');
    const { campaign, candidacies } = decide(history);
    // Project-review-heavy weights 80/10/10: D = 70.4 + 7 + 8 = 85.4 overtakes E = 60 + 8.5 + 8.8 = 77.3.
    const whatIf = whatIfWeights(campaign, candidacies, history, { projectReview: 80, panelOpinion: 10, jury: 10 });
    expect(whatIf.alternative.lines.find((l) => l.candidacyId === 'D')!.composite).toBe('85.4000');
    expect(whatIf.alternative.lines.find((l) => l.candidacyId === 'E')!.composite).toBe('77.3000');
    expect(whatIf.movedIn).toEqual(['D']);
    expect(whatIf.movedOut).toEqual(['E']);
    expect(whatIf.rankChanges).toContainEqual({ candidacyId: 'D', from: 5, to: 3 });
    expect(previewRanking(campaign, candidacies, history).weights).toEqual({ projectReview: '40.00', panelOpinion: '30.00', jury: '30.00' });
  });

  it('refuses to freeze outside the ranking stage', () => {
    const history = historyUpTo('jury');
    const { campaign, candidacies } = decide(history);
    expect(() => freezeRanking(campaign, candidacies, history)).toThrow(DomainError);
  });

  it('replaces a candidate who fails inspection with the next-ranked eligible one, and closes only when all passed', () => {
    const history = historyUpTo('ranking');
    let state = decide(history);
    history.push(...freezeRanking(state.campaign, state.candidacies, history));
    state = decide(history);
    expect(() => closeInspection(state.campaign, state.state)).toThrow(/have not passed inspection/);

    const failed = recordInspection(state.campaign, state.candidacies, state.state, {
      candidacyId: 'C',
      result: 'fail',
      findings: '考察发现问题',
      inspectorId: 'i1',
    });
    expect(failed.map((e) => e.type)).toEqual(['InspectionRecorded', 'ShortlistMemberReplaced']);
    expect((failed[1].payload as any).replacement).toEqual({ candidacyId: 'D', rank: 5 });
    history.push(...failed);
    state = decide(history);
    expect(state.state.members.map((m) => m.candidacyId)).toEqual(['A', 'B', 'E', 'D', 'H', 'G']);
    expect(() =>
      recordInspection(state.campaign, state.candidacies, state.state, { candidacyId: 'C', result: 'pass', findings: 'x', inspectorId: 'i1' }),
    ).toThrow(/not on the shortlist/);

    for (const id of ['A', 'B', 'E', 'D', 'H', 'G']) {
      history.push(
        ...recordInspection(state.campaign, state.candidacies, decide(history).state, {
          candidacyId: id,
          result: 'pass',
          findings: '表现良好',
          inspectorId: 'i1',
        }),
      );
    }
    state = decide(history);
    // One outcome per candidate: a second record for her is refused.
    expect(() =>
      recordInspection(state.campaign, state.candidacies, state.state, { candidacyId: 'A', result: 'fail', findings: '改判', inspectorId: 'i2' }),
    ).toThrow(/already been inspected/);
    const closed = closeInspection(state.campaign, state.state);
    expect(closed[0].payload).toEqual({
      campaignId,
      finalists: ['A', 'B', 'E', 'D', 'H', 'G'].map((id, i) => ({ candidacyId: id, rank: [1, 2, 4, 5, 7, 8][i] })),
    });
    expect(closed[1].payload).toMatchObject({ from: 'inspection', to: 'election' });
  });

  it('requires written findings', () => {
    const history = historyUpTo('ranking');
    let state = decide(history);
    history.push(...freezeRanking(state.campaign, state.candidacies, history));
    state = decide(history);
    expect(() =>
      recordInspection(state.campaign, state.candidacies, state.state, { candidacyId: 'A', result: 'pass', findings: '  ', inspectorId: 'i1' }),
    ).toThrow(/findings/);
  });

  it('counts a missing part as 0 and says so (in the live ranking)', () => {
    const history = historyUpTo('ranking').filter((e) => e.type !== 'JuryResultRecorded');
    const { campaign, candidacies } = decide(history);
    const preview = previewRanking(campaign, candidacies, history);
    expect(preview.lines[0]).toMatchObject({ candidacyId: 'A', jury: '0.00', composite: '66.0000', missingParts: ['jury'] });
  });
});

describe('freezing waits for every weighted part', () => {
  const without = (history: DomainEvent[], drop: (e: DomainEvent) => boolean) => history.filter((e) => !drop(e));
  const reconfigured = (history: DomainEvent[], weights: { projectReview: string; panelOpinion: string; jury: string }) => {
    const [created, ...rest] = history;
    return [{ ...created, payload: { campaignId, config: { ...config, weights } } }, ...rest];
  };

  it('has nothing missing when every part has its result', () => {
    const history = historyUpTo('ranking');
    const { campaign, candidacies } = decide(history);
    expect(missingRankingParts(campaign, candidacies, history)).toEqual([]);
  });

  it('refuses while the jury result is not recorded, saying so', () => {
    const history = without(historyUpTo('ranking'), (e) => e.type === 'JuryResultRecorded');
    const { campaign, candidacies } = decide(history);
    expect(missingRankingParts(campaign, candidacies, history)).toEqual([
      { part: 'jury', reason: 'jury-result-not-recorded', candidacyIds: [], overridable: false },
    ]);
    const err = thrownDomainError(() => freezeRanking(campaign, candidacies, history));
    expect(err).toMatchObject({ code: 'ranking.parts-missing', kind: 'conflict' });
    expect(err.message).toMatch(/jury result has not been recorded/);
  });

  it('refuses while a candidate has no panel grade, naming her', () => {
    const history = without(historyUpTo('ranking'), (e) => e.type === 'PanelGradeRecorded' && ['C', 'G'].includes((e.payload as any).candidacyId));
    const { campaign, candidacies } = decide(history);
    expect(missingRankingParts(campaign, candidacies, history)).toEqual([
      { part: 'panelOpinion', reason: 'panel-grades-missing', candidacyIds: ['C', 'G'], overridable: true },
    ]);
    expect(thrownDomainError(() => freezeRanking(campaign, candidacies, history)).message).toMatch(/no panel grade: C, G/);
  });

  it('freezes without panel grades that can never come, only with a written reason, and records who and why', () => {
    const history = without(historyUpTo('ranking'), (e) => e.type === 'PanelGradeRecorded' && ['C', 'G'].includes((e.payload as any).candidacyId));
    const { campaign, candidacies } = decide(history);
    expect(thrownDomainError(() => freezeRanking(campaign, candidacies, history, '   ')).code).toBe('ranking.parts-missing');
    const events = freezeRanking(campaign, candidacies, history, '两位候选人因病未参加答辩，经领导小组同意');
    expect(events[0]).toMatchObject({
      type: 'RankingFrozen',
      payload: { override: { reason: '两位候选人因病未参加答辩，经领导小组同意', missing: [{ part: 'panelOpinion', candidacyIds: ['C', 'G'] }] } },
    });
  });

  it('never lets a reason stand in for a jury result that can still be recorded', () => {
    const history = without(
      historyUpTo('ranking'),
      (e) => e.type === 'JuryResultRecorded' || (e.type === 'PanelGradeRecorded' && (e.payload as any).candidacyId === 'C'),
    );
    const { campaign, candidacies } = decide(history);
    const err = thrownDomainError(() => freezeRanking(campaign, candidacies, history, 'a reason'));
    expect(err.code).toBe('ranking.parts-missing');
    expect(err.message).toMatch(/jury result has not been recorded/);
    expect(err.message).not.toMatch(/no panel grade/);
  });

  it('does not offer the override while panel grades can still be recorded', () => {
    const full = historyUpTo('ranking');
    const history = full.slice(
      0,
      full.findIndex((e) => e.type === 'CampaignStageAdvanced' && (e.payload as any).to === 'jury'),
    );
    const { campaign, candidacies } = decide(without(history, (e) => e.type === 'PanelGradeRecorded'));
    expect(campaign.stage).toBe('panel-opinion');
    expect(
      missingRankingParts(
        campaign,
        candidacies,
        without(history, (e) => e.type === 'PanelGradeRecorded'),
      ).find((m) => m.part === 'panelOpinion')?.overridable,
    ).toBe(false);
  });

  it('names an open project review (the ranking is shown live from then on)', () => {
    const full = historyUpTo('ranking');
    const history = full.slice(
      0,
      full.findIndex((e) => e.type === 'CampaignStageAdvanced' && (e.payload as any).to === 'panel-opinion'),
    );
    const { campaign, candidacies } = decide(history);
    expect(campaign.stage).toBe('project-review');
    expect(missingRankingParts(campaign, candidacies, history).map((m) => m.reason)).toEqual([
      'project-review-open',
      'panel-grades-missing',
      'jury-result-not-recorded',
    ]);
  });

  it('ignores a part whose weight is 0', () => {
    const history = reconfigured(
      without(historyUpTo('ranking'), (e) => e.type === 'JuryResultRecorded' || e.type === 'PanelGradeRecorded'),
      { projectReview: '100', panelOpinion: '0', jury: '0' },
    );
    const { campaign, candidacies } = decide(history);
    expect(missingRankingParts(campaign, candidacies, history)).toEqual([]);
    expect(freezeRanking(campaign, candidacies, history).map((e) => e.type)).toEqual(['RankingFrozen', 'ShortlistFormed', 'CampaignStageAdvanced']);
  });
});

describe('withdrawal after candidacy closes', () => {
  const inInspection = () => {
    const history = historyUpTo('ranking');
    const before = decide(history);
    history.push(...freezeRanking(before.campaign, before.candidacies, history));
    return history;
  };

  it.each<[string, CampaignStage, { actorId: string; onBehalf?: boolean; reason?: string }, string | undefined]>([
    ['the candidate in qualification review', 'qualification-review', { actorId: 'person-A' }, undefined],
    ['the candidate during project review', 'project-review', { actorId: 'person-A', reason: '工作调动' }, undefined],
    ['the organiser for her, with a reason', 'ranking', { actorId: 'organiser', onBehalf: true, reason: '本人来信退出' }, undefined],
    ['the organiser for her, without a reason', 'ranking', { actorId: 'organiser', onBehalf: true }, 'withdrawal.reason-required'],
    ['someone else', 'ranking', { actorId: 'person-B' }, 'candidacy.not-owner'],
    ['while the jury votes', 'jury', { actorId: 'person-A' }, 'withdrawal.during-jury'],
    ['the organiser while candidacy is open', 'candidacy-open', { actorId: 'organiser', onBehalf: true, reason: '代为撤回' }, 'withdrawal.candidate-herself'],
    ['once the congress has its finalists', 'election', { actorId: 'person-A' }, 'withdrawal.too-late'],
  ])('%s', (_label, stage, who, refusal) => {
    const { campaign, candidacies, state } = decide(historyUpTo('ranking'));
    expect(refusalCode(() => withdrawFromSelection({ ...campaign, stage }, candidacies, state, { candidacyId: 'A', ...who }))).toBe(refusal);
  });

  it('is offered in exactly the stages where a qualified candidate’s own withdrawal is taken', () => {
    const { campaign, candidacies, state } = decide(historyUpTo('ranking'));
    for (const stage of CAMPAIGN_STAGES.filter((s) => s !== 'draft' && s !== 'candidacy-open')) {
      const taken =
        refusalCode(() => withdrawFromSelection({ ...campaign, stage }, candidacies, state, { candidacyId: 'F', actorId: 'person-F' })) === undefined;
      expect([stage, withdrawalAfterCandidacyOpenIn(stage)]).toEqual([stage, taken]);
    }
  });

  it('before the freeze she simply leaves the ranking', () => {
    const history = historyUpTo('ranking');
    const { campaign, candidacies, state } = decide(history);
    const events = withdrawFromSelection(campaign, candidacies, state, { candidacyId: 'A', actorId: 'person-A', reason: '工作调动' });
    expect(events.map((e) => e.type)).toEqual(['CandidacyWithdrawn']);
    history.push(...events);
    const after = decide(history);
    expect(previewRanking(after.campaign, after.candidacies, history).lines.map((l) => l.candidacyId)).not.toContain('A');
  });

  it('on the shortlist during inspection she is replaced like a failed inspection, and is never brought back', () => {
    const history = inInspection();
    let state = decide(history);
    expect(state.state.members.map((m) => m.candidacyId)).toEqual(['A', 'B', 'C', 'E', 'H', 'G']);
    const events = withdrawFromSelection(state.campaign, state.candidacies, state.state, {
      candidacyId: 'A',
      actorId: 'organiser',
      onBehalf: true,
      reason: '本人来信因工作调动退出',
    });
    expect(events.map((e) => e.type)).toEqual(['CandidacyWithdrawn', 'ShortlistMemberReplaced']);
    expect(events[0].payload).toEqual({ campaignId, candidacyId: 'A', reason: '本人来信因工作调动退出', onBehalfBy: 'organiser' });
    expect((events[1].payload as any).replacement).toEqual({ candidacyId: 'D', rank: 5 });
    expect((events[1].payload as any).reason).toContain('withdrew');
    history.push(...events);
    state = decide(history);
    expect(state.state.members.map((m) => m.candidacyId)).toEqual(['B', 'C', 'E', 'D', 'H', 'G']);

    // A failed inspection afterwards brings in the next eligible candidate: F, not A who ranks first but withdrew.
    const failed = recordInspection(state.campaign, state.candidacies, state.state, {
      candidacyId: 'D',
      result: 'fail',
      findings: '考察发现问题',
      inspectorId: 'i1',
    });
    expect((failed[1].payload as any).replacement).toEqual({ candidacyId: 'F', rank: 6 });
    expect(refusalCode(() => withdrawFromSelection(state.campaign, state.candidacies, state.state, { candidacyId: 'A', actorId: 'person-A' }))).toBe(
      'candidacy.withdrawn',
    );
  });

  it('off the shortlist during inspection she only withdraws', () => {
    const history = inInspection();
    const { campaign, candidacies, state } = decide(history);
    const events = withdrawFromSelection(campaign, candidacies, state, { candidacyId: 'F', actorId: 'person-F' });
    expect(events.map((e) => e.type)).toEqual(['CandidacyWithdrawn']);
  });
});
