import { ApiClient, campaignBody, candidacyBody, type Stack, startStack } from '@app/testing';

/**
 * The organiser's audit trail (issue 7): who (name and roles) did what, when, through which command; the refused
 * attempts with their reasons; filters and paging; only organisers may read it; bad query parameters are 400; no
 * payload, result or credential is ever in it. The audit log is an async projection (outbox → events queue →
 * worker), so the test polls until the rows it expects are there.
 */
describe('audit trail: who did what, visible to organisers', () => {
  let stack: Stack;
  let wang: ApiClient; // organiser 王芳
  let li: ApiClient; // organiser 李明
  let zhou: ApiClient; // candidate 周晓雯
  let campaignId: string;
  let candidacyId: string;
  let jurorCode: string;

  beforeAll(async () => {
    stack = await startStack('audit');
    wang = await ApiClient.login(stack.baseUrl, ['organiser'], 'organiser-wang', '王芳');
    li = await ApiClient.login(stack.baseUrl, ['organiser'], 'organiser-li', '李明');
    zhou = await ApiClient.login(stack.baseUrl, ['candidate'], 'candidate-zhou', '周晓雯');
  });

  afterAll(() => stack?.stop());

  const audit = (query = '') => wang.get(`/campaigns/${campaignId}/audit${query}`);
  const refused = (query = '') => wang.get(`/campaigns/${campaignId}/audit/refused${query}`);

  /** Polls the audit trail (fed asynchronously) until it holds `n` entries, for at most 15 s. */
  async function auditWith(n: number): Promise<any[]> {
    const deadline = Date.now() + 15_000;
    let entries: any[] = [];
    while (Date.now() < deadline) {
      const res = await audit();
      expect(res.status).toBe(200);
      entries = res.body;
      if (entries.length >= n) return entries;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`audit trail has ${entries.length} entries after 15 s, expected ${n}: ${JSON.stringify(entries.map((e) => e.type))}`);
  }

  it('two organisers and a candidate act; two of their attempts are refused', async () => {
    const created = await wang.command('POST', '/campaigns', campaignBody());
    expect(created.status).toBe(200);
    campaignId = created.body.result.campaignId;
    expect((await wang.command('POST', `/campaigns/${campaignId}/candidacy/open`)).status).toBe(200);

    // 李明 tries to change the configuration after candidacy opened: refused (409 campaign.not-draft), nothing changes.
    const reconfigure = await li.command('PUT', `/campaigns/${campaignId}/config`, campaignBody({ title: '改名' }));
    expect(reconfigure.status).toBe(409);
    expect(reconfigure.body.code).toBe('campaign.not-draft');

    const submitted = await zhou.command('POST', `/campaigns/${campaignId}/candidacies`, candidacyBody('周晓雯'));
    expect(submitted.status).toBe(200);
    candidacyId = submitted.body.result.candidacyId;
    const twice = await zhou.command('POST', `/campaigns/${campaignId}/candidacies`, candidacyBody('周晓雯'));
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('candidacy.duplicate');

    expect((await li.command('POST', `/campaigns/${campaignId}/candidacy/close`)).status).toBe(200);
    expect((await wang.command('POST', `/candidacies/${candidacyId}/qualification`, { decision: 'accepted', reason: '材料齐全，符合条件' })).status).toBe(200);

    // A juror's one-time code is in the command's answer only: it must never reach the audit trail.
    const juror = await li.command('POST', `/campaigns/${campaignId}/jury/jurors`, { name: '王秀兰', reference: '东湖-1' });
    expect(juror.status).toBe(200);
    jurorCode = juror.body.credential.code;
    expect(jurorCode).toMatch(/^[A-Z2-9]{5}-[A-Z2-9]{5}$/);
  });

  it('says who (name and roles) did what, through which command, in order', async () => {
    const entries = await auditWith(6);
    expect(entries.map((e) => [e.actor.name, e.actor.roles, e.type, e.commandType, e.stage ?? null])).toEqual([
      ['王芳', ['organiser'], 'CampaignCreated', 'CreateCampaign', null],
      ['王芳', ['organiser'], 'CampaignStageAdvanced', 'AdvanceCampaignStage', 'candidacy-open'],
      ['周晓雯', ['candidate'], 'CandidacySubmitted', 'SubmitCandidacy', null],
      ['李明', ['organiser'], 'CampaignStageAdvanced', 'AdvanceCampaignStage', 'qualification-review'],
      ['王芳', ['organiser'], 'CandidacyQualificationDecided', 'DecideQualification', null],
      ['李明', ['organiser'], 'JurorsRegistered', 'RegisterJuror', null],
    ]);
    expect(entries.map((e) => e.actorId)).toEqual(['organiser-wang', 'organiser-wang', 'candidate-zhou', 'organiser-li', 'organiser-wang', 'organiser-li']);
    expect(entries.every((e) => e.actor.id === e.actorId)).toBe(true);
    const seqs = entries.map((e) => BigInt(e.seq));
    expect([...seqs].sort((a, b) => (a < b ? -1 : 1))).toEqual(seqs);
    for (const e of entries) {
      expect(Object.keys(e).sort()).toEqual(
        ['actor', 'actorId', 'commandId', 'commandType', 'occurredAt', 'seq', 'type', ...(e.stage ? ['stage'] : [])].sort(),
      );
      expect(e.commandId).toMatch(/^[0-9a-f-]{36}$/);
      expect(new Date(e.occurredAt).toISOString()).toBe(e.occurredAt);
    }
    // The command ids are the ones GET /commands/:id knows.
    const first = await wang.get(`/commands/${entries[0].commandId}`);
    expect(first.body).toMatchObject({ type: 'CreateCampaign', status: 'succeeded' });
  });

  it('filters by person and by action, and pages with after + limit', async () => {
    const byWang = (await audit('?actorId=organiser-wang')).body;
    expect(byWang.map((e: any) => e.type)).toEqual(['CampaignCreated', 'CampaignStageAdvanced', 'CandidacyQualificationDecided']);
    expect(byWang.every((e: any) => e.actor.name === '王芳')).toBe(true);

    const stages = (await audit('?type=CampaignStageAdvanced')).body;
    expect(stages.map((e: any) => [e.actor.name, e.stage])).toEqual([
      ['王芳', 'candidacy-open'],
      ['李明', 'qualification-review'],
    ]);

    const both = (await audit('?actorId=organiser-li&type=CampaignStageAdvanced')).body;
    expect(both.map((e: any) => e.stage)).toEqual(['qualification-review']);
    expect((await audit('?actorId=nobody')).body).toEqual([]);
    expect((await audit('?type=ResultsCertified')).body).toEqual([]);

    // Page by page, two at a time: the same six entries in the same order.
    const all = (await audit()).body;
    const paged: any[] = [];
    let after: string | undefined;
    for (let i = 0; i < 5; i += 1) {
      const page = (await audit(`?limit=2${after ? `&after=${after}` : ''}`)).body;
      paged.push(...page);
      if (page.length < 2) break;
      after = page[page.length - 1].seq;
    }
    expect(paged.map((e) => e.seq)).toEqual(all.map((e: any) => e.seq));
    expect((await audit(`?after=${all[3].seq}`)).body.map((e: any) => e.seq)).toEqual(all.slice(4).map((e: any) => e.seq));
  });

  it('shows the refused attempts: who tried what, when, and why', async () => {
    const res = await refused();
    expect(res.status).toBe(200);
    expect(res.body.map((a: any) => [a.actor.name, a.actor.roles, a.commandType, a.status, a.reason.code])).toEqual([
      ['李明', ['organiser'], 'ReconfigureCampaign', 'rejected', 'campaign.not-draft'],
      ['周晓雯', ['candidate'], 'SubmitCandidacy', 'rejected', 'candidacy.duplicate'],
    ]);
    const [first] = res.body;
    expect(first.reason.message).toMatch(/candidacy-open/);
    expect(first.reason.kind).toBe('conflict');
    expect(Object.keys(first).sort()).toEqual(['actor', 'attemptedAt', 'commandId', 'commandType', 'reason', 'refusedAt', 'status']);
    expect(new Date(first.refusedAt).getTime()).toBeGreaterThanOrEqual(new Date(first.attemptedAt).getTime());

    expect((await refused('?actorId=candidate-zhou')).body.map((a: any) => a.commandType)).toEqual(['SubmitCandidacy']);
    expect((await refused('?type=ReconfigureCampaign')).body.map((a: any) => a.actor.id)).toEqual(['organiser-li']);
    expect((await refused('?offset=1&limit=1')).body.map((a: any) => a.actor.id)).toEqual(['candidate-zhou']);
    expect((await refused('?offset=2')).body).toEqual([]);
  });

  it('lists everyone who acted or tried to, for filtering by person', async () => {
    const res = await wang.get(`/campaigns/${campaignId}/audit/people`);
    expect(res.status).toBe(200);
    const people = [...res.body].sort((a: any, b: any) => a.id.localeCompare(b.id));
    expect(people).toEqual([
      { id: 'candidate-zhou', name: '周晓雯', roles: ['candidate'], actions: 1, refused: 1 },
      { id: 'organiser-li', name: '李明', roles: ['organiser'], actions: 2, refused: 1 },
      { id: 'organiser-wang', name: '王芳', roles: ['organiser'], actions: 3, refused: 0 },
    ]);
  });

  it('never returns a payload, a result or a credential', async () => {
    const answers = [(await audit()).body, (await refused()).body, (await wang.get(`/campaigns/${campaignId}/audit/people`)).body];
    const bodies = JSON.stringify(answers);
    const keys = new Set<string>();
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object') {
        for (const [k, x] of Object.entries(v)) {
          keys.add(k);
          walk(x);
        }
      }
    };
    walk(answers);
    for (const secret of ['payload', 'result', 'idempotencyKey', 'requestHash', 'credential', 'credentials', 'codeHash', 'codeHashes', 'token'])
      expect(keys).not.toContain(secret);
    expect(bodies).not.toContain(jurorCode);
    expect(bodies).not.toContain(jurorCode.replace('-', ''));
    expect(bodies).not.toContain('王秀兰'); // the juror's name is in the command's payload only
    expect(bodies).not.toContain('138-0000-0000'); // the candidate's contact (payload)
    expect(bodies).not.toContain('材料齐全'); // the qualification reason (payload)
    expect(bodies).not.toContain('改名'); // the refused command's payload
  });

  it('is for organisers only', async () => {
    for (const role of ['candidate', 'expert', 'juror', 'delegate', 'inspector'] as const) {
      const other = await ApiClient.login(stack.baseUrl, [role]);
      for (const path of ['audit', 'audit/refused', 'audit/people']) expect((await other.get(`/campaigns/${campaignId}/${path}`)).status).toBe(403);
    }
    expect((await zhou.get(`/campaigns/${campaignId}/audit`)).status).toBe(403);
    expect((await wang.anonymous().get(`/campaigns/${campaignId}/audit`)).status).toBe(401);
    // Another organiser reads the same trail.
    expect((await li.get(`/campaigns/${campaignId}/audit`)).body).toHaveLength(6);
    // An unknown campaign is 404, not an empty trail.
    const unknown = await wang.get('/campaigns/00000000-0000-4000-8000-000000000000/audit');
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('campaign.not-found');
  });

  it('answers 400 naming the field for bad query parameters', async () => {
    const cases: [string, string, string][] = [
      ['audit', '?limit=0', 'limit'],
      ['audit', '?limit=1001', 'limit'],
      ['audit', '?limit=abc', 'limit'],
      ['audit', '?limit=2.5', 'limit'],
      ['audit', '?after=-1', 'after'],
      ['audit', '?after=12abc', 'after'],
      ['audit', '?type=candidacy-submitted', 'type'],
      ['audit', '?actorId=has%20space', 'actorId'],
      ['audit', '?orderBy=seq', 'orderBy'],
      ['audit/refused', '?offset=-1', 'offset'],
      ['audit/refused', '?limit=5000', 'limit'],
      ['audit/refused', '?after=3', 'after'],
    ];
    for (const [path, query, field] of cases) {
      const res = await wang.get(`/campaigns/${campaignId}/${path}${query}`);
      expect({ query, status: res.status }).toEqual({ query, status: 400 });
      expect(res.body.errors.map((e: any) => e.field)).toContain(field);
      for (const e of res.body.errors) expect(Object.keys(e).sort()).toEqual(['field', 'message', 'rule']);
    }
    const limit = await audit('?limit=0');
    expect(limit.body.errors).toEqual([{ field: 'limit', rule: 'min', message: expect.stringContaining('limit') }]);
    expect((await audit('?after=x')).body.errors[0]).toMatchObject({ field: 'after', rule: 'matches' });
    expect((await audit('?orderBy=seq')).body.errors[0]).toMatchObject({ field: 'orderBy', rule: 'unknownField' });
    expect((await wang.get('/campaigns/not-a-uuid/audit')).status).toBe(400);
  });

  it('is documented in OpenAPI with its filters and who may call it', async () => {
    const doc = (await new ApiClient(stack.baseUrl).get('/api/docs-json')).body;
    const params = (path: string) =>
      doc.paths[path].get.parameters
        .filter((p: any) => p.in === 'query')
        .map((p: any) => p.name)
        .sort();
    expect(params('/campaigns/{campaignId}/audit')).toEqual(['actorId', 'after', 'limit', 'type']);
    expect(params('/campaigns/{campaignId}/audit/refused')).toEqual(['actorId', 'limit', 'offset', 'type']);
    for (const path of ['/campaigns/{campaignId}/audit', '/campaigns/{campaignId}/audit/refused', '/campaigns/{campaignId}/audit/people']) {
      expect(doc.paths[path].get['x-roles']).toEqual(['organiser']);
      expect(doc.paths[path].get.summary).toEqual(expect.any(String));
    }
  });
});
