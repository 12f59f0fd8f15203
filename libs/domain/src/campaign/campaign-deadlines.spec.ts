import { refusalCode, thrownDomainError } from '../shared/domain-error.testing';
import { type CampaignState, evolveCampaign } from './campaign';
import { withDefaults } from './campaign-config';
import { assertCandidacyPeriod, type DEADLINE_STAGES, extendableDeadlinesIn, extendDeadline } from './campaign-deadlines';
import type { CampaignStage } from './campaign-stage';

const timeline = {
  candidacyOpensAt: '2027-03-01T09:00:00+08:00',
  candidacyClosesAt: '2027-03-31T17:00:00+08:00',
  projectReviewClosesAt: '2027-04-20T17:00:00+08:00',
  juryClosesAt: '2027-05-10T17:00:00+08:00',
};

const campaignIn = (stage: CampaignStage, t: object = timeline): CampaignState => ({
  id: 'c1',
  stage,
  config: withDefaults({ title: '选配', organisingBody: '某区妇女联合会', positions: [{ key: 'vice-chair', title: '兼职副主席', seats: 1 }], timeline: t }),
});

type Deadline = keyof typeof DEADLINE_STAGES;

describe('extendDeadline', () => {
  it.each<[string, CampaignStage, Deadline, string, string, string | undefined]>([
    ['later, while candidacy is open', 'candidacy-open', 'candidacyClosesAt', '2027-04-07T17:00:00+08:00', '报名人数不足', undefined],
    ['in draft: edit the configuration', 'draft', 'candidacyClosesAt', '2027-04-07T17:00:00+08:00', '报名人数不足', 'deadline.in-draft'],
    ['to an earlier date', 'candidacy-open', 'candidacyClosesAt', '2027-03-20T17:00:00+08:00', '提前结束', 'deadline.not-later'],
    ['to the same instant in another offset', 'candidacy-open', 'candidacyClosesAt', '2027-03-31T09:00:00Z', '同一时间', 'deadline.not-later'],
    ['without a reason', 'candidacy-open', 'candidacyClosesAt', '2027-04-07T17:00:00+08:00', '  ', 'deadline.reason-required'],
    ['once its stage is over', 'qualification-review', 'candidacyClosesAt', '2027-04-07T17:00:00+08:00', '补报名', 'deadline.stage-over'],
    ['project review before it starts', 'qualification-review', 'projectReviewClosesAt', '2027-04-25T17:00:00+08:00', '专家出差', undefined],
    ['project review while it runs', 'project-review', 'projectReviewClosesAt', '2027-04-25T17:00:00+08:00', '专家出差', undefined],
    ['project review once over', 'panel-opinion', 'projectReviewClosesAt', '2027-04-25T17:00:00+08:00', '专家出差', 'deadline.stage-over'],
    ['the jury while it votes', 'jury', 'juryClosesAt', '2027-05-12T17:00:00+08:00', '网络故障', undefined],
    ['the jury once ranking began', 'ranking', 'juryClosesAt', '2027-05-12T17:00:00+08:00', '网络故障', 'deadline.stage-over'],
    ['a deadline never set', 'candidacy-open', 'congressAt', '2027-06-12T09:00:00+08:00', '会场变更', 'deadline.not-set'],
  ])('%s', (_label, stage, deadline, to, reason, refusal) => {
    expect(refusalCode(() => extendDeadline(campaignIn(stage), { deadline, to, reason }))).toBe(refusal);
  });

  it('records from, to and the reason, and the campaign reads the new date afterwards', () => {
    const campaign = campaignIn('candidacy-open');
    const [event] = extendDeadline(campaign, { deadline: 'candidacyClosesAt', to: '2027-04-07T17:00:00+08:00', reason: ' 报名人数不足 ' });
    expect(event.payload).toEqual({
      campaignId: 'c1',
      deadline: 'candidacyClosesAt',
      from: '2027-03-31T17:00:00+08:00',
      to: '2027-04-07T17:00:00+08:00',
      reason: '报名人数不足',
    });
    expect(evolveCampaign(campaign, event)!.config.timeline).toEqual({ ...timeline, candidacyClosesAt: '2027-04-07T17:00:00+08:00' });
  });

  it('names the current deadline in the campaign’s zone when refusing an earlier one', () => {
    const err = thrownDomainError(() =>
      extendDeadline(campaignIn('candidacy-open'), { deadline: 'candidacyClosesAt', to: '2027-03-01T00:00:00Z', reason: '提前' }),
    );
    expect(err.message).toContain('2027-03-31 17:00 (Asia/Shanghai)');
    expect(err.params).toEqual({ deadline: 'candidacyClosesAt', current: '2027-03-31T09:00:00.000Z', timeZone: 'Asia/Shanghai' });
  });
});

describe('extendableDeadlinesIn', () => {
  it('offers what extendDeadline accepts: nothing in draft, then each deadline until its stage is over', () => {
    expect(extendableDeadlinesIn('draft')).toEqual([]);
    expect(extendableDeadlinesIn('candidacy-open')).toEqual(['candidacyClosesAt', 'projectReviewClosesAt', 'juryClosesAt', 'congressAt']);
    expect(extendableDeadlinesIn('panel-opinion')).toEqual(['juryClosesAt', 'congressAt']);
    expect(extendableDeadlinesIn('publicity')).toEqual([]);
  });
});

describe('assertCandidacyPeriod', () => {
  const open = campaignIn('candidacy-open');
  it.each<[string, string, string | undefined]>([
    ['before it opens', '2027-03-01T00:59:59Z', 'deadline.not-open'],
    ['at the opening instant', '2027-03-01T01:00:00Z', undefined],
    ['in the middle', '2027-03-15T12:00:00+08:00', undefined],
    ['at the closing instant', '2027-03-31T09:00:00Z', undefined],
    ['a second late', '2027-03-31T09:00:01Z', 'deadline.passed'],
  ])('%s', (_label, at, refusal) => {
    expect(refusalCode(() => assertCandidacyPeriod(open, new Date(at)))).toBe(refusal);
  });

  it('says the date missed in the campaign’s zone, and gives it to the UI', () => {
    const err = thrownDomainError(() => assertCandidacyPeriod(open, new Date('2027-04-01T00:00:00Z')));
    expect(err.message).toBe('Candidacy closed at 2027-03-31 17:00 (Asia/Shanghai).');
    expect(err.params).toEqual({ closedAt: '2027-03-31T09:00:00.000Z', timeZone: 'Asia/Shanghai' });
  });

  it('lets any time through when the organiser set no dates', () => {
    expect(() => assertCandidacyPeriod(campaignIn('candidacy-open', {}), new Date('2099-01-01'))).not.toThrow();
  });
});
