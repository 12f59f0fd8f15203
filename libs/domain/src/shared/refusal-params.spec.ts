import { CONSENT_BEFORE_IT_WAS_ASKED } from '../candidacy/candidacy-consent';
import type { CampaignState } from '../campaign/campaign';
import { withDefaults } from '../campaign/campaign-config';
import { assertCanAdvance, assertStage } from '../campaign/campaign-stage';
import type { Candidacies, CandidacyState } from '../candidacy/candidacy';
import { foldCongressElection, openCongressElectionRound, registerCongressDelegates } from '../election';
import { assertCompetitive, assertQuorum } from '../election/congress-round';
import { DEFAULT_REVIEW_RUBRIC } from '../evaluation/rubric';
import { validateSheetScores } from '../evaluation/score-sheet';
import { certifyResults, foldResults, lodgeObjection, publishResults } from '../results/results';
import type { DomainEvent } from './domain-event';
import { thrownDomainError } from './domain-error.testing';

/**
 * A refusal carries its variable parts as params, so a client can say it in Chinese or English: instants as ISO
 * UTC with the zone they are read in, criteria and positions by the title the organiser gave them (never the key).
 */
describe('refusal params', () => {
  const config = withDefaults({
    title: 'T',
    organisingBody: 'B',
    positions: [
      { key: 'vice-chair', title: '兼职副主席', seats: 1 },
      { key: 'standing-committee', title: '兼职常委', seats: 1 },
    ],
  });
  const campaign = (stage: CampaignState['stage']): CampaignState => ({ id: 'c1', stage, config });
  const person = (id: string): CandidacyState => ({
    id,
    candidateId: `p-${id}`,
    status: 'accepted',
    submittedAt: '2026-01-01T00:00:00Z',
    proposal: {} as never,
    consent: CONSENT_BEFORE_IT_WAS_ASKED,
    details: { name: `候选人${id}` } as never,
  });
  const candidacies: Candidacies = new Map([
    ['A', person('A')],
    ['B', person('B')],
  ]);
  const monday = new Date('2026-11-23T02:00:00Z');

  function published(): DomainEvent[] {
    const history: DomainEvent[] = [
      {
        type: 'ElectionCompleted',
        payload: {
          campaignId: 'c1',
          elected: [
            { positionKey: 'vice-chair', candidacyIds: ['A'] },
            { positionKey: 'standing-committee', candidacyIds: ['B'] },
          ],
        },
      },
    ];
    history.push(...publishResults(campaign('election'), candidacies, foldResults(history), { now: monday, lastEventHash: 'h' }));
    return history;
  }

  it('certifying during publicity names the end of the period as an instant and the campaign zone', () => {
    const err = thrownDomainError(() =>
      certifyResults(campaign('publicity'), foldResults(published()), { now: new Date('2026-11-24T00:00:00Z'), lastEventHash: 'h' }),
    );
    expect(err.code).toBe('certify.publicity-running');
    expect(err.params).toEqual({ publicityEndsAt: '2026-11-30T16:00:00.000Z', timeZone: 'Asia/Shanghai' });
  });

  it('an objection after the period names when it ended', () => {
    const err = thrownDomainError(() =>
      lodgeObjection(campaign('publicity'), foldResults(published()), { objectionId: 'o1', text: '迟到', now: new Date('2026-12-01T00:00:00Z') }),
    );
    expect(err.code).toBe('objection.period-over');
    expect(err.params).toEqual({ publicityEndsAt: '2026-11-30T16:00:00.000Z', timeZone: 'Asia/Shanghai' });
  });

  it('a score refusal names the criterion by its title, in the params and the message, never by its key', () => {
    const presentation = DEFAULT_REVIEW_RUBRIC.find((c) => c.key === 'presentation')!;
    const scores = { 'needs-fit': 30, feasibility: 25, innovation: 20, sustainability: 15, presentation: 12 };
    const err = thrownDomainError(() => validateSheetScores(DEFAULT_REVIEW_RUBRIC, scores));
    expect(err.code).toBe('score.out-of-range');
    expect(err.params).toEqual({ criterion: presentation.title, max: '10', score: '12' });
    expect(err.message).toContain(presentation.title);
    expect(err.message).not.toContain('"presentation"');

    const missing = thrownDomainError(() => validateSheetScores(DEFAULT_REVIEW_RUBRIC, { ...scores, presentation: undefined as never }));
    expect(missing.code).toBe('score.missing-criterion');
    expect(missing.params).toEqual({ criterion: presentation.title });
  });

  it('an election refusal names the position by its title and the delegate by her id', () => {
    const history: DomainEvent[] = [
      { type: 'CampaignCreated', payload: { campaignId: 'c1', config } },
      {
        type: 'InspectionClosed',
        payload: {
          campaignId: 'c1',
          finalists: [
            { candidacyId: 'A', rank: 1 },
            { candidacyId: 'B', rank: 2 },
          ],
        },
      },
    ];
    const state = foldCongressElection(history);
    const outOfOrder = thrownDomainError(() =>
      openCongressElectionRound(campaign('election'), candidacies, state, { roundId: 'r1', positionKey: 'standing-committee', method: 'paper', actorId: 'o' }),
    );
    expect(outOfOrder.code).toBe('election.position-out-of-order');
    expect(outOfOrder.params).toEqual({ position: '兼职副主席' });
    expect(outOfOrder.message).toContain('兼职副主席');

    history.push(...registerCongressDelegates(campaign('election'), foldCongressElection(history), { delegates: [{ delegateId: 'D7', name: '王芳' }] }));
    const exists = thrownDomainError(() =>
      registerCongressDelegates(campaign('election'), foldCongressElection(history), { delegates: [{ delegateId: 'D7' }] }),
    );
    expect(exists.code).toBe('election.delegate-exists');
    expect(exists.params).toEqual({ delegate: 'D7' });
  });

  it('quorum and competitiveness refusals carry their numbers', () => {
    expect(thrownDomainError(() => assertQuorum(9, 6, { numerator: 2, denominator: 3 })).params).toEqual({
      present: 6,
      registered: 9,
      numerator: 2,
      denominator: 3,
    });
    expect(thrownDomainError(() => assertCompetitive(2, 2)).params).toEqual({ candidates: 2, seats: 2 });
  });

  it('stage refusals name the stages by their keys, which the client translates', () => {
    expect(thrownDomainError(() => assertStage('jury', 'publicity', 'certify the results')).params).toEqual({ stage: 'jury' });
    expect(thrownDomainError(() => assertCanAdvance('jury', 'inspection')).params).toEqual({ stage: 'jury', next: 'ranking', requested: 'inspection' });
  });
});
