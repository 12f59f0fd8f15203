import type { CampaignState } from '../campaign/campaign';
import { foldCandidacies, submitCandidacy } from './candidacy';
import type { CandidateDetails, ProjectProposal } from './candidacy-details';
import { refusalCode, thrownDomainError } from '../shared/domain-error.testing';
import {
  DEFAULT_JOINT_NOMINATORS_MINIMUM,
  type Nomination,
  type NominationRules,
  publicNominationKind,
  validateNomination,
  validateNominationRules,
} from './nomination';

const names = (n: number) => Array.from({ length: n }, (_, i) => `推荐人${i + 1}`);

describe('nomination channels', () => {
  it.each<[string, NominationRules | undefined, Nomination, string | undefined]>([
    ['self, every channel open', undefined, { channel: 'self' }, undefined],
    ['organisation with a body', undefined, { channel: 'organisation', nominatingBody: '某街道妇联' }, undefined],
    ['organisation without a body', undefined, { channel: 'organisation', nominatingBody: '  ' }, 'nomination.body-required'],
    ['joint with the default minimum', undefined, { channel: 'joint', nominators: names(DEFAULT_JOINT_NOMINATORS_MINIMUM) }, undefined],
    [
      'joint one short of the default',
      undefined,
      { channel: 'joint', nominators: names(DEFAULT_JOINT_NOMINATORS_MINIMUM - 1) },
      'nomination.too-few-nominators',
    ],
    ['joint: a name twice counts once', { jointNominatorsMinimum: 2 }, { channel: 'joint', nominators: ['王芳', ' 王芳 '] }, 'nomination.too-few-nominators'],
    ['joint: blank names do not count', { jointNominatorsMinimum: 2 }, { channel: 'joint', nominators: ['王芳', ''] }, 'nomination.too-few-nominators'],
    ['joint with a campaign minimum of 3', { jointNominatorsMinimum: 3 }, { channel: 'joint', nominators: names(3) }, undefined],
    ['self where only recommendation is open', { channels: ['organisation'] }, { channel: 'self' }, 'nomination.channel-closed'],
    ['joint where only self is open', { channels: ['self'] }, { channel: 'joint', nominators: names(9) }, 'nomination.channel-closed'],
    [
      'child-campaign is never chosen on a form',
      undefined,
      { channel: 'child-campaign', childCampaignId: 'c', childCandidacyId: 'k' },
      'nomination.channel-not-chosen',
    ],
  ])('%s', (_, rules, nomination, code) => {
    expect(refusalCode(() => validateNomination(rules, nomination))).toBe(code);
  });

  it('names the field and the numbers in a refusal', () => {
    const err = thrownDomainError(() => validateNomination(undefined, { channel: 'joint', nominators: names(2) }));
    expect([err.kind, err.field, err.params]).toEqual(['invalid', 'nomination.nominators', { minimum: 5, given: 2 }]);
  });

  it('records names trimmed and each once', () => {
    expect(validateNomination({ jointNominatorsMinimum: 2 }, { channel: 'joint', nominators: [' 王芳', '李娜 ', '王芳'] })).toEqual({
      channel: 'joint',
      nominators: ['王芳', '李娜'],
    });
  });

  it.each<[NominationRules, string | undefined]>([
    [{}, undefined],
    [{ channels: ['self', 'joint'], jointNominatorsMinimum: 10 }, undefined],
    [{ channels: [] }, 'nomination.no-channels'],
    [{ channels: ['self', 'self'] }, 'nomination.duplicate-channel'],
    [{ channels: ['petition' as never] }, 'nomination.unknown-channel'],
    [{ jointNominatorsMinimum: 1 }, 'nomination.joint-minimum'],
    [{ jointNominatorsMinimum: 2.5 }, 'nomination.joint-minimum'],
  ])('campaign rules %j', (rules, code) => {
    expect(refusalCode(() => validateNominationRules(rules))).toBe(code);
  });

  it('shows the public only the kind, never the names', () => {
    expect(publicNominationKind({ channel: 'joint', nominators: ['王芳'] })).toBe('joint');
    expect(publicNominationKind(undefined)).toBe('self');
  });
});

describe('a candidacy’s nomination', () => {
  const campaign = { id: 'c1', stage: 'candidacy-open', config: { timeline: {}, nomination: { jointNominatorsMinimum: 2 } } } as unknown as CampaignState;
  const submit = (nomination?: Nomination) =>
    submitCandidacy(campaign, new Map(), {
      candidacyId: 'k1',
      candidateId: 'p1',
      details: {} as CandidateDetails,
      proposal: { budget: '1' } as ProjectProposal,
      consent: { processing: true, publishName: true, publishEmployer: true, publishProjectTitle: true },
      nomination,
      submittedAt: new Date('2026-01-01T00:00:00Z'),
    });

  it('is recorded in CandidacySubmitted and folded into the candidacy; left out it is a self-application', () => {
    const joint = submit({ channel: 'joint', nominators: ['王芳', '李娜'] });
    expect(joint[0].payload).toMatchObject({ nomination: { channel: 'joint', nominators: ['王芳', '李娜'] } });
    expect(foldCandidacies(joint).get('k1')!.nomination).toEqual({ channel: 'joint', nominators: ['王芳', '李娜'] });
    expect(submit()[0].payload).toMatchObject({ nomination: { channel: 'self' } });
  });

  it('is refused by the campaign’s rules before anything is recorded', () => {
    expect(refusalCode(() => submit({ channel: 'joint', nominators: ['王芳'] }))).toBe('nomination.too-few-nominators');
  });

  it('reads as a self-application where recorded before nominations existed', () => {
    const { nomination: _dropped, ...old } = submit()[0].payload as unknown as Record<string, unknown>;
    expect(publicNominationKind(foldCandidacies([{ type: 'CandidacySubmitted', payload: old }]).get('k1')!.nomination)).toBe('self');
  });
});
