import fc from 'fast-check';
import { foldCampaign } from '../campaign/campaign';
import { type CampaignConfig, withDefaults } from '../campaign/campaign-config';
import { CAMPAIGN_STAGES } from '../campaign/campaign-stage';
import { foldCandidacies } from '../candidacy/candidacy';
import { checkElectedSetQuotas } from '../quotas/body-quotas';
import type { CandidateAttributes } from '../quotas/quota-check';
import { refusalCode } from '../shared/domain-error.testing';
import type { DomainEvent } from '../shared/domain-event';
import { foldResults } from '../results/results';
import { closeCongressElectionRound, openCongressElectionRound } from './congress-round-lifecycle';
import { foldCongressElection } from './congress-election-state';
import { checkInCongressDelegates, registerCongressDelegates } from './congress-delegates';
import { recordCongressPaperCount } from './congress-voting';
import { nextCongressRound } from './congress-progress';
import { openQuotaFurtherRound, planQuotaFurtherRound, quotaFurtherRoundOf } from './quota-further-round';

const G = { grassrootsFrontline: true };
const O = { grassrootsFrontline: false };

const standingCommittee = (sitting: { count: number; attributes: Record<string, boolean> }[] = []): CampaignConfig =>
  withDefaults({
    title: 'T',
    organisingBody: 'B',
    positions: [
      { key: 'vice-chair', title: '兼职副主席', seats: 1 },
      { key: 'standing-member', title: '兼职常委', seats: 3 },
    ],
    bodies: [{ key: 'sc', title: '常委会', positionKeys: ['vice-chair', 'standing-member'], sittingMembers: sitting }],
    quotas: [{ attribute: 'grassrootsFrontline', minSharePercent: 30, appliesTo: 'elected', body: 'sc' }],
  });

describe('planQuotaFurtherRound', () => {
  const attributes = new Map<string, CandidateAttributes>([
    ['v1', O],
    ['m1', O],
    ['m2', O],
    ['m3', O],
    ['f1', G],
    ['f2', O],
    ['f3', G],
  ]);
  const elected = [
    { positionKey: 'vice-chair', candidacyIds: ['v1'] },
    { positionKey: 'standing-member', candidacyIds: ['m1', 'm2', 'm3'] },
  ];
  const approvals = new Map([
    ['v1', 90],
    ['m1', 80],
    ['m2', 60],
    ['m3', 70],
  ]);
  const finalists = ['v1', 'm1', 'f1', 'm3', 'f2', 'm2', 'f3'];

  it.each([
    // sitting members, vacated (fewest approvals first, in the last position of the body), eligible, needed / found
    ['4 elected, none grassroots: needs 2 (30% of 4)', [], ['m2', 'm3'], ['f1', 'f3'], [2, 0]],
    ['with 2 grassroots sitting members: needs 2 of 6, has 2 — met', [{ count: 2, attributes: G }], null, null, null],
    ['with 6 others sitting: needs 3 of 10, only 2 qualifying finalists', [{ count: 6, attributes: O }], ['m2', 'm3'], ['f1', 'f3'], [3, 0]],
  ])('%s', (_name, sitting, vacated, eligible, counts) => {
    const { plan } = planQuotaFurtherRound(standingCommittee(sitting), { elected, approvals, finalists }, attributes);
    expect(plan && plan.vacatedCandidacyIds).toEqual(vacated);
    expect(plan && plan.eligibleCandidacyIds).toEqual(eligible);
    expect(plan && [plan.quota.limitCount, plan.quota.actualCount]).toEqual(counts);
    if (plan) expect(plan.positionKey).toBe('standing-member');
  });

  it('has no plan when no qualifying finalist is left, but names the broken quota', () => {
    const none = new Map([...attributes].map(([id, a]) => [id, id.startsWith('f') ? O : a]));
    expect(planQuotaFurtherRound(standingCommittee(), { elected, approvals, finalists }, none)).toEqual({
      brokenMinimums: ['常委会: grassrootsFrontline=true'],
      plan: null,
    });
  });

  it('after the planned rounds fill the vacated seats with eligible people, the broken minimum is met when enough of them exist', () => {
    const person = fc.record({ grassroots: fc.boolean(), approvals: fc.integer({ min: 51, max: 100 }) });
    fc.assert(
      fc.property(
        fc.array(person, { minLength: 1, maxLength: 3 }),
        fc.array(person, { minLength: 1, maxLength: 6 }),
        fc.array(fc.boolean(), { maxLength: 8 }),
        fc.array(fc.boolean(), { maxLength: 6 }),
        fc.integer({ min: 10, max: 60 }),
        (vices, members, pool, sitting, percent) => {
          const config = withDefaults({
            title: 'T',
            organisingBody: 'B',
            positions: [
              { key: 'vice-chair', title: 'V', seats: vices.length },
              { key: 'standing-member', title: 'M', seats: members.length },
            ],
            bodies: [
              {
                key: 'sc',
                title: 'SC',
                positionKeys: ['vice-chair', 'standing-member'],
                sittingMembers: sitting.map((g) => ({ count: 1, attributes: { grassrootsFrontline: g } })),
              },
            ],
            quotas: [{ attribute: 'grassrootsFrontline', minSharePercent: percent, appliesTo: 'elected', body: 'sc' }],
          });
          const attrs = new Map<string, CandidateAttributes>();
          const approvals = new Map<string, number>();
          const seat = (prefix: string) => (p: { grassroots: boolean; approvals: number }, i: number) => {
            attrs.set(`${prefix}${i}`, { grassrootsFrontline: p.grassroots });
            approvals.set(`${prefix}${i}`, p.approvals);
            return `${prefix}${i}`;
          };
          let elected = [
            { positionKey: 'vice-chair', candidacyIds: vices.map(seat('v')) },
            { positionKey: 'standing-member', candidacyIds: members.map(seat('m')) },
          ];
          pool.forEach((g, i) => attrs.set(`f${i}`, { grassrootsFrontline: g }));
          const finalists = [...elected.flatMap((e) => e.candidacyIds), ...pool.map((_, i) => `f${i}`)];
          const broken = () => checkElectedSetQuotas(config, elected, attrs).filter((v) => v.bound === 'min');
          const initial = broken()[0];
          const qualifyingLeft = pool.filter(Boolean).length;
          const others = elected.flatMap((e) => e.candidacyIds).filter((id) => !attrs.get(id)!.grassrootsFrontline).length;
          for (let i = 0; i < 20; i++) {
            const { plan } = planQuotaFurtherRound(config, { elected, approvals, finalists }, attrs);
            if (!plan) break;
            // Every vacated seat goes to an eligible person (the round is restricted to them).
            expect(plan.eligibleCandidacyIds.length).toBeGreaterThanOrEqual(plan.vacatedCandidacyIds.length);
            const incoming = plan.eligibleCandidacyIds.slice(0, plan.vacatedCandidacyIds.length);
            incoming.forEach((id) => approvals.set(id, 60));
            elected = elected.map((e) =>
              e.positionKey === plan.positionKey
                ? { ...e, candidacyIds: [...e.candidacyIds.filter((id) => !plan.vacatedCandidacyIds.includes(id)), ...incoming] }
                : e,
            );
          }
          const shortfall = initial ? initial.limitCount - initial.actualCount : 0;
          if (qualifyingLeft >= shortfall && others >= shortfall) expect(broken()).toEqual([]);
          // The body keeps its size: the rounds never add or drop a seat.
          expect(elected.flatMap((e) => e.candidacyIds)).toHaveLength(vices.length + members.length);
        },
      ),
    );
  });
});

describe('a quota further round in the congress election', () => {
  const CAMPAIGN = 'c1';
  const config = withDefaults({
    title: 'T',
    organisingBody: 'B',
    positions: [{ key: 'standing-member', title: '兼职常委', seats: 3 }],
    bodies: [{ key: 'sc', title: '常委会', positionKeys: ['standing-member'], sittingMembers: [{ count: 3, attributes: { grassrootsFrontline: false } }] }],
    quotas: [{ attribute: 'grassrootsFrontline', minSharePercent: 30, appliesTo: 'elected', body: 'sc' }],
  });
  const details = (grassrootsFrontline: boolean) => ({ name: 'x', grassrootsFrontline, employment: 'part-time', gender: 'female', birthYear: 1990 });
  const setUp = () => {
    const history: DomainEvent[] = [{ type: 'CampaignCreated', payload: { campaignId: CAMPAIGN, config } }];
    for (let i = 1; i <= CAMPAIGN_STAGES.indexOf('election'); i++) {
      history.push({ type: 'CampaignStageAdvanced', payload: { campaignId: CAMPAIGN, from: CAMPAIGN_STAGES[i - 1], to: CAMPAIGN_STAGES[i] } });
    }
    const people: [string, boolean][] = [
      ['A', false],
      ['B', false],
      ['C', false],
      ['D', true],
      ['E', false],
    ];
    for (const [id, g] of people) {
      history.push({
        type: 'CandidacySubmitted',
        payload: { campaignId: CAMPAIGN, candidacyId: id, candidateId: `p${id}`, details: details(g), proposal: {}, submittedAt: '2026-01-01T00:00:00Z' },
      });
    }
    history.push({ type: 'InspectionClosed', payload: { campaignId: CAMPAIGN, finalists: people.map(([id], i) => ({ candidacyId: id, rank: i + 1 })) } });
    const campaign = () => foldCampaign(history)!;
    const state = () => foldCongressElection(history);
    history.push(...registerCongressDelegates(campaign(), state(), { count: 10 }));
    history.push(...checkInCongressDelegates(campaign(), state(), { delegateIds: [...state().delegates.keys()] }));
    let n = 0;
    const round = (approvals: Record<string, number>, exception?: string) => {
      const roundId = `r${++n}`;
      const [opened] = openCongressElectionRound(campaign(), foldCandidacies(history), state(), {
        roundId,
        positionKey: 'standing-member',
        method: 'paper',
        actorId: 'o',
        ...(exception ? { competitiveException: { reason: exception } } : {}),
      });
      history.push(opened);
      const perCandidate = Object.fromEntries(
        opened.payload.candidateIds.map((id) => [id, { approve: approvals[id] ?? 0, oppose: 10 - (approvals[id] ?? 0), abstain: 0 }]),
      );
      history.push(
        ...recordCongressPaperCount(campaign(), state(), { roundId, count: { ballotsIssued: 10, ballotsReturned: 10, invalidBallots: 0, perCandidate } }),
      );
      const events = closeCongressElectionRound(campaign(), state(), { roundId });
      history.push(...events);
      return { opened: opened.payload, events };
    };
    return { history, campaign, state, round };
  };

  it('vacates the fewest-approved others, restricts the round to qualifying finalists and completes again; with nobody qualifying left only an exception remains', () => {
    const { history, campaign, state, round } = setUp();
    round({ A: 9, B: 8, C: 7, D: 2, E: 1 });
    expect(state().completed).not.toBeNull();
    // 0 grassroots of 3 elected + 3 sitting: needs 2, but only D qualifies → vacate one seat (C, fewest approvals)
    const [opened] = openQuotaFurtherRound(campaign(), foldCandidacies(history), state());
    expect(opened.payload).toMatchObject({ positionKey: 'standing-member', vacatedCandidacyIds: ['C'], eligibleCandidacyIds: ['D'] });
    history.push(opened);
    expect(state().completed).toBeNull();
    expect(foldResults(history).election).toBeNull();
    expect(nextCongressRound(state(), config, 'standing-member')).toMatchObject({ kind: 'further', seats: 1, candidateIds: ['D'], competitive: false });
    // Only D may stand: an uncontested round needs the organiser's reason, and D still needs more than half.
    const { opened: further, events } = round({ D: 6 }, '仅一名符合条件的人选');
    expect(further.candidateIds).toEqual(['D']);
    const completed = events.find((e) => e.type === 'ElectionCompleted')!;
    expect(completed.payload).toEqual({ campaignId: CAMPAIGN, elected: [{ positionKey: 'standing-member', candidacyIds: ['A', 'B', 'D'] }] });
    // Still short (1 of 6 < 2) and nobody qualifying is left: only publication with a reason remains.
    expect(quotaFurtherRoundOf(config, state(), foldCandidacies(history)).plan).toBeNull();
    expect(refusalCode(() => openQuotaFurtherRound(campaign(), foldCandidacies(history), state()))).toBe('election.quota-no-eligible');
  });

  it('is refused before the election is complete and when the quotas are met', () => {
    const { history, campaign, state, round } = setUp();
    expect(refusalCode(() => openQuotaFurtherRound(campaign(), foldCandidacies(history), state()))).toBe('election.quota-round-not-complete');
    round({ A: 9, D: 8, B: 7 });
    // 1 of 6 < 2 is broken; with grassroots sitting members it would be met (4 of 6)
    const met = {
      ...campaign(),
      config: { ...config, bodies: [{ ...config.bodies![0], sittingMembers: [{ count: 3, attributes: { grassrootsFrontline: true } }] }] },
    };
    expect(refusalCode(() => openQuotaFurtherRound(met, foldCandidacies(history), state()))).toBe('election.quota-met');
  });
});
