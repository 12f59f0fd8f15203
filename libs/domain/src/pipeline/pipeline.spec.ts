import fc from 'fast-check';
import { type CampaignState, advanceCampaignStage } from '../campaign/campaign';
import { type CampaignConfig, validateCampaignConfig, withDefaults } from '../campaign/campaign-config';
import type { CampaignStage } from '../campaign/campaign-stage';
import { allowedIn, stageDefinitions } from '../campaign/stage-definitions';
import { foldEvaluation } from '../evaluation/expert-panel';
import { closeProjectReview } from '../evaluation/score-sheet-lifecycle';
import { foldResults, publishResults } from '../results/results';
import type { ResultsPublished } from '../results/results-events';
import { refusalCode, thrownDomainError } from '../shared/domain-error.testing';
import { closeInspection } from '../shortlisting/inspection';
import type { ShortlistingState } from '../shortlisting/shortlisting-state';
import { allocateAwardTiers } from './award-tiers';
import { campaignStages } from './campaign-stages-of';
import { HONOURS_TEMPLATE_CONFIG } from './honours-template';
import type { PipelineConfig } from './pipeline-template';

const TIERS = [
  { key: 'winner', title: '十佳家庭', size: 2 },
  { key: 'nominee', title: '提名奖', size: 3 },
];

const configOf = (pipeline: PipelineConfig | undefined, weights = { projectReview: '40', panelOpinion: '30', jury: '30' }): CampaignConfig =>
  withDefaults({
    title: '十佳家庭评选',
    organisingBody: '某市妇女联合会',
    positions: [{ key: 'family', title: '十佳家庭', seats: 5 }],
    weights,
    ...(pipeline ? { pipeline } : {}),
  });

const honours = (extra: Partial<PipelineConfig> = {}): PipelineConfig => ({ template: 'honours', awardTiers: TIERS, ...extra });

describe('campaignStages: each template in its order, less what the campaign leaves out', () => {
  it.each<[string, PipelineConfig | undefined, CampaignStage[]]>([
    [
      'no pipeline (recorded before pipelines): open selection',
      undefined,
      [
        'draft',
        'candidacy-open',
        'qualification-review',
        'project-review',
        'panel-opinion',
        'jury',
        'ranking',
        'inspection',
        'election',
        'publicity',
        'certified',
      ],
    ],
    [
      'honours',
      honours(),
      [
        'draft',
        'candidacy-open',
        'qualification-review',
        'project-review',
        'panel-opinion',
        'jury',
        'ranking',
        'inspection',
        'award',
        'publicity',
        'certified',
      ],
    ],
    [
      'honours without expert review',
      honours({ skippedStages: ['project-review', 'panel-opinion'] }),
      ['draft', 'candidacy-open', 'qualification-review', 'jury', 'ranking', 'inspection', 'award', 'publicity', 'certified'],
    ],
    [
      'honours without public vote',
      honours({ skippedStages: ['jury'] }),
      ['draft', 'candidacy-open', 'qualification-review', 'project-review', 'panel-opinion', 'ranking', 'inspection', 'award', 'publicity', 'certified'],
    ],
    [
      'open selection without the panel opinion',
      { template: 'open-selection', skippedStages: ['panel-opinion'] },
      ['draft', 'candidacy-open', 'qualification-review', 'project-review', 'jury', 'ranking', 'inspection', 'election', 'publicity', 'certified'],
    ],
  ])('%s', (_, pipeline, stages) => {
    expect(campaignStages(configOf(pipeline))).toEqual(stages);
  });
});

describe('validatePipeline (through the campaign configuration)', () => {
  const validate = (pipeline: PipelineConfig, weights?: CampaignConfig['weights']) => {
    const code = refusalCode(() => validateCampaignConfig(configOf(pipeline, weights)));
    return code === undefined ? undefined : thrownDomainError(() => validateCampaignConfig(configOf(pipeline, weights)));
  };
  const expertReviewOff = { projectReview: '0', panelOpinion: '0', jury: '100' };

  it.each<[string, PipelineConfig, CampaignConfig['weights'] | undefined, string | undefined, string | undefined]>([
    ['honours with tiers', honours(), undefined, undefined, undefined],
    ['expert review left out, weighted 0', honours({ skippedStages: ['project-review', 'panel-opinion'] }), expertReviewOff, undefined, undefined],
    [
      'panel opinion alone left out',
      honours({ skippedStages: ['panel-opinion'] }),
      { projectReview: '70', panelOpinion: '0', jury: '30' },
      undefined,
      undefined,
    ],
    ['public vote left out', honours({ skippedStages: ['jury'] }), { projectReview: '60', panelOpinion: '40', jury: '0' }, undefined, undefined],
    ['a skipped part still weighted', honours({ skippedStages: ['jury'] }), undefined, 'pipeline.skipped-stage-weighted', 'weights.jury'],
    [
      'project review without the panel',
      honours({ skippedStages: ['project-review'] }),
      expertReviewOff,
      'pipeline.skip-expert-review-whole',
      'pipeline.skippedStages',
    ],
    [
      'every scoring stage',
      honours({ skippedStages: ['project-review', 'panel-opinion', 'jury'] }),
      expertReviewOff,
      'pipeline.no-scoring-stage',
      'pipeline.skippedStages',
    ],
    ['inspection', honours({ skippedStages: ['inspection'] }), undefined, 'pipeline.stage-not-skippable', 'pipeline.skippedStages.0'],
    ['honours without tiers', { template: 'honours' }, undefined, 'pipeline.award-tiers-required', 'pipeline.awardTiers'],
    ['a tier of 0 places', honours({ awardTiers: [{ key: 'a', title: 'A', size: 0 }] }), undefined, 'pipeline.award-tier-size', 'pipeline.awardTiers.0.size'],
    ['a tier key twice', honours({ awardTiers: [TIERS[0], TIERS[0]] }), undefined, 'pipeline.award-tier-duplicate-key', 'pipeline.awardTiers.1.key'],
    ['tiers in an open selection', { template: 'open-selection', awardTiers: TIERS }, undefined, 'pipeline.award-tiers-honours-only', 'pipeline.awardTiers'],
    ['an unknown template', { template: 'lottery' as never }, undefined, 'pipeline.template', 'pipeline.template'],
  ])('%s', (_, pipeline, weights, code, field) => {
    const err = validate(pipeline, weights);
    expect(err?.code).toBe(code);
    expect(err?.field).toBe(field);
  });
});

describe('stage definitions of a campaign', () => {
  const withoutExperts = campaignStages(
    configOf(honours({ skippedStages: ['project-review', 'panel-opinion'] }), { projectReview: '0', panelOpinion: '0', jury: '100' }),
  );

  it('enter award by closing inspection and publicity by publishing the awards', () => {
    const definitions = stageDefinitions(campaignStages(configOf(honours())));
    expect(definitions.find((d) => d.stage === 'award')?.enteredBy.command).toBe('CloseInspection');
    expect(definitions.find((d) => d.stage === 'publicity')?.enteredBy.command).toBe('PublishResults');
    expect(definitions.find((d) => d.stage === 'award')?.allows).toEqual(expect.arrayContaining(['read-awards', 'publish-results', 'read-results']));
    expect(definitions.flatMap((d) => d.allows)).not.toContain('hold-election');
  });

  it('enter the stage after a left-out one by whatever closes the stage before it', () => {
    const withoutPanel = stageDefinitions(
      campaignStages(configOf(honours({ skippedStages: ['panel-opinion'] }), { projectReview: '70', panelOpinion: '0', jury: '30' })),
    );
    expect(withoutPanel.find((d) => d.stage === 'jury')?.enteredBy.command).toBe('CloseProjectReview');
    const campaign: CampaignState = {
      id: 'c',
      stage: 'project-review',
      config: configOf(honours({ skippedStages: ['panel-opinion'] }), { projectReview: '70', panelOpinion: '0', jury: '30' }),
    };
    expect(closeProjectReview(campaign, new Map(), foldEvaluation([]), {}).at(-1)?.payload).toMatchObject({ from: 'project-review', to: 'jury' });
    const withoutJury = stageDefinitions(
      campaignStages(configOf(honours({ skippedStages: ['jury'] }), { projectReview: '60', panelOpinion: '40', jury: '0' })),
    );
    expect(withoutJury.find((d) => d.stage === 'ranking')?.enteredBy.command).toBe('AdvanceCampaignStage');
  });

  it('never allow the work of a stage the campaign leaves out', () => {
    expect(allowedIn('draft', withoutExperts)).toEqual(['edit-configuration']);
    expect(allowedIn('jury', withoutExperts)).toEqual(['register-jurors', 'cast-jury-ballots', 'read-jury-tally']);
    expect(allowedIn('ranking', campaignStages(configOf(honours({ skippedStages: ['jury'] }))))).not.toContain('record-jury-result');
  });

  it('advance from qualification review straight to the public vote when expert review is left out', () => {
    const campaign: CampaignState = {
      id: 'c',
      stage: 'qualification-review',
      config: configOf(honours({ skippedStages: ['project-review', 'panel-opinion'] }), { projectReview: '0', panelOpinion: '0', jury: '100' }),
    };
    expect(advanceCampaignStage(campaign, 'jury')[0].payload).toMatchObject({ from: 'qualification-review', to: 'jury' });
    expect(refusalCode(() => advanceCampaignStage(campaign, 'project-review'))).toBe('stage.out-of-order');
    expect(refusalCode(() => advanceCampaignStage({ ...campaign, stage: 'inspection' }, 'award'))).toBe('stage.use-close-inspection');
    expect(refusalCode(() => advanceCampaignStage({ ...campaign, stage: 'award' }, 'publicity'))).toBe('stage.use-publish-results');
  });
});

describe('allocateAwardTiers', () => {
  const finalists = fc
    .uniqueArray(fc.stringMatching(/^[a-z0-9]{1,6}$/), { maxLength: 30 })
    .chain((ids) =>
      fc.tuple(
        fc.constant(ids),
        fc.shuffledSubarray(
          ids.map((_, i) => i + 1),
          { minLength: ids.length, maxLength: ids.length },
        ),
      ),
    )
    .map(([ids, ranks]) => ids.map((candidacyId, i) => ({ candidacyId, rank: ranks[i] })));
  const tiers = fc
    .array(fc.integer({ min: 1, max: 8 }), { minLength: 1, maxLength: 4 })
    .map((sizes) => sizes.map((size, i) => ({ key: `t${i}`, title: `T${i}`, size })));

  it('puts every finalist in one tier at most, fills the tiers in ranking order and never over their size', () => {
    fc.assert(
      fc.property(finalists, tiers, fc.constantFrom('ranked' as const, 'unranked' as const), (fs, ts, publication) => {
        const awarded = allocateAwardTiers(fs, ts, publication);
        const all = awarded.flatMap((t) => t.candidacyIds);
        expect(new Set(all).size).toBe(all.length);
        const rankOf = new Map(fs.map((f) => [f.candidacyId, f.rank]));
        const byRank = [...fs].sort((a, b) => a.rank - b.rank).map((f) => f.candidacyId);
        let next = 0;
        awarded.forEach((tier, i) => {
          expect(tier.tierKey).toBe(ts[i].key);
          expect(tier.candidacyIds.length).toBe(Math.min(ts[i].size, Math.max(0, fs.length - next)));
          // Tier i holds exactly the next finalists by rank: everyone in it ranks above everyone in a later tier.
          expect(new Set(tier.candidacyIds)).toEqual(new Set(byRank.slice(next, next + tier.candidacyIds.length)));
          next += tier.candidacyIds.length;
          if (publication === 'ranked')
            expect(tier.candidacyIds.map((id) => rankOf.get(id)!)).toEqual([...tier.candidacyIds.map((id) => rankOf.get(id)!)].sort((a, b) => a - b));
          else expect([...tier.candidacyIds]).toEqual([...tier.candidacyIds].sort());
        });
      }),
    );
  });

  it('lists a tier by rank when ranked and by id when unranked', () => {
    const fs = [
      { candidacyId: 'c', rank: 1 },
      { candidacyId: 'a', rank: 2 },
      { candidacyId: 'b', rank: 3 },
    ];
    const tier = [{ key: 'winner', title: '一等', size: 3 }];
    expect(allocateAwardTiers(fs, tier, 'ranked')[0].candidacyIds).toEqual(['c', 'a', 'b']);
    expect(allocateAwardTiers(fs, tier, 'unranked')[0].candidacyIds).toEqual(['a', 'b', 'c']);
  });
});

describe('honours: inspection and publication', () => {
  const finalists = ['f1', 'f2', 'f3', 'f4', 'f5', 'f6'].map((candidacyId, i) => ({ candidacyId, rank: i + 1 }));
  const shortlisting = (members: { candidacyId: string; rank: number }[]): ShortlistingState => ({
    ranking: members.map((m) => ({ candidacyId: m.candidacyId, rank: m.rank })) as never,
    members,
    inspections: new Map(members.map((m) => [m.candidacyId, { result: 'pass' } as never])),
    failed: new Set(),
    finalists: null,
  });
  const campaignIn = (stage: CampaignStage, publication?: 'ranked' | 'unranked'): CampaignState => ({
    id: 'c',
    stage,
    config: configOf(honours({ skippedStages: ['project-review', 'panel-opinion'], publication }), { projectReview: '0', panelOpinion: '0', jury: '100' }),
  });

  it('closes inspection into award with at least as many finalists as places, and refuses fewer', () => {
    expect(closeInspection(campaignIn('inspection'), shortlisting(finalists.slice(0, 5)))[1].payload).toMatchObject({ from: 'inspection', to: 'award' });
    expect(thrownDomainError(() => closeInspection(campaignIn('inspection'), shortlisting(finalists.slice(0, 4))))).toMatchObject({
      code: 'inspection.too-few-for-awards',
      params: { finalists: 4, places: 5 },
    });
  });

  it.each<['ranked' | 'unranked', string[], string[]]>([
    ['ranked', ['f1', 'f2'], ['f3', 'f4', 'f5']],
    ['unranked', ['f1', 'f2'], ['f3', 'f4', 'f5']],
  ])('publishes %s tiers in award and moves to publicity', (publication, first, second) => {
    const shuffled = [finalists[4], finalists[1], finalists[5], finalists[0], finalists[3], finalists[2]].map((f) => ({ ...f }));
    // Unranked, the ids are sorted; give them ids whose order differs from their ranks to see it.
    const renamed = shuffled.map((f) => ({ candidacyId: `x${7 - f.rank}-${f.candidacyId}`, rank: f.rank }));
    const idOf = (id: string) => renamed.find((f) => f.candidacyId.endsWith(`-${id}`))!.candidacyId;
    const events = publishResults(
      campaignIn('award', publication),
      new Map(),
      foldResults([]),
      { now: new Date('2026-05-04T02:00:00Z'), lastEventHash: 'h' },
      { finalists: renamed },
    );
    const published = events[0] as ResultsPublished;
    const expected = [first, second].map((ids) => ids.map(idOf));
    expect(published.payload).toMatchObject({ elected: [], publication, quotaViolations: [] });
    expect(published.payload.awards).toEqual([
      { tierKey: 'winner', candidacyIds: publication === 'ranked' ? expected[0] : [...expected[0]].sort() },
      { tierKey: 'nominee', candidacyIds: publication === 'ranked' ? expected[1] : [...expected[1]].sort() },
    ]);
    if (publication === 'unranked') expect(published.payload.awards![1].candidacyIds).not.toEqual(expected[1]);
    expect(events[1].payload).toMatchObject({ from: 'award', to: 'publicity' });
  });

  it('publishes only in award, and refuses without finalists', () => {
    expect(
      refusalCode(() => publishResults(campaignIn('inspection'), new Map(), foldResults([]), { now: new Date(), lastEventHash: 'h' }, { finalists })),
    ).toBe('stage.wrong');
    expect(
      refusalCode(() => publishResults(campaignIn('award'), new Map(), foldResults([]), { now: new Date(), lastEventHash: 'h' }, { finalists: null })),
    ).toBe('results.no-finalists');
  });

  it('the honours template is a valid campaign without expert review', () => {
    const config = withDefaults({ title: 't', organisingBody: 'o', positions: [{ key: 'family', title: '十佳家庭', seats: 20 }], ...HONOURS_TEMPLATE_CONFIG });
    expect(() => validateCampaignConfig(config)).not.toThrow();
    expect(campaignStages(config)).not.toContain('project-review');
  });
});
