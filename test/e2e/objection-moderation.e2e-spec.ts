import { type Stack, startStack } from '@app/testing';
import { publishedDemoCampaign, type RankingStageCampaign } from '../fixtures/demo-campaign-fixtures';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const SPAM = (i: number) => `【广告】代办各类证件 微信 spam${i}`;
const REAL = '反映某当选人兼职过多，担心精力不足';
const REASON = '与本次选配无关的广告内容，不予受理';

/**
 * Anonymous objections during publicity: a flood of 28 is published verbatim nowhere; the organiser admits the
 * one real objection for the record and dismisses the other 27 in one call with a reason (kept in the audit
 * trail); certification waits for the admitted one's answer only.
 */
describe('publicity: anonymous objections are moderated before they are public', () => {
  let stack: Stack;
  let campaign: RankingStageCampaign;
  let base: string;
  let publicBase: string;
  let realId: string;
  let spamIds: string[];

  beforeAll(async () => {
    stack = await startStack('objection_moderation');
    campaign = await publishedDemoCampaign(stack.baseUrl, 'moderation');
    base = `/campaigns/${campaign.campaignId}`;
    publicBase = `/public${base}`;
  }, 300_000);

  afterAll(() => stack?.stop());

  it('publishes none of 28 anonymous objections until the organiser admits one', async () => {
    const anyone = campaign.organiser.anonymous();
    const ids: string[] = [];
    for (let i = 0; i < 28; i++) {
      const text = i === 13 ? REAL : SPAM(i);
      const res = await anyone.request('POST', `${publicBase}/objections?wait=true`, { text }, { 'idempotency-key': `moderation-objection-${i}` });
      expect(res.status).toBe(200);
      ids.push(res.body.result.objectionId);
    }
    realId = ids[13];
    spamIds = ids.filter((id) => id !== realId);

    const published = (await anyone.get(`${publicBase}/results`)).body;
    expect(published.objections).toEqual([]);
    expect(JSON.stringify(published)).not.toContain('spam');
    expect(await (await fetch(`${stack.baseUrl}${publicBase}/notice`)).text()).not.toContain('spam');

    const organiserView = (await campaign.organiser.get(`${base}/results`)).body;
    expect(organiserView.objections).toHaveLength(28);
    expect(organiserView.objections.every((o: any) => o.status === 'pending')).toBe(true);
  });

  it('refuses bad dismissals with the field and rule, and changes nothing', async () => {
    const { organiser } = campaign;
    const noReason = await organiser.command('POST', `${base}/objections/dismiss`, { objectionIds: spamIds, reason: '' });
    expect(noReason.status).toBe(400);
    expect(noReason.body.errors).toEqual([expect.objectContaining({ field: 'reason', rule: 'isNotEmpty' })]);
    const noIds = await organiser.command('POST', `${base}/objections/dismiss`, { objectionIds: [], reason: REASON });
    expect(noIds.status).toBe(400);
    expect(noIds.body.errors).toEqual([expect.objectContaining({ field: 'objectionIds', rule: 'arrayMinSize' })]);
    const unknown = await organiser.command('POST', `${base}/objections/dismiss`, {
      objectionIds: [...spamIds, '00000000-0000-4000-8000-000000000000'],
      reason: REASON,
    });
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('objection.not-found');
    const answerPending = await organiser.command('POST', `${base}/objections/${realId}/resolve`, { resolution: '答复', upheld: false });
    expect([answerPending.status, answerPending.body.code]).toEqual([409, 'objection.not-admitted']);
    expect((await organiser.get(`${base}/results`)).body.objections.every((o: any) => o.status === 'pending')).toBe(true);
  });

  it('admits one, dismisses 27 in one call with a reason; only the admitted one is public', async () => {
    const { organiser } = campaign;
    expect((await organiser.command('POST', `${base}/objections/${realId}/admit`)).status).toBe(200);
    const dismissed = await organiser.command('POST', `${base}/objections/dismiss`, { objectionIds: spamIds, reason: REASON });
    expect(dismissed.status).toBe(200);
    expect(dismissed.body.result).toEqual({ dismissed: 27 });
    const again = await organiser.command('POST', `${base}/objections/dismiss`, { objectionIds: [realId], reason: REASON });
    expect([again.status, again.body.code]).toEqual([409, 'objection.admitted']);

    const view = (await organiser.get(`${base}/results`)).body;
    expect(view.objections.filter((o: any) => o.status === 'dismissed').map((o: any) => o.dismissalReason)).toEqual(Array(27).fill(REASON));
    const published = (await organiser.anonymous().get(`${publicBase}/results`)).body;
    expect(published.objections).toEqual([expect.objectContaining({ objectionId: realId, status: 'admitted', text: REAL, resolution: null })]);
    expect(JSON.stringify(published)).not.toContain(REASON);
  });

  it('certification waits for the admitted objection’s answer only', async () => {
    const { organiser } = campaign;
    const refused = await organiser.command('POST', `${base}/results/certify`);
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ code: 'certify.objections-open', message: expect.stringContaining('1 admitted objection') });
    expect(
      (await organiser.command('POST', `${base}/objections/${realId}/resolve`, { resolution: '经核实，该同志兼职符合规定，维持选举结果', upheld: false }))
        .status,
    ).toBe(200);
    expect((await organiser.command('POST', `${base}/results/certify`)).status).toBe(200);
    const published = (await organiser.anonymous().get(`${publicBase}/results`)).body;
    expect(published.objections).toEqual([expect.objectContaining({ objectionId: realId, resolution: '经核实，该同志兼职符合规定，维持选举结果' })]);
  });

  it('shows the dismissal, by whom, of how many and why, in the audit trail', async () => {
    let entries: any[] = [];
    for (let attempt = 0; attempt < 50 && entries.length === 0; attempt++) {
      entries = (await campaign.organiser.get(`${base}/audit?type=ObjectionsDismissed`)).body;
      if (entries.length === 0) await sleep(200); // the audit log is projected asynchronously
    }
    expect(entries).toEqual([
      expect.objectContaining({
        type: 'ObjectionsDismissed',
        commandType: 'DismissObjections',
        actor: expect.objectContaining({ name: '李主任' }),
        dismissal: { objections: 27, reason: REASON },
      }),
    ]);
    const admitted = (await campaign.organiser.get(`${base}/audit?type=ObjectionAdmitted`)).body;
    expect(admitted).toEqual([expect.objectContaining({ commandType: 'AdmitObjection' })]);
  });
});
