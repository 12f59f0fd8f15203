import { ApiClient, campaignBody, type Stack, startStack } from '@app/testing';

/**
 * The organiser's drafts: a configuration with the same quota twice is refused at the field (400) and changes
 * nothing; a draft is discarded through a command (idempotent, recorded in its history) and leaves every list;
 * a campaign that has left draft is never discarded.
 */
describe('campaign drafts: duplicate quotas refused, drafts discarded', () => {
  let stack: Stack;
  let organiser: ApiClient;
  const eventCount = async () => (await stack.pool.query(`SELECT count(*)::int AS n FROM events`)).rows[0].n as number;
  const listedIds = async () => ((await organiser.get('/campaigns')).body as { id: string }[]).map((c) => c.id);

  beforeAll(async () => {
    stack = await startStack('campaign_drafts');
    organiser = await ApiClient.login(stack.baseUrl, ['organiser'], 'organiser-drafts', '李主任');
  });

  afterAll(() => stack?.stop());

  it('refuses the same quota twice (same attribute, value and body) with 400 naming the later row, on create and on reconfigure', async () => {
    const quotas = [
      { attribute: 'grassrootsFrontline', equals: true, minSharePercent: 30, appliesTo: 'shortlist' },
      { attribute: 'employment', equals: 'full-time', maxSharePercent: 50, appliesTo: 'elected' },
      { attribute: 'grassrootsFrontline', minSharePercent: 40, appliesTo: 'shortlist' }, // equals left out means true: the same quota
    ];
    const before = await eventCount();
    const created = await organiser.command('POST', '/campaigns', campaignBody({ quotas }), 'dup-quota-create');
    expect(created.status).toBe(400);
    expect(created.body.errors).toEqual([{ field: 'quotas.2.attribute', rule: 'uniqueQuota', message: expect.stringContaining('quotas.0') }]);

    const draft = await organiser.command('POST', '/campaigns', campaignBody(), 'dup-quota-draft');
    expect(draft.status).toBe(200);
    const id = draft.body.result.campaignId;
    const reconfigured = await organiser.command('PUT', `/campaigns/${id}/config`, campaignBody({ quotas }), 'dup-quota-reconfigure');
    expect(reconfigured.status).toBe(400);
    expect(reconfigured.body.errors.map((e: any) => e.field)).toEqual(['quotas.2.attribute']);
    expect((await organiser.get(`/campaigns/${id}`)).body.config.quotas).toEqual(campaignBody().quotas);
    expect(await eventCount()).toBe(before + 1); // only the second, good, campaign

    // The same attribute for another value, or for the other body, is another quota.
    const distinct = [
      { attribute: 'employment', equals: 'full-time', maxSharePercent: 50, appliesTo: 'elected' },
      { attribute: 'employment', equals: 'part-time', minSharePercent: 20, appliesTo: 'elected' },
      { attribute: 'employment', equals: 'full-time', maxSharePercent: 50, appliesTo: 'shortlist' },
    ];
    expect((await organiser.command('PUT', `/campaigns/${id}/config`, campaignBody({ quotas: distinct }), 'distinct-quotas')).status).toBe(200);
  });

  it('discards a draft through an idempotent command: it leaves the list, its history keeps the discard, nothing acts on it again', async () => {
    const kept = (await organiser.command('POST', '/campaigns', campaignBody({ title: '保留的草稿' }), 'kept-draft')).body.result.campaignId;
    const id = (await organiser.command('POST', '/campaigns', campaignBody({ title: '作废的草稿' }), 'discarded-draft')).body.result.campaignId;
    expect(await listedIds()).toEqual(expect.arrayContaining([kept, id]));

    const discarded = await organiser.command('POST', `/campaigns/${id}/discard`, { reason: '重复创建' }, 'discard-1');
    expect(discarded.status).toBe(200);
    expect(discarded.body).toMatchObject({ status: 'succeeded', type: 'DiscardDraftCampaign', result: { campaignId: id } });
    // The same key again is the same command, not a second discard.
    const again = await organiser.command('POST', `/campaigns/${id}/discard`, { reason: '重复创建' }, 'discard-1');
    expect(again.body.commandId).toBe(discarded.body.commandId);

    const listed = await listedIds();
    expect(listed).toContain(kept);
    expect(listed).not.toContain(id);
    const read = await organiser.get(`/campaigns/${id}`);
    expect(read.status).toBe(404);
    expect(read.body.code).toBe('campaign.discarded');

    const history = (await organiser.get(`/campaigns/${id}/events`)).body.map((e: any) => [e.type, e.payload.reason]);
    expect(history).toEqual([
      ['CampaignCreated', undefined],
      ['DraftCampaignDiscarded', '重复创建'],
    ]);

    for (const [method, path, body] of [
      ['PUT', `/campaigns/${id}/config`, campaignBody()],
      ['POST', `/campaigns/${id}/candidacy/open`, undefined],
      ['POST', `/campaigns/${id}/discard`, {}],
    ] as const) {
      const res = await organiser.command(method, path, body);
      expect([path, res.status, res.body.code]).toEqual([path, 404, 'campaign.discarded']);
    }
  });

  it('never discards a campaign that has left draft (409), and refuses a malformed reason (400)', async () => {
    const id = (await organiser.command('POST', '/campaigns', campaignBody({ title: '已开放报名' }), 'open-campaign')).body.result.campaignId;
    const badReason = await organiser.command('POST', `/campaigns/${id}/discard`, { reason: 42 }, 'discard-bad-reason');
    expect(badReason.status).toBe(400);
    expect(badReason.body.errors).toContainEqual(expect.objectContaining({ field: 'reason', rule: 'isString' }));
    expect((await organiser.command('POST', `/campaigns/${id}/candidacy/open`, undefined, 'open-it')).status).toBe(200);
    const refused = await organiser.command('POST', `/campaigns/${id}/discard`, {}, 'discard-open');
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('campaign.not-draft');
    expect(await listedIds()).toContain(id);
    expect((await organiser.get(`/campaigns/${id}`)).body.stage).toBe('candidacy-open');
  });

  it('lets only organisers discard', async () => {
    const id = (await organiser.command('POST', '/campaigns', campaignBody({ title: '他人不能作废' }), 'not-yours')).body.result.campaignId;
    const candidate = await ApiClient.login(stack.baseUrl, ['candidate'], 'candidate-drafts');
    expect((await candidate.command('POST', `/campaigns/${id}/discard`, {})).status).toBe(403);
    expect(await listedIds()).toContain(id);
  });
});
