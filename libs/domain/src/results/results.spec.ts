import { CONSENT_BEFORE_IT_WAS_ASKED } from '../candidacy/candidacy-consent';
import type { CampaignState } from '../campaign/campaign';
import { withDefaults } from '../campaign/campaign-config';
import type { Candidacies, CandidacyState } from '../candidacy/candidacy';
import type { DomainEvent } from '../shared/domain-event';
import { refusalCode } from '../shared/domain-error.testing';
import { admitObjection } from './objection-moderation';
import { certifyResults, foldResults, lodgeObjection, publishResults, recordCorrection, resolveObjection } from './results';

const config = withDefaults({
  title: 'T',
  organisingBody: 'B',
  positions: [{ key: 'vice-chair', title: '副主席', seats: 2 }],
  quotas: [{ attribute: 'grassrootsFrontline', minSharePercent: 50, appliesTo: 'elected' }],
});
const campaign = (stage: CampaignState['stage'], workingDays = 5): CampaignState => ({
  id: 'c1',
  stage,
  config: { ...config, publicityWorkingDays: workingDays },
});
const person = (id: string, grassroots: boolean): CandidacyState => ({
  id,
  candidateId: `p-${id}`,
  status: 'accepted',
  submittedAt: '2026-01-01T00:00:00Z',
  proposal: {} as never,
  consent: CONSENT_BEFORE_IT_WAS_ASKED,
  details: { grassrootsFrontline: grassroots, employment: 'part-time', gender: 'female' } as never,
});
const candidacies: Candidacies = new Map([
  ['A', person('A', true)],
  ['B', person('B', false)],
  ['C', person('C', false)],
]);
const electionOf = (ids: string[]): DomainEvent => ({
  type: 'ElectionCompleted',
  payload: { campaignId: 'c1', elected: [{ positionKey: 'vice-chair', candidacyIds: ids }] },
});
const monday = new Date('2026-11-23T02:00:00Z');

describe('results: publication, publicity, objections, certification', () => {
  it('cannot publish before the election has filled every seat', () => {
    expect(() => publishResults(campaign('election'), candidacies, foldResults([]), { now: monday, lastEventHash: 'h' })).toThrow(/not filled every seat/);
  });

  it('publishes with a 5-working-day publicity period and the hash it was computed at', () => {
    const [published, advanced] = publishResults(campaign('election'), candidacies, foldResults([electionOf(['A', 'B'])]), {
      now: monday,
      lastEventHash: 'abc',
    });
    expect(published.payload).toMatchObject({ publicityEndsAt: '2026-11-30T16:00:00.000Z', basedOnEventHash: 'abc', quotaViolations: [] });
    expect(advanced.payload).toMatchObject({ from: 'election', to: 'publicity' });
  });

  it('takes objections during the period only, answered in writing once', () => {
    const history: DomainEvent[] = [electionOf(['A', 'B'])];
    history.push(...publishResults(campaign('election'), candidacies, foldResults(history), { now: monday, lastEventHash: 'h' }));
    const lodged = lodgeObjection(campaign('publicity'), foldResults(history), {
      objectionId: 'o1',
      text: '对某候选人有异议',
      now: new Date('2026-11-24T00:00:00Z'),
    });
    history.push(...lodged);
    history.push(...admitObjection(campaign('publicity'), foldResults(history), { objectionId: 'o1', now: new Date('2026-11-24T00:00:00Z') }));
    expect(() =>
      lodgeObjection(campaign('publicity'), foldResults(history), { objectionId: 'o2', text: '迟到的异议', now: new Date('2026-12-01T00:00:00Z') }),
    ).toThrow(/ended/);
    expect(() => certifyResults(campaign('publicity'), foldResults(history), { now: new Date('2026-12-01T00:00:00Z'), lastEventHash: 'h' })).toThrow(
      /written answer/,
    );
    history.push(...resolveObjection(campaign('publicity'), foldResults(history), { objectionId: 'o1', resolution: '经核实，反映情况不属实', upheld: false }));
    expect(() => resolveObjection(campaign('publicity'), foldResults(history), { objectionId: 'o1', resolution: 'again', upheld: false })).toThrow(/already/);
    expect(() => certifyResults(campaign('publicity'), foldResults(history), { now: new Date('2026-11-27T00:00:00Z'), lastEventHash: 'h' })).toThrow(
      /publicity period runs until/,
    );
    const certified = certifyResults(campaign('publicity'), foldResults(history), { now: new Date('2026-12-01T00:00:00Z'), lastEventHash: 'h2' });
    expect(certified.map((e) => e.type)).toEqual(['ResultsCertified', 'CampaignStageAdvanced']);
  });

  it('blocks certification while a quota on the elected set is violated', () => {
    const history: DomainEvent[] = [electionOf(['B', 'C'])];
    history.push(...publishResults(campaign('election', 0), candidacies, foldResults(history), { now: monday, lastEventHash: 'h' }));
    const state = foldResults(history);
    expect(state.published!.quotaViolations).toHaveLength(1);
    expect(() => certifyResults(campaign('publicity', 0), state, { now: monday, lastEventHash: 'h' })).toThrow(/Quota not met/);
  });

  it('publishes a quota no further round can mend with a written reason, and certification stands on it', () => {
    const history: DomainEvent[] = [electionOf(['B', 'C'])];
    const publish = (reason: string | undefined, possible: boolean) =>
      publishResults(campaign('election', 0), candidacies, foldResults(history), {
        now: monday,
        lastEventHash: 'h',
        quotaExceptionReason: reason,
        quotaFurtherRoundPossible: () => possible,
      });
    expect(refusalCode(() => publish('无符合条件的人选', true))).toBe('results.quota-further-round-possible');
    const [published] = publish(' 无符合条件的人选 ', false);
    expect(published.payload).toMatchObject({ quotaException: { reason: '无符合条件的人选' } });
    expect((published.payload as { quotaViolations: unknown[] }).quotaViolations).toHaveLength(1);
    history.push(published);
    const [certified] = certifyResults(campaign('publicity', 0), foldResults(history), { now: monday, lastEventHash: 'h' });
    expect(certified.payload).not.toHaveProperty('quotaException');
  });

  it('refuses an exception reason when the elected meet every quota; keeps old publications unchanged', () => {
    const history: DomainEvent[] = [electionOf(['A', 'B'])];
    expect(
      refusalCode(() =>
        publishResults(campaign('election'), candidacies, foldResults(history), { now: monday, lastEventHash: 'h', quotaExceptionReason: 'x' }),
      ),
    ).toBe('results.quota-exception-unneeded');
    const [published] = publishResults(campaign('election'), candidacies, foldResults(history), { now: monday, lastEventHash: 'h' });
    expect(Object.keys(published.payload).sort()).toEqual(['basedOnEventHash', 'campaignId', 'elected', 'publicityEndsAt', 'publishedAt', 'quotaViolations']);
  });

  it('certifies a violation published without a reason only with a written reason, recorded', () => {
    const history: DomainEvent[] = [electionOf(['B', 'C'])];
    history.push(...publishResults(campaign('election', 0), candidacies, foldResults(history), { now: monday, lastEventHash: 'h' }));
    expect(refusalCode(() => certifyResults(campaign('publicity', 0), foldResults(history), { now: monday, lastEventHash: 'h' }))).toBe(
      'certify.quota-violated',
    );
    const [certified] = certifyResults(campaign('publicity', 0), foldResults(history), { now: monday, lastEventHash: 'h', quotaExceptionReason: '经研究同意' });
    expect(certified.payload).toMatchObject({ quotaException: { reason: '经研究同意' } });
  });

  it('refuses an upheld objection at certification until a correction answers it; then certifies', () => {
    const history: DomainEvent[] = [electionOf(['A', 'B'])];
    history.push(...publishResults(campaign('election', 0), candidacies, foldResults(history), { now: monday, lastEventHash: 'h' }));
    history.push(...lodgeObjection(campaign('publicity', 0), foldResults(history), { objectionId: 'o1', text: '计票有误', now: monday }));
    history.push(...lodgeObjection(campaign('publicity', 0), foldResults(history), { objectionId: 'o2', text: '另一异议', now: monday }));
    for (const objectionId of ['o1', 'o2']) history.push(...admitObjection(campaign('publicity', 0), foldResults(history), { objectionId, now: monday }));
    history.push(...resolveObjection(campaign('publicity', 0), foldResults(history), { objectionId: 'o1', resolution: '属实，需更正', upheld: true }));
    history.push(...resolveObjection(campaign('publicity', 0), foldResults(history), { objectionId: 'o2', resolution: '不属实', upheld: false }));
    expect(() => certifyResults(campaign('publicity', 0), foldResults(history), { now: monday, lastEventHash: 'h' })).toThrow(
      /upheld objection\(s\) have no correction/,
    );

    const code = (fn: () => unknown) => refusalCode(fn);
    const correct = (objectionIds?: string[], text = '第二轮计票更正：林淑芬得票 4 票') =>
      recordCorrection(campaign('publicity', 0), foldResults(history), { text, now: monday, objectionIds });
    expect(code(() => correct())).toBe('correction.objections-required');
    expect(code(() => correct(['o2']))).toBe('correction.objection-not-upheld');
    expect(code(() => correct(['nope']))).toBe('objection.not-found');
    expect(code(() => correct(['o1'], '  '))).toBe('correction.text-required');
    const [corrected] = correct(['o1', 'o1']);
    expect(corrected.payload).toMatchObject({ objectionIds: ['o1'], text: '第二轮计票更正：林淑芬得票 4 票' });
    history.push(corrected);
    expect(code(() => correct(['o1']))).toBe('correction.objection-corrected');
    expect(foldResults(history).objections.get('o1')).toMatchObject({ upheld: true, correction: '第二轮计票更正：林淑芬得票 4 票' });
    expect(certifyResults(campaign('publicity', 0), foldResults(history), { now: monday, lastEventHash: 'h' }).map((e) => e.type)).toEqual([
      'ResultsCertified',
      'CampaignStageAdvanced',
    ]);
  });

  it('records corrections after certification as new events; they no longer answer objections', () => {
    expect(recordCorrection(campaign('certified'), foldResults([]), { text: '更正公告中的错别字', now: monday })[0].type).toBe('ResultCorrectionRecorded');
    expect(refusalCode(() => recordCorrection(campaign('certified'), foldResults([]), { text: 'x', now: monday, objectionIds: ['o1'] }))).toBe(
      'correction.objections-closed',
    );
    expect(refusalCode(() => recordCorrection(campaign('election'), foldResults([]), { text: 'x', now: monday }))).toBe('stage.wrong');
  });
});
