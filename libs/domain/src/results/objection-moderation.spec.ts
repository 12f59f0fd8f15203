import { CONSENT_BEFORE_IT_WAS_ASKED } from '../candidacy/candidacy-consent';
import type { CampaignState } from '../campaign/campaign';
import { withDefaults } from '../campaign/campaign-config';
import type { Candidacies, CandidacyState } from '../candidacy/candidacy';
import type { DomainEvent } from '../shared/domain-event';
import { refusalCode } from '../shared/domain-error.testing';
import { admitObjection, dismissObjections } from './objection-moderation';
import { certifyResults, foldResults, lodgeObjection, publishResults, recordCorrection, resolveObjection } from './results';
import { resultsView } from './results-view';

const config = withDefaults({ title: 'T', organisingBody: 'B', positions: [{ key: 'vice-chair', title: '副主席', seats: 1 }] });
const publicity: CampaignState = { id: 'c1', stage: 'publicity', config: { ...config, publicityWorkingDays: 0 } };
const person = (id: string): CandidacyState => ({
  id,
  candidateId: `p-${id}`,
  status: 'accepted',
  submittedAt: '2026-01-01T00:00:00Z',
  proposal: {} as never,
  consent: CONSENT_BEFORE_IT_WAS_ASKED,
  details: { grassrootsFrontline: true } as never,
});
const candidacies: Candidacies = new Map([['A', person('A')]]);
const now = new Date('2026-11-23T02:00:00Z');

/** A published result with `n` anonymous objections o1…on, all pending. */
function publishedWithObjections(n: number): DomainEvent[] {
  const history: DomainEvent[] = [
    { type: 'CampaignCreated', payload: { campaignId: 'c1', config: publicity.config } },
    { type: 'ElectionCompleted', payload: { campaignId: 'c1', elected: [{ positionKey: 'vice-chair', candidacyIds: ['A'] }] } },
  ];
  history.push(...publishResults({ ...publicity, stage: 'election' }, candidacies, foldResults(history), { now, lastEventHash: 'h' }));
  for (let i = 1; i <= n; i++) history.push(...lodgeObjection(publicity, foldResults(history), { objectionId: `o${i}`, text: `异议 ${i}`, now }));
  return history;
}
const ids = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `o${from + i}`);

describe('objection moderation: shown publicly only once admitted, spam dismissed in bulk with a reason', () => {
  it('lodges objections as pending: the public view shows none, the organiser sees them all', () => {
    const history = publishedWithObjections(3);
    expect([...foldResults(history).objections.values()].map((o) => o.status)).toEqual(['pending', 'pending', 'pending']);
    expect(resultsView(history)!.objections).toEqual([]);
    expect(resultsView(history, { audience: 'organiser' })!.objections.map((o) => [o.objectionId, o.status])).toEqual([
      ['o1', 'pending'],
      ['o2', 'pending'],
      ['o3', 'pending'],
    ]);
  });

  it('admits one objection for the record: only it is public, with its answer once given', () => {
    const history = publishedWithObjections(2);
    const [admitted] = admitObjection(publicity, foldResults(history), { objectionId: 'o2', now });
    expect(admitted).toEqual({ type: 'ObjectionAdmitted', payload: { campaignId: 'c1', objectionId: 'o2', admittedAt: now.toISOString() } });
    history.push(admitted);
    history.push(...resolveObjection(publicity, foldResults(history), { objectionId: 'o2', resolution: '经核实不属实', upheld: false }));
    expect(resultsView(history)!.objections).toEqual([expect.objectContaining({ objectionId: 'o2', status: 'admitted', resolution: '经核实不属实' })]);
  });

  it('dismisses many pending objections in one event with the reason; they are never public', () => {
    const history = publishedWithObjections(28);
    history.push(...admitObjection(publicity, foldResults(history), { objectionId: 'o1', now }));
    const dismissed = dismissObjections(publicity, foldResults(history), { objectionIds: ids(2, 28), reason: '  重复提交的无关广告内容  ', now });
    expect(dismissed).toEqual([
      {
        type: 'ObjectionsDismissed',
        payload: { campaignId: 'c1', objectionIds: ids(2, 28), reason: '重复提交的无关广告内容', dismissedAt: now.toISOString() },
      },
    ]);
    history.push(...dismissed);
    const organiserView = resultsView(history, { audience: 'organiser' })!;
    expect(organiserView.objections.filter((o) => o.status === 'dismissed')).toHaveLength(27);
    expect(organiserView.objections[27]).toMatchObject({ status: 'dismissed', dismissalReason: '重复提交的无关广告内容' });
    expect(resultsView(history)!.objections.map((o) => o.objectionId)).toEqual(['o1']);
  });

  it('refuses to dismiss without a reason, an unknown, an admitted or an already dismissed objection, or none at all', () => {
    const history = publishedWithObjections(3);
    history.push(...admitObjection(publicity, foldResults(history), { objectionId: 'o1', now }));
    history.push(...dismissObjections(publicity, foldResults(history), { objectionIds: ['o2'], reason: '广告', now }));
    const dismiss =
      (objectionIds: string[], reason = '广告') =>
      () =>
        dismissObjections(publicity, foldResults(history), { objectionIds, reason, now });
    expect(refusalCode(dismiss(['o3'], '   '))).toBe('objection.dismissal-reason-required');
    expect(refusalCode(dismiss([]))).toBe('objection.none-chosen');
    expect(refusalCode(dismiss(['o3', 'nope']))).toBe('objection.not-found');
    expect(refusalCode(dismiss(['o3', 'o1']))).toBe('objection.admitted');
    expect(refusalCode(dismiss(['o2']))).toBe('objection.dismissed');
    expect(dismiss(['o3', 'o3'])()[0].payload.objectionIds).toEqual(['o3']);
  });

  it('admits only a pending objection, during publicity', () => {
    const history = publishedWithObjections(2);
    history.push(...admitObjection(publicity, foldResults(history), { objectionId: 'o1', now }));
    history.push(...dismissObjections(publicity, foldResults(history), { objectionIds: ['o2'], reason: '广告', now }));
    expect(refusalCode(() => admitObjection(publicity, foldResults(history), { objectionId: 'o1', now }))).toBe('objection.admitted');
    expect(refusalCode(() => admitObjection(publicity, foldResults(history), { objectionId: 'o2', now }))).toBe('objection.dismissed');
    expect(refusalCode(() => admitObjection(publicity, foldResults(history), { objectionId: 'nope', now }))).toBe('objection.not-found');
    expect(refusalCode(() => admitObjection({ ...publicity, stage: 'certified' }, foldResults(history), { objectionId: 'o1', now }))).toBe('stage.wrong');
  });

  it('answers only admitted objections', () => {
    const history = publishedWithObjections(2);
    history.push(...dismissObjections(publicity, foldResults(history), { objectionIds: ['o2'], reason: '广告', now }));
    expect(refusalCode(() => resolveObjection(publicity, foldResults(history), { objectionId: 'o1', resolution: '答复', upheld: false }))).toBe(
      'objection.not-admitted',
    );
    expect(refusalCode(() => resolveObjection(publicity, foldResults(history), { objectionId: 'o2', resolution: '答复', upheld: false }))).toBe(
      'objection.dismissed',
    );
  });

  it('certification waits for the admitted objections only: pending and dismissed ones do not hold it', () => {
    const history = publishedWithObjections(28);
    history.push(...admitObjection(publicity, foldResults(history), { objectionId: 'o1', now }));
    history.push(...dismissObjections(publicity, foldResults(history), { objectionIds: ids(2, 27), reason: '广告', now }));
    expect(refusalCode(() => certifyResults(publicity, foldResults(history), { now, lastEventHash: 'h' }))).toBe('certify.objections-open');
    history.push(...resolveObjection(publicity, foldResults(history), { objectionId: 'o1', resolution: '经核实不属实', upheld: false }));
    // o28 is still pending: it is not part of the record, so it does not hold certification.
    expect(certifyResults(publicity, foldResults(history), { now, lastEventHash: 'h' }).map((e) => e.type)).toEqual([
      'ResultsCertified',
      'CampaignStageAdvanced',
    ]);
  });

  it('reads an objection answered before moderation existed as admitted (it was public then)', () => {
    const history = publishedWithObjections(1);
    history.push({ type: 'ObjectionResolved', payload: { campaignId: 'c1', objectionId: 'o1', resolution: '旧答复', upheld: true } });
    expect(foldResults(history).objections.get('o1')).toMatchObject({ status: 'admitted', upheld: true });
    expect(recordCorrection(publicity, foldResults(history), { text: '更正', now, objectionIds: ['o1'] })).toHaveLength(1);
  });
});
