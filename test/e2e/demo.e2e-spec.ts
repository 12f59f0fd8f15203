import { seedDemoCampaign } from '../../apps/demo/src/seed-demo-campaign';
import { DataSource } from 'typeorm';
import { exportCampaignLog } from '@app/database';
import { type CampaignLog, verifyCampaignLog } from '@app/domain';
import { ApiClient, type Stack, startStack } from '@app/testing';

/**
 * The whole demo campaign, draft to certified, through HTTP and the queues: candidacy, qualification, expert
 * scoring, panel opinion, jury, ranking, quota-aware shortlist, inspection with a failure and a replacement, a
 * congress with a run-off and a further round, publicity with an objection, certification.
 */
describe('the demo campaign end to end (npm start)', () => {
  let stack: Stack;
  let first: Awaited<ReturnType<typeof seedDemoCampaign>>;

  beforeAll(async () => {
    stack = await startStack('demo');
    first = await seedDemoCampaign(stack.baseUrl, () => undefined);
  }, 300_000);

  afterAll(() => stack?.stop());

  it('ends certified with the ranked result computed by hand', () => {
    // composite = 0.4 × project review + 0.3 × panel points + 0.3 × jury; parts are exact by construction
    // (7 expert sheets base−3…base+3 and 60 jury scores jury−2…jury+2, trimmed: the means are the bases).
    expect(first.results.stage).toBe('certified');
    expect(first.results.lines.map((l: any) => [l.rank, l.name, l.projectReview, l.panelPoints, l.jury, l.composite, l.status, l.positionKey])).toEqual([
      [1, '黄丽娟', '92.00', '100.00', '88.00', '93.2000', 'elected', 'vice-chair'],
      [2, '吴敏', '90.00', '100.00', '84.00', '91.2000', 'elected', 'vice-chair'],
      [3, '周晓雯', '86.00', '85.00', '92.00', '87.5000', 'elected', 'vice-chair'],
      [4, '孙慧', '88.00', '85.00', '85.00', '86.2000', 'elected', 'standing-committee'],
      [5, '陈静', '84.00', '85.00', '86.00', '84.9000', 'failed-inspection', null],
      [6, '刘佳', '85.00', '85.00', '80.00', '83.5000', 'not-elected', null],
      [7, '林淑芬', '80.00', '85.00', '84.00', '82.7000', 'elected', 'standing-committee'],
      [8, '杨帆', '82.00', '70.00', '82.00', '78.4000', 'not-shortlisted', null],
      [9, '何晓燕', '78.00', '70.00', '83.00', '77.1000', 'not-shortlisted', null],
      [10, '王秀兰', '75.00', '70.00', '86.00', '76.8000', 'not-shortlisted', null],
      [11, '郑雅琴', '76.00', '70.00', '79.00', '75.1000', 'not-shortlisted', null],
      [12, '马春燕', '72.00', '50.00', '90.00', '70.8000', 'not-shortlisted', null],
    ]);
    expect(first.results.positions.map((p: any) => [p.key, p.elected.map((e: any) => e.name)])).toEqual([
      ['vice-chair', ['黄丽娟', '吴敏', '周晓雯']],
      ['standing-committee', ['孙慧', '林淑芬']],
    ]);
  });

  it('records the congress rounds: a void-free first round, a run-off for the tied last seat, a further round', () => {
    const [vc, sc] = first.results.positions;
    expect(vc.rounds.map((r: any) => r.status)).toEqual(['run-off-required', 'elected']);
    expect(sc.rounds.map((r: any) => r.status)).toEqual(['further-round-required', 'elected']);
    const minutes = vc.rounds[0].minutes;
    expect(minutes).toMatchObject({
      registeredDelegates: 120,
      presentDelegates: 100,
      ballotsIssued: 100,
      ballotsReturned: 100,
      validBallots: 100,
      invalidBallots: 0,
    });
  });

  it('publishes the notice, the CSV and the objection with its written answer', async () => {
    const anyone = new ApiClient(stack.baseUrl);
    const notice = await anyone.get(`/public/campaigns/${first.campaignId}/notice`);
    expect(notice.status).toBe(200);
    expect(notice.body).toContain('黄丽娟');
    expect(notice.body).toContain('93.2000');
    const csv = await anyone.get(`/public/campaigns/${first.campaignId}/results.csv`);
    expect(String(csv.body).split('\n')[1]).toContain('1,黄丽娟');
    expect(first.results.objections).toEqual([expect.objectContaining({ upheld: false, resolution: '经核实，该同志兼职符合规定，维持选举结果' })]);
    expect(first.results.basedOnEventHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('changes nothing when loaded again', async () => {
    const eventsBefore = (await stack.pool.query(`SELECT count(*)::int AS n FROM events`)).rows[0].n;
    const second = await seedDemoCampaign(stack.baseUrl, () => undefined);
    expect(second.campaignId).toBe(first.campaignId);
    expect((await stack.pool.query(`SELECT count(*)::int AS n FROM events`)).rows[0].n).toBe(eventsBefore);
  });
});

describe('the demo campaign’s exported log, verified by a third party', () => {
  let stack: Stack;
  let log: CampaignLog;

  beforeAll(async () => {
    stack = await startStack('verify');
    const { campaignId } = await seedDemoCampaign(stack.baseUrl, () => undefined);
    const ds = new DataSource({ type: 'postgres', url: stack.database.url });
    await ds.initialize();
    log = await exportCampaignLog(ds.manager, campaignId);
    await ds.destroy();
  }, 300_000);

  afterAll(() => stack?.stop());

  it('passes: the chain holds and every recorded outcome is recomputed from the events', () => {
    const report = verifyCampaignLog(JSON.parse(JSON.stringify(log)));
    expect(report.problems).toEqual([]);
    expect(report.ok).toBe(true);
    // RankingFrozen, ShortlistFormed, the jury result, 4 congress rounds and the published result.
    expect(report.recomputed).toBe(8);
  });

  it.each(['ScoreSheetSubmitted', 'JuryResultRecorded', 'RankingFrozen', 'CongressRoundClosed', 'ResultsPublished'])(
    'fails, naming the event, when one character of a %s event is changed',
    (type) => {
      const text = JSON.stringify(log);
      const target = log.events.find((e) => e.type === type)!;
      const payload = JSON.stringify(target.payload);
      // Change one digit inside the event's payload, as a forger would change a score.
      const at = payload.search(/[0-8]/);
      const forged = payload.slice(0, at) + String(Number(payload[at]) + 1) + payload.slice(at + 1);
      const tampered = JSON.parse(text.replace(payload, forged)) as CampaignLog;
      const report = verifyCampaignLog(tampered);
      expect(report.ok).toBe(false);
      expect(report.problems[0]).toMatchObject({ version: target.version, type });
    },
  );

  it('fails when an event is dropped', () => {
    const report = verifyCampaignLog({ ...log, events: log.events.filter((_, i) => i !== 10) });
    expect(report.ok).toBe(false);
    expect(report.problems[0].version).toBe(log.events[11].version);
  });
});
