import { ApiClient, campaignBody, candidacyBody, type Stack, startStack } from '@app/testing';

/**
 * Organisations and per-campaign authority (issue 12), through the real api and worker:
 *
 *   开发用根组织 (org-root) → 武汉市妇联 (org-city, includesDescendants) → 江岸区妇联 (org-ja), 江汉区妇联 (org-jh)
 *
 * An organiser acts on her organisation's campaigns and, where granted from above, on those below; on no other.
 * Inspectors act only where granted, experts only where on the panel; a command is read by its sender and the
 * organisers of its campaign. Every refusal changes nothing.
 */
describe('organisations and campaign scope', () => {
  let stack: Stack;
  let root: ApiClient, city: ApiClient, ja: ApiClient, jh: ApiClient;
  let cityId: string, jaId: string, jhId: string;
  let jaCampaign: string, jhCampaign: string;
  let jaCreateCommand: string;

  const eventCount = async (campaignId: string) =>
    Number((await stack.pool.query('SELECT count(*) FROM events WHERE campaign_id = $1', [campaignId])).rows[0].count);
  const create = async (as: ApiClient, body: object, key?: string) => as.request('POST', '/organisations', body, key ? { 'idempotency-key': key } : {});

  beforeAll(async () => {
    stack = await startStack('org_scope');
    root = await ApiClient.login(stack.baseUrl, ['organiser'], 'org-root', '省妇联李主任');
    const made = await create(root, { parentId: '00000000-0000-4000-8000-00000000d001', name: '武汉市妇联', level: 'city' }, 'make-wuhan');
    expect(made.status).toBe(201);
    cityId = made.body.organisationId;
    expect((await root.request('POST', `/organisations/${cityId}/organisers`, { personId: 'org-city', name: '市妇联周部长' })).status).toBe(201);
    expect((await root.request('PUT', `/organisations/${cityId}/organisers/org-city/includes-descendants`, { includesDescendants: true })).status).toBe(200);
    city = await ApiClient.login(stack.baseUrl, ['organiser'], 'org-city', '市妇联周部长');
    jaId = (await create(city, { parentId: cityId, name: '江岸区妇联', level: 'district' })).body.organisationId;
    jhId = (await create(city, { parentId: cityId, name: '江汉区妇联', level: 'district' })).body.organisationId;
    expect((await city.request('POST', `/organisations/${jaId}/organisers`, { personId: 'org-ja', name: '江岸区王主任' })).status).toBe(201);
    expect((await city.request('POST', `/organisations/${jhId}/organisers`, { personId: 'org-jh', name: '江汉区陈主任' })).status).toBe(201);
    ja = await ApiClient.login(stack.baseUrl, ['organiser'], 'org-ja');
    jh = await ApiClient.login(stack.baseUrl, ['organiser'], 'org-jh');
    const jaCreated = await ja.command('POST', '/campaigns', campaignBody({ title: '江岸区妇联兼职副主席公开选配' }));
    expect(jaCreated.status).toBe(200);
    jaCampaign = jaCreated.body.result.campaignId;
    jaCreateCommand = jaCreated.body.commandId;
    jhCampaign = (await jh.command('POST', '/campaigns', campaignBody({ title: '江汉区妇联兼职副主席公开选配' }))).body.result.campaignId;
  });

  afterAll(() => stack?.stop());

  it('a campaign belongs to its organiser’s only organisation, and lists show each organiser only hers (and those below where granted)', async () => {
    expect((await ja.get(`/campaigns/${jaCampaign}`)).body.organisationId).toBe(jaId);
    const titles = async (as: ApiClient) => (await as.get('/campaigns')).body.map((c: any) => c.title).sort();
    expect(await titles(ja)).toEqual(['江岸区妇联兼职副主席公开选配']);
    expect(await titles(jh)).toEqual(['江汉区妇联兼职副主席公开选配']);
    expect(await titles(city)).toEqual(['江岸区妇联兼职副主席公开选配', '江汉区妇联兼职副主席公开选配']);
    expect(await titles(root)).toEqual([]);
  });

  it('an organiser of a sibling district can neither read nor change the campaign, and nothing changes', async () => {
    const before = await eventCount(jaCampaign);
    const read = await jh.get(`/campaigns/${jaCampaign}`);
    expect(read.status).toBe(403);
    expect(read.body.code).toBe('campaign.outside-your-organisations');
    expect(JSON.stringify(read.body)).not.toContain('江岸区');
    const open = await jh.command('POST', `/campaigns/${jaCampaign}/candidacy/open`);
    expect(open.status).toBe(403);
    expect((await jh.command('POST', `/campaigns/${jaCampaign}/evaluation/experts`, { expertId: 'x', name: '某' })).status).toBe(403);
    expect(await eventCount(jaCampaign)).toBe(before);
    // The city organiser reaches it through includesDescendants.
    expect((await city.command('POST', `/campaigns/${jaCampaign}/candidacy/open`)).status).toBe(200);
    expect(await eventCount(jaCampaign)).toBe(before + 1);
  });

  it('a candidacy and a command are read only within the campaign’s scope (a command also by its sender)', async () => {
    const candidate = await ApiClient.login(stack.baseUrl, ['candidate'], 'cand-ja');
    const submitted = await candidate.command(
      'POST',
      `/campaigns/${jaCampaign}/candidacies`,
      candidacyBody('刘晓燕', { details: { contact: '139-1111-2222' } }),
    );
    expect(submitted.status).toBe(200);
    const candidacyId = submitted.body.result.candidacyId;
    for (const path of [`/candidacies/${candidacyId}`, `/campaigns/${jaCampaign}/candidacies`]) {
      const res = await jh.get(path);
      expect(res.status).toBe(403);
      expect(JSON.stringify(res.body)).not.toMatch(/139-1111-2222|刘晓燕/);
    }
    expect((await ja.get(`/candidacies/${candidacyId}`)).body.details.contact).toBe('139-1111-2222');
    expect((await jh.get(`/commands/${jaCreateCommand}`)).status).toBe(403);
    expect((await ja.get(`/commands/${jaCreateCommand}`)).status).toBe(200);
    expect((await city.get(`/commands/${jaCreateCommand}`)).status).toBe(200);
    expect((await candidate.get(`/commands/${submitted.body.commandId}`)).status).toBe(200);
  });

  it('inspectors act only where granted; the grant is an event of the campaign, refused to its candidates, and bars the grantee from candidacy', async () => {
    const inspector = await ApiClient.login(stack.baseUrl, ['inspector'], 'insp-wu');
    expect((await inspector.get(`/campaigns/${jaCampaign}/shortlist`)).status).toBe(403);
    const granted = await ja.command('POST', `/campaigns/${jaCampaign}/grants`, { personId: 'insp-wu', name: '吴考察', role: 'inspector' });
    expect(granted.status).toBe(200);
    expect((await ja.get(`/campaigns/${jaCampaign}/grants`)).body).toEqual([
      expect.objectContaining({ personId: 'insp-wu', name: '吴考察', role: 'inspector' }),
    ]);
    // Granted: past the scope check, the route answers for itself (no shortlist yet).
    expect((await inspector.get(`/campaigns/${jaCampaign}/shortlist`)).status).toBe(404);
    expect((await inspector.get(`/campaigns/${jhCampaign}/shortlist`)).status).toBe(403);
    expect((await inspector.get('/campaigns')).body.map((c: any) => c.id)).toEqual([jaCampaign]);

    const before = await eventCount(jaCampaign);
    const toCandidate = await ja.command('POST', `/campaigns/${jaCampaign}/grants`, { personId: 'cand-ja', name: '刘晓燕', role: 'counting-officer' });
    expect(toCandidate.status).toBe(422);
    expect(toCandidate.body.code).toBe('grant.person-is-candidate');
    const asCandidate = await ApiClient.login(stack.baseUrl, ['candidate', 'inspector'], 'insp-wu');
    const applies = await asCandidate.command('POST', `/campaigns/${jaCampaign}/candidacies`, candidacyBody('吴考察'));
    expect(applies.status).toBe(422);
    expect(applies.body.code).toBe('candidacy.person-holds-campaign-role');
    expect(await eventCount(jaCampaign)).toBe(before);

    expect((await ja.command('POST', `/campaigns/${jaCampaign}/grants/revoke`, { personId: 'insp-wu', role: 'inspector' })).status).toBe(200);
    expect((await inspector.get(`/campaigns/${jaCampaign}/shortlist`)).status).toBe(403);
    const audit = await (async () => {
      for (let i = 0; i < 150; i++) {
        const types = (await ja.get(`/campaigns/${jaCampaign}/audit`)).body.map((e: any) => e.type);
        if (types.includes('CampaignRoleRevoked')) return types;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error('no CampaignRoleRevoked in the audit trail');
    })();
    expect(audit).toEqual(expect.arrayContaining(['CampaignRoleGranted', 'CampaignRoleRevoked']));
  });

  it('an expert acts only in campaigns whose panel has her', async () => {
    expect((await jh.command('POST', `/campaigns/${jhCampaign}/candidacy/open`)).status).toBe(200);
    expect((await jh.command('POST', `/campaigns/${jhCampaign}/candidacy/close`)).status).toBe(200);
    expect((await jh.command('POST', `/campaigns/${jhCampaign}/evaluation/experts`, { expertId: 'expert-jh', name: '江汉专家' })).status).toBe(200);
    const expert = await ApiClient.login(stack.baseUrl, ['expert'], 'expert-jh');
    expect((await expert.get(`/campaigns/${jhCampaign}/evaluation/assignments/mine`)).status).toBe(200);
    const elsewhere = await expert.get(`/campaigns/${jaCampaign}/evaluation/assignments/mine`);
    expect(elsewhere.status).toBe(403);
    expect(elsewhere.body.code).toBe('panel.not-a-member');
    expect((await expert.get('/campaigns')).body.map((c: any) => c.id)).toEqual([jhCampaign]);
  });

  it('includesDescendants is granted from above, never by oneself; revoking it and removing an organiser take effect at once', async () => {
    const self = await ja.request('PUT', `/organisations/${jaId}/organisers/org-ja/includes-descendants`, { includesDescendants: true });
    expect(self.status).toBe(403);
    expect(self.body.code).toBe('organisation.descendants-granted-from-above');

    expect((await root.request('PUT', `/organisations/${cityId}/organisers/org-city/includes-descendants`, { includesDescendants: false })).status).toBe(200);
    expect((await city.get(`/campaigns/${jaCampaign}`)).status).toBe(403);
    expect((await root.request('PUT', `/organisations/${cityId}/organisers/org-city/includes-descendants`, { includesDescendants: true })).status).toBe(200);
    expect((await city.get(`/campaigns/${jaCampaign}`)).status).toBe(200);

    expect((await city.request('DELETE', `/organisations/${jaId}/organisers/org-ja`)).status).toBe(200);
    expect((await ja.get(`/campaigns/${jaCampaign}`)).status).toBe(403);
    expect((await ja.get('/campaigns')).body).toEqual([]);
    expect((await city.request('POST', `/organisations/${jaId}/organisers`, { personId: 'org-ja', name: '江岸区王主任' })).status).toBe(201);
    expect((await ja.get(`/campaigns/${jaCampaign}`)).status).toBe(200);
  });

  it('organisation lists, creation rules and idempotency', async () => {
    const tree = (await ja.get('/organisations')).body;
    expect(tree.map((o: any) => o.name)).toEqual(['江岸区妇联']);
    expect(tree[0]).toMatchObject({
      actsOnCampaigns: true,
      mayManageOrganisers: true,
      mayGrantDescendants: false,
      organisers: [{ personId: 'org-ja', name: '江岸区王主任', includesDescendants: false }],
    });
    expect((await city.get('/organisations')).body.map((o: any) => o.name).sort()).toEqual(['武汉市妇联', '江岸区妇联', '江汉区妇联'].sort());

    const sibling = await create(jh, { parentId: jaId, name: '一元街道妇联', level: 'street' });
    expect(sibling.status).toBe(403);
    expect(sibling.body.code).toBe('organisation.outside-your-organisations');
    expect((await jh.request('POST', `/organisations/${jaId}/organisers`, { personId: 'intruder', name: '某' })).status).toBe(403);
    const wrongLevel = await create(ja, { parentId: jaId, name: '某市', level: 'city' });
    expect(wrongLevel.status).toBe(422);
    expect(wrongLevel.body).toMatchObject({ code: 'organisation.level-not-below-parent', field: 'level' });
    const bad = await create(ja, { parentId: 'nope', name: '', level: 'village' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: any) => e.field).sort()).toEqual(['level', 'name', 'parentId']);

    const count = async () => Number((await stack.pool.query('SELECT count(*) FROM organisations')).rows[0].count);
    const before = await count();
    const first = await create(ja, { parentId: jaId, name: '一元街道妇联', level: 'street' }, 'yiyuan-1');
    const again = await create(ja, { parentId: jaId, name: '一元街道妇联', level: 'street' }, 'yiyuan-1');
    expect(first.status).toBe(201);
    expect(again.body.organisationId).toBe(first.body.organisationId);
    expect(await count()).toBe(before + 1);
    const reused = await create(ja, { parentId: jaId, name: '另一个', level: 'community' }, 'yiyuan-1');
    expect(reused.status).toBe(422);
    expect(reused.body.code).toBe('idempotency-key.reused');
    expect(await count()).toBe(before + 1);
  });

  it('a campaign needs an organisation she runs: named when she organises several, refused outside hers', async () => {
    expect((await city.request('POST', `/organisations/${jaId}/organisers`, { personId: 'org-two', name: '双职' })).status).toBe(201);
    expect((await city.request('POST', `/organisations/${jhId}/organisers`, { personId: 'org-two', name: '双职' })).status).toBe(201);
    const two = await ApiClient.login(stack.baseUrl, ['organiser'], 'org-two');
    const unnamed = await two.command('POST', '/campaigns', campaignBody());
    expect(unnamed.status).toBe(400);
    expect(unnamed.body.errors).toEqual([expect.objectContaining({ field: 'organisationId', rule: 'requiredWhenSeveral' })]);
    const outside = await jh.command('POST', '/campaigns', campaignBody({ organisationId: jaId }));
    expect(outside.status).toBe(400);
    expect(outside.body.errors).toEqual([expect.objectContaining({ field: 'organisationId', rule: 'yourOrganisation' })]);
    const named = await two.command('POST', '/campaigns', campaignBody({ organisationId: jhId }));
    expect(named.status).toBe(200);
    expect((await jh.get(`/campaigns/${named.body.result.campaignId}`)).body.organisationId).toBe(jhId);
  });

  it('dev login makes an organiser a member of the organisation she names (which must exist); bad grants are 400 naming the field', async () => {
    const named = await new ApiClient(stack.baseUrl).request('POST', '/auth/dev-login', { userId: 'org-dev-ja', roles: ['organiser'], organisationId: jaId });
    expect(named.status).toBe(200);
    const devJa = new ApiClient(stack.baseUrl, named.body.token, 'org-dev-ja');
    expect((await devJa.get('/campaigns')).body.map((c: any) => c.id)).toEqual([jaCampaign]);
    const unknown = await new ApiClient(stack.baseUrl).request('POST', '/auth/dev-login', {
      userId: 'org-dev-x',
      roles: ['organiser'],
      organisationId: '11111111-1111-4111-8111-111111111111',
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors).toEqual([expect.objectContaining({ field: 'organisationId', rule: 'exists' })]);

    const before = await eventCount(jaCampaign);
    const bad = await ja.command('POST', `/campaigns/${jaCampaign}/grants`, { personId: 'has space', name: '', role: 'organiser' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: any) => e.field).sort()).toEqual(['name', 'personId', 'role']);
    expect(await eventCount(jaCampaign)).toBe(before);
  });
});
