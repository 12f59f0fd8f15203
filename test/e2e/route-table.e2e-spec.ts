import { randomUUID } from 'node:crypto';
import { ROLES, type Role } from '@app/domain';
import { ApiClient, campaignBody, candidacyBody, type Stack, startStack } from '@app/testing';

interface Operation {
  method: string;
  path: string;
  roles: string[];
}

/**
 * Walks every route of the OpenAPI document × every role (and no token at all) and checks the answer against
 * the route's declared roles (`x-roles`): 401 without a token, 403 for a role not named, neither for a role named.
 * Ownership (her own candidacy, her own sheet) is tested per context; this test guards the role table itself.
 *
 * Second axis (issue 12): every route that names a campaign (or a candidacy, command or organisation in one) × a
 * person of another organisation (organiser of a sibling district) and × an expert, an inspector and a counting officer of another
 * campaign → refused (403/404), the campaign's events and the organisation's organisers unchanged, and no
 * candidate's name or contact nor the campaign's title in any answer; the lists show each only her own.
 */
describe('route table × roles', () => {
  let stack: Stack;
  const operations: Operation[] = [];
  const clients = new Map<Role, ApiClient>();

  beforeAll(async () => {
    stack = await startStack('routes');
    const doc = (await new ApiClient(stack.baseUrl).get('/api/docs-json')).body;
    for (const [path, item] of Object.entries<any>(doc.paths)) {
      for (const [method, op] of Object.entries<any>(item)) {
        operations.push({ method: method.toUpperCase(), path, roles: op['x-roles'] ?? [] });
      }
    }
    for (const role of ROLES) clients.set(role, await ApiClient.login(stack.baseUrl, [role], `route-table-${role}`));
  });

  afterAll(() => stack?.stop());

  /** Sends the request and returns only the status: streaming routes (server-sent events) are not read to the end. */
  async function statusOf(op: Operation, token?: string): Promise<number> {
    const url = stack.baseUrl + op.path.replace(/\{[^}]+\}/g, () => randomUUID());
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), 10_000);
    try {
      const res = await fetch(url, {
        method: op.method,
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: ['GET', 'HEAD'].includes(op.method) ? undefined : '{}',
        signal: controller.signal,
      });
      controller.abort();
      return res.status;
    } finally {
      clearTimeout(timer);
    }
  }

  it('documents who may call every route', () => {
    expect(operations.length).toBeGreaterThan(10);
    const undeclared = operations.filter((op) => op.roles.length === 0).map((op) => `${op.method} ${op.path}`);
    expect(undeclared).toEqual([]);
  });

  it('answers every route × role as declared', async () => {
    const mismatches: string[] = [];
    let checked = 0;
    for (const op of operations) {
      const isPublic = op.roles.includes('public');
      const anonymous = await statusOf(op);
      checked += 1;
      if (isPublic ? anonymous === 403 || anonymous >= 500 : anonymous !== 401) mismatches.push(`${op.method} ${op.path} anonymous → ${anonymous}`);
      if (isPublic) continue;
      for (const role of ROLES) {
        const status = await statusOf(op, clients.get(role)!.token);
        checked += 1;
        const allowed = op.roles.includes('any') || op.roles.includes(role);
        const ok = allowed ? status !== 401 && status !== 403 && status < 500 : status === 403;
        if (!ok) mismatches.push(`${op.method} ${op.path} as ${role} (${allowed ? 'allowed' : 'not allowed'}) → ${status}`);
      }
    }
    expect(mismatches).toEqual([]);
    expect(checked).toBeGreaterThan(operations.length * 3);
  });

  describe('× a person of another organisation or another campaign', () => {
    const ROOT = '00000000-0000-4000-8000-00000000d001';
    const SECRET_NAME = '柯思远';
    const SECRET_CONTACT = '137-9999-0001';
    const SECRET_TITLE = '甲区妇联兼职副主席公开选配（内部）';
    const ids: Record<string, string> = {};
    const outsiders = new Map<string, ApiClient>();

    const eventCount = async (campaignId: string) =>
      Number((await stack.pool.query('SELECT count(*) FROM events WHERE campaign_id = $1', [campaignId])).rows[0].count);
    const organisers = async (organisationId: string) =>
      (
        await stack.pool.query('SELECT person_id, includes_descendants FROM organisation_members WHERE organisation_id = $1 ORDER BY person_id', [
          organisationId,
        ])
      ).rows;
    const ok = (res: { status: number; body: any }) => {
      if (res.status >= 300) throw new Error(`${res.status} ${JSON.stringify(res.body)}`);
      return res.body;
    };

    beforeAll(async () => {
      const root = await ApiClient.login(stack.baseUrl, ['organiser'], 'axis-root');
      const cityId = ok(await root.request('POST', '/organisations', { parentId: ROOT, name: '某市妇联', level: 'city' })).organisationId;
      ok(await root.request('POST', `/organisations/${cityId}/organisers`, { personId: 'axis-city', name: '市' }));
      ok(await root.request('PUT', `/organisations/${cityId}/organisers/axis-city/includes-descendants`, { includesDescendants: true }));
      const city = await ApiClient.login(stack.baseUrl, ['organiser'], 'axis-city');
      ids.organisationId = ok(await city.request('POST', '/organisations', { parentId: cityId, name: '甲区妇联', level: 'district' })).organisationId;
      const siblingId = ok(await city.request('POST', '/organisations', { parentId: cityId, name: '乙区妇联', level: 'district' })).organisationId;
      ok(await city.request('POST', `/organisations/${ids.organisationId}/organisers`, { personId: 'axis-a', name: '甲区' }));
      ok(await city.request('POST', `/organisations/${siblingId}/organisers`, { personId: 'axis-b', name: '乙区' }));
      const a = await ApiClient.login(stack.baseUrl, ['organiser'], 'axis-a');
      const b = await ApiClient.login(stack.baseUrl, ['organiser'], 'axis-b');

      const created = ok(await a.command('POST', '/campaigns', campaignBody({ title: SECRET_TITLE })));
      ids.campaignId = created.result.campaignId;
      ids.commandId = created.commandId;
      ok(await a.command('POST', `/campaigns/${ids.campaignId}/candidacy/open`));
      const candidate = await ApiClient.login(stack.baseUrl, ['candidate'], 'axis-candidate');
      ids.candidacyId = ok(
        await candidate.command('POST', `/campaigns/${ids.campaignId}/candidacies`, candidacyBody(SECRET_NAME, { details: { contact: SECRET_CONTACT } })),
      ).result.candidacyId;
      ok(await a.command('POST', `/campaigns/${ids.campaignId}/candidacy/close`));
      ok(await a.command('POST', `/campaigns/${ids.campaignId}/evaluation/experts`, { expertId: 'axis-a-expert', name: '甲区专家' }));
      ids.personId = 'axis-a';
      ids.expertId = 'axis-a-expert';

      const other = ok(await b.command('POST', '/campaigns', campaignBody({ title: '乙区妇联公开选配' }))).result.campaignId;
      ok(await b.command('POST', `/campaigns/${other}/candidacy/open`));
      ok(await b.command('POST', `/campaigns/${other}/candidacy/close`));
      ok(await b.command('POST', `/campaigns/${other}/evaluation/experts`, { expertId: 'axis-expert', name: '乙区专家' }));
      ok(await b.command('POST', `/campaigns/${other}/grants`, { personId: 'axis-inspector', name: '乙区考察', role: 'inspector' }));
      ok(await b.command('POST', `/campaigns/${other}/grants`, { personId: 'axis-counting-officer', name: '乙区计票', role: 'counting-officer' }));
      ids.otherCampaignId = other;

      outsiders.set('organiser of a sibling district', b);
      outsiders.set('expert of another campaign', await ApiClient.login(stack.baseUrl, ['expert'], 'axis-expert'));
      outsiders.set('inspector of another campaign', await ApiClient.login(stack.baseUrl, ['inspector'], 'axis-inspector'));
      outsiders.set('counting officer of another campaign', await ApiClient.login(stack.baseUrl, ['counting-officer'], 'axis-counting-officer'));
    });

    /** Routes that name something inside another campaign or organisation; the rest are lists, covered below. */
    const scoped = () => operations.filter((op) => !op.roles.includes('public') && /\{(campaignId|candidacyId|commandId|organisationId)\}/.test(op.path));

    it('refuses every such route, changes nothing and leaks nothing', async () => {
      expect(scoped().length).toBeGreaterThan(40);
      const eventsBefore = await eventCount(ids.campaignId);
      const organisersBefore = await organisers(ids.organisationId);
      const mismatches: string[] = [];
      for (const op of scoped()) {
        const path = op.path.replace(/\{([^}]+)\}/g, (_, name: string) => ids[name] ?? randomUUID());
        for (const [who, client] of outsiders) {
          const controller = new AbortController();
          const timer = setTimeout(() => controller.abort(), 10_000);
          try {
            const res = await fetch(stack.baseUrl + path, {
              method: op.method,
              headers: { 'content-type': 'application/json', authorization: `Bearer ${client.token}` },
              body: ['GET', 'HEAD'].includes(op.method) ? undefined : '{}',
              signal: controller.signal,
            });
            const text = res.headers.get('content-type')?.includes('text/event-stream') ? '' : await res.text();
            controller.abort();
            if (res.status !== 403 && res.status !== 404) mismatches.push(`${op.method} ${op.path} as ${who} → ${res.status}`);
            for (const secret of [SECRET_NAME, SECRET_CONTACT, SECRET_TITLE])
              if (text.includes(secret)) mismatches.push(`${op.method} ${op.path} as ${who} leaked ${secret}`);
          } finally {
            clearTimeout(timer);
          }
        }
      }
      expect(mismatches).toEqual([]);
      expect(await eventCount(ids.campaignId)).toBe(eventsBefore);
      expect(await organisers(ids.organisationId)).toEqual(organisersBefore);
    });

    it('lists show each person only her own', async () => {
      for (const [who, client] of outsiders) {
        const listed = (await client.get('/campaigns')).body.map((c: any) => c.id);
        expect({ who, listed }).toEqual({ who, listed: [ids.otherCampaignId] });
      }
      const organisations = (await outsiders.get('organiser of a sibling district')!.get('/organisations')).body.map((o: any) => o.name);
      expect(organisations).toEqual(['乙区妇联']);
    });
  });
});
