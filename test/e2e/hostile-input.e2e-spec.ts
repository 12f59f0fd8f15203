import { randomBytes, randomUUID } from 'node:crypto';
import { JwtService } from '@nestjs/jwt';
import { ApiClient, campaignBody, candidacyBody, type Stack, startStack } from '@app/testing';

const NUL = '\u0000';
const ESCAPE = '\u001b';
const LONE_HIGH_SURROGATE = '\ud800';
const LONE_LOW_SURROGATE = '\udc00';

/** JSON whose innermost value sits inside `levels` nested arrays, under the field `field` of an object. */
const nestedBody = (field: string, levels: number) => `{"${field}":${'['.repeat(levels - 1)}${']'.repeat(levels - 1)}}`;

/**
 * Text PostgreSQL cannot store (NUL, lone surrogates) or that no person types (other C0 controls), and JSON nested
 * deep enough to overflow the stack of anything recursive, are refused at the edge of every route with a 400 that
 * names the field and the rule, before anything runs — and nothing changes.
 */
describe('hostile input is refused at the edge', () => {
  let stack: Stack;
  let organiser: ApiClient;
  let candidate: ApiClient;
  let campaignId: string;

  // The test signs its own tokens (as a holder of the server's key would), so it chooses the key.
  const jwtSecret = randomBytes(32).toString('hex');
  const signer = new JwtService({ secret: jwtSecret });

  beforeAll(async () => {
    stack = await startStack('hostile', { JWT_SECRET: jwtSecret });
    organiser = await ApiClient.login(stack.baseUrl, ['organiser'], 'organiser-hostile');
    candidate = await ApiClient.login(stack.baseUrl, ['candidate'], 'candidate-hostile');
    campaignId = (await organiser.command('POST', '/campaigns', campaignBody())).body.result.campaignId;
    await organiser.command('POST', `/campaigns/${campaignId}/candidacy/open`);
  });

  afterAll(() => stack?.stop());

  const snapshot = async () =>
    (await stack.pool.query(`SELECT (SELECT count(*) FROM commands)::int AS commands, (SELECT count(*) FROM events)::int AS events`)).rows[0];

  const { details, proposal, consent } = candidacyBody();
  const anonymous = () => organiser.anonymous();

  describe('control characters and lone surrogates in text', () => {
    const cases: Array<[string, () => ApiClient, string, () => string, unknown, string, string]> = [
      ['NUL in a campaign title', () => organiser, 'POST', () => '/campaigns', campaignBody({ title: `选配${NUL}` }), 'title', 'noControlCharacters'],
      [
        'a lone surrogate in a position title',
        () => organiser,
        'POST',
        () => '/campaigns',
        campaignBody({ positions: [{ key: 'vice-chair', title: `副主席${LONE_HIGH_SURROGATE}`, seats: 1 }] }),
        'positions.0.title',
        'wellFormedUnicode',
      ],
      [
        'NUL in a candidate name',
        () => candidate,
        'POST',
        () => `/campaigns/${campaignId}/candidacies`,
        { details: { ...details, name: `周${NUL}晓雯` }, proposal },
        'details.name',
        'noControlCharacters',
      ],
      [
        'ESC in a statement',
        () => candidate,
        'POST',
        () => `/campaigns/${campaignId}/candidacies`,
        { details: { ...details, statement: `${ESCAPE}[31m红字` }, proposal },
        'details.statement',
        'noControlCharacters',
      ],
      [
        'a lone low surrogate in a proposal',
        () => candidate,
        'POST',
        () => `/campaigns/${campaignId}/candidacies`,
        { details, proposal: { ...proposal, problem: `问题${LONE_LOW_SURROGATE}` } },
        'proposal.problem',
        'wellFormedUnicode',
      ],
      ['NUL in a juror name', () => organiser, 'POST', () => `/campaigns/${campaignId}/jury/jurors`, { name: `王${NUL}` }, 'name', 'noControlCharacters'],
      [
        'a lone surrogate in a delegate name',
        () => organiser,
        'POST',
        () => `/campaigns/${campaignId}/election/delegates`,
        { delegates: [{ delegateId: 'd-1', name: `王红${LONE_HIGH_SURROGATE}` }] },
        'delegates.0.name',
        'wellFormedUnicode',
      ],
      [
        'NUL in an anonymous objection',
        anonymous,
        'POST',
        () => `/public/campaigns/${campaignId}/objections`,
        { text: `异议${NUL}` },
        'text',
        'noControlCharacters',
      ],
      ['NUL in the dev-login name', anonymous, 'POST', () => '/auth/dev-login', { name: `李${NUL}`, roles: ['organiser'] }, 'name', 'noControlCharacters'],
      [
        'a control character in a field name',
        () => organiser,
        'POST',
        () => '/campaigns',
        { ...campaignBody(), [`x${NUL}`]: 1 },
        'x\\u0000',
        'noControlCharacters',
      ],
      [
        'NUL in a query string value',
        () => organiser,
        'GET',
        () => `/campaigns/${campaignId}/audit?actorId=a%00b`,
        undefined,
        'actorId',
        'noControlCharacters',
      ],
      [
        'a lone surrogate in a jury ballot (the fast path)',
        anonymous,
        'POST',
        () => '/jury/ballots',
        { approvals: [`x${LONE_HIGH_SURROGATE}`] },
        'approvals.0',
        'wellFormedUnicode',
      ],
      [
        'NUL in a jury ballot (the fast path)',
        anonymous,
        'POST',
        () => '/jury/ballots',
        { scores: [{ candidacyId: NUL, score: 1 }] },
        'scores.0.candidacyId',
        'noControlCharacters',
      ],
    ];

    it.each(cases)('%s → 400 naming the field and the rule, nothing stored', async (_name, who, method, path, body, field, rule) => {
      const before = await snapshot();
      const res = await who().request(method, path(), body, { 'idempotency-key': randomUUID() });
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field, rule })]));
      expect(res.body.message).toContain(field);
      expect(await snapshot()).toEqual(before);
    });

    it('refuses a control character in a cell of a juror CSV file, naming the line and the column', async () => {
      const before = await snapshot();
      const csv = `name,reference\n王秀兰,r-1\n李${NUL}红,r-2\n`;
      const res = await organiser.request('POST', `/campaigns/${campaignId}/jury/jurors/import?wait=true`, csv, { 'content-type': 'text/csv' });
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([expect.objectContaining({ line: 3, field: 'name', rule: 'noControlCharacters' })]);
      expect(await snapshot()).toEqual(before);
    });

    it('keeps tabs, line breaks and paired surrogates (emoji, rare characters) in text', async () => {
      const writer = await ApiClient.login(stack.baseUrl, ['candidate'], 'candidate-hostile-tabs');
      const statement = '第一段\r\n\t第二段 👩‍👧 𠀀';
      const res = await writer.command('POST', `/campaigns/${campaignId}/candidacies`, { details: { ...details, statement }, proposal, consent });
      expect(res.status).toBe(200);
      const stored = await writer.get(`/candidacies/${res.body.result.candidacyId}`);
      expect(stored.body.details.statement).toBe(statement);
    });
  });

  describe('deeply nested JSON', () => {
    const routes: Array<[string, () => ApiClient, () => string, string]> = [
      ['a command route', () => organiser, () => '/campaigns', 'title'],
      ['the anonymous objection route', anonymous, () => `/public/campaigns/${campaignId}/objections`, 'text'],
      ['the jury ballot fast path', anonymous, () => '/jury/ballots', 'scores'],
      ['the dev login', anonymous, () => '/auth/dev-login', 'roles'],
    ];

    it.each(routes)('1,500 levels (3 KB) on %s → 400 maxDepth, nothing stored', async (_name, who, path, field) => {
      const before = await snapshot();
      const body = nestedBody(field, 1500);
      expect(body.length).toBeLessThan(3100);
      const res = await who().request('POST', path(), body, { 'idempotency-key': randomUUID() });
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([expect.objectContaining({ rule: 'maxDepth' })]);
      expect(res.body.errors[0].field).toMatch(new RegExp(`^${field}(\\.0)+$`));
      expect(await snapshot()).toEqual(before);
    });

    it('allows 20 levels and refuses 21', async () => {
      const at20 = await organiser.request('POST', '/campaigns', nestedBody('title', 20));
      expect(at20.status).toBe(400);
      expect(at20.body.errors.map((e: { rule: string }) => e.rule)).not.toContain('maxDepth');
      const at21 = await organiser.request('POST', '/campaigns', nestedBody('title', 21));
      expect(at21.status).toBe(400);
      expect(at21.body.errors).toEqual([expect.objectContaining({ rule: 'maxDepth', field: `title${'.0'.repeat(19)}` })]);
    });
  });

  describe('bearer tokens', () => {
    const inAnHour = () => Math.floor(Date.now() / 1000) + 3600;
    const listCandidacies = (token: string) => new ApiClient(stack.baseUrl, token).get(`/campaigns/${campaignId}/candidacies`);

    beforeAll(async () => {
      const applicant = await ApiClient.login(stack.baseUrl, ['candidate'], 'candidate-hostile-listed');
      expect(
        (await applicant.command('POST', `/campaigns/${campaignId}/candidacies`, candidacyBody('陈静', { details: { contact: '139-1234-5678' } }))).status,
      ).toBe(200);
    });

    it('lists a candidate only her own candidacy with a proper token (the control)', async () => {
      const token = await signer.signAsync({ sub: 'candidate-hostile-nobody', roles: ['candidate'], exp: inAnHour() });
      const res = await listCandidacies(token);
      expect(res.status).toBe(200);
      expect(res.body).toEqual([]);
    });

    const refused: Array<[string, Record<string, unknown>]> = [
      ['no sub', { roles: ['candidate'], exp: 0 }],
      ['an empty sub', { sub: '', roles: ['candidate'], exp: 0 }],
      ['a sub that is not text', { sub: 42, roles: ['candidate'], exp: 0 }],
      ['no exp', { sub: 'candidate-hostile-forever', roles: ['candidate'] }],
    ];

    it.each(refused)('refuses a signed token with %s (401), never listing anyone', async (_name, claims) => {
      const token = await signer.signAsync('exp' in claims ? { ...claims, exp: inAnHour() } : claims);
      const res = await listCandidacies(token);
      expect(res.status).toBe(401);
      expect(JSON.stringify(res.body)).not.toContain('139-1234-5678');
    });

    it('takes ?access_token= only on the server-sent-events route', async () => {
      const onPlainRoute = await fetch(`${stack.baseUrl}/campaigns/${campaignId}?access_token=${organiser.token}`);
      expect(onPlainRoute.status).toBe(401);
      const onCommandRoute = await fetch(`${stack.baseUrl}/campaigns/${campaignId}/candidacy/close?access_token=${organiser.token}`, { method: 'POST' });
      expect(onCommandRoute.status).toBe(401);

      const controller = new AbortController();
      const onEventStream = await fetch(`${stack.baseUrl}/campaigns/${campaignId}/jury/progress?access_token=${organiser.token}`, {
        signal: controller.signal,
      });
      expect(onEventStream.status).toBe(200);
      expect(onEventStream.headers.get('content-type')).toContain('text/event-stream');
      controller.abort();
    });
  });
});
