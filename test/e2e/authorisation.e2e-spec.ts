import { ApiClient, ballotToken, campaignBody, campaignInJuryStage, candidacyBody, importJurors, type Stack, startStack } from '@app/testing';
import { drained } from './jury-helpers';

describe('who may see and do what', () => {
  let stack: Stack;
  let organiser: ApiClient;
  let zhou: ApiClient;
  let chen: ApiClient;
  let campaignId: string;
  let zhouCandidacy: string;

  beforeAll(async () => {
    stack = await startStack('authz');
    organiser = await ApiClient.login(stack.baseUrl, ['organiser'], 'organiser-authz');
    zhou = await ApiClient.login(stack.baseUrl, ['candidate'], 'candidate-zhou');
    chen = await ApiClient.login(stack.baseUrl, ['candidate'], 'candidate-chen');
    campaignId = (await organiser.command('POST', '/campaigns', campaignBody())).body.result.campaignId;
    await organiser.command('POST', `/campaigns/${campaignId}/candidacy/open`);
    zhouCandidacy = (await zhou.command('POST', `/campaigns/${campaignId}/candidacies`, candidacyBody('周晓雯'))).body.result.candidacyId;
    await chen.command('POST', `/campaigns/${campaignId}/candidacies`, candidacyBody('陈静'));
  });

  afterAll(() => stack?.stop());

  it('answers 401 without a token or with a forged one', async () => {
    const anonymous = organiser.anonymous();
    expect((await anonymous.get('/campaigns')).status).toBe(401);
    expect((await anonymous.get(`/candidacies/${zhouCandidacy}`)).status).toBe(401);
    expect((await anonymous.command('POST', '/campaigns', campaignBody())).status).toBe(401);
    const forged = new ApiClient(stack.baseUrl, `${organiser.token!.slice(0, -4)}AAAA`);
    expect((await forged.get('/campaigns')).status).toBe(401);
  });

  it('keeps health and the API docs public', async () => {
    const anonymous = organiser.anonymous();
    expect((await anonymous.get('/health')).status).toBe(200);
    expect((await anonymous.get('/api/docs-json')).status).toBe(200);
  });

  it('lets a candidate see only her own candidacy', async () => {
    expect((await zhou.get(`/candidacies/${zhouCandidacy}`)).status).toBe(200);
    const peek = await chen.get(`/candidacies/${zhouCandidacy}`);
    expect(peek.status).toBe(403);
    expect(JSON.stringify(peek.body)).not.toContain('周晓雯');
    const list = await chen.get(`/campaigns/${campaignId}/candidacies`);
    expect(list.body.map((c: { name: string }) => c.name)).toEqual(['陈静']);
    expect((await organiser.get(`/campaigns/${campaignId}/candidacies`)).body).toHaveLength(2);
  });

  it('refuses a candidate changing another candidate’s candidacy, and changes nothing', async () => {
    const edit = await chen.command('PUT', `/candidacies/${zhouCandidacy}`, candidacyBody('陈静冒名'));
    expect(edit.status).toBe(403);
    const withdraw = await chen.command('POST', `/candidacies/${zhouCandidacy}/withdraw`, {});
    expect(withdraw.status).toBe(403);
    const mine = await zhou.get(`/candidacies/${zhouCandidacy}`);
    expect(mine.body).toMatchObject({ name: '周晓雯', status: 'submitted' });
  });

  it('refuses organiser-only actions to candidates and candidate-only actions to organisers', async () => {
    expect((await zhou.command('POST', '/campaigns', campaignBody())).status).toBe(403);
    expect((await zhou.command('POST', `/campaigns/${campaignId}/candidacy/close`)).status).toBe(403);
    expect((await zhou.command('POST', `/candidacies/${zhouCandidacy}/qualification`, { decision: 'accepted', reason: '自己批准自己' })).status).toBe(403);
    expect((await zhou.get(`/campaigns/${campaignId}/events`)).status).toBe(403);
    expect((await organiser.command('POST', `/campaigns/${campaignId}/candidacies`, candidacyBody('组织者'))).status).toBe(403);
  });

  it('lets a person read only her own commands', async () => {
    const sent = await zhou.request('POST', `/candidacies/${zhouCandidacy}/withdraw`, { reason: '测试' });
    expect(sent.status).toBe(202);
    expect((await zhou.get(`/commands/${sent.body.commandId}`)).status).toBe(200);
    expect((await chen.get(`/commands/${sent.body.commandId}`)).status).toBe(403);
  });
});

describe('rate limit on credential endpoints', () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack('ratelimit', { RATE_LIMIT_CREDENTIALS_PER_MINUTE: '5' });
  });

  afterAll(() => stack?.stop());

  it('answers 429 after the limit and names the wait', async () => {
    const answers = [];
    for (let i = 0; i < 7; i++) answers.push(await send(stack.baseUrl, 'POST', '/auth/dev-login', { userId: `u${i}`, roles: ['candidate'] }));
    expect(answers.map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 429, 429]);
    expect(Number(answers[6].retryAfter)).toBeGreaterThanOrEqual(1);
    expect(Number(answers[6].retryAfter)).toBeLessThanOrEqual(60);
  });
});

describe('rate limit on the ballot endpoint: per juror, not per address', () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack('ballotlimit', { JURY_BALLOTS_PER_JUROR_PER_MINUTE: '3' });
  });

  afterAll(() => stack?.stop());

  it('refuses a 4th ballot from one juror within a minute with 429; another juror at the same address still votes; the last accepted ballot stands', async () => {
    const organiser = await ApiClient.login(stack.baseUrl, ['organiser'], 'organiser-ballot-limit');
    const campaign = await campaignInJuryStage(organiser, { candidates: 2, label: 'ballot-limit' });
    const [a, b] = await importJurors(organiser, campaign.campaignId, 2);
    const [tokenA, tokenB] = await Promise.all([ballotToken(stack.baseUrl, a.code), ballotToken(stack.baseUrl, b.code)]);
    const cast = (token: string, score: number, key: string) =>
      send(
        stack.baseUrl,
        'POST',
        '/jury/ballots',
        { scores: campaign.candidacyIds.map((candidacyId) => ({ candidacyId, score })) },
        { 'x-ballot-token': token, 'idempotency-key': key },
      );
    const answers = [];
    for (const score of [10, 20, 30, 40]) answers.push(await cast(tokenA, score, `a-${score}`));
    expect(answers.map((r) => r.status)).toEqual([202, 202, 202, 429]);
    expect(answers[3].body).toMatchObject({ statusCode: 429, code: 'jury.ballot-rate-limited' });
    expect(answers[3].body.message).toMatch(/wait \d+ s/);
    expect(Number(answers[3].retryAfter)).toBeGreaterThanOrEqual(1);
    expect((await cast(tokenB, 90, 'b-1')).status).toBe(202);

    const tally = await drained(organiser, campaign.campaignId, 4);
    // Juror A's third ballot (30) is her counted one; the refused 40 changed nothing.
    expect(tally.candidates.map((c: { sum: string; ballots: number }) => [Number(c.sum), c.ballots])).toEqual([
      [120, 2],
      [120, 2],
    ]);
  });
});

/** A request with its Retry-After header (the api client keeps no headers). */
async function send(baseUrl: string, method: string, path: string, body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(baseUrl + path, {
    method,
    headers: { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined, retryAfter: res.headers.get('retry-after') };
}

describe('rate limit on juror and delegate codes: refused codes per address, accepted ones never count', () => {
  let stack: Stack;
  const exchangeFrom = (address: string | undefined, code: string) =>
    send(stack.baseUrl, 'POST', '/jury/session', { code }, address ? { 'x-forwarded-for': address } : {});

  beforeAll(async () => {
    stack = await startStack('codelimit', { RATE_LIMIT_FAILED_CODES_PER_MINUTE: '3', TRUST_PROXY: 'loopback' });
  });

  afterAll(() => stack?.stop());

  it('lets a whole hall exchange codes through one address, and stops a guesser after 3 wrong codes', async () => {
    const organiser = await ApiClient.login(stack.baseUrl, ['organiser'], 'organiser-code-limit');
    const campaign = await campaignInJuryStage(organiser, { candidates: 2, label: 'code-limit' });
    const jurors = await importJurors(organiser, campaign.campaignId, 40);
    const anonymous = new ApiClient(stack.baseUrl);
    // 38 jurors in one village hall (one address), all within a minute, three at a time (the limit of codes
    // being checked at once per address): none is throttled.
    const hall = [];
    for (let i = 0; i < 38; i += 3)
      hall.push(...(await Promise.all(jurors.slice(i, Math.min(i + 3, 38)).map((j) => anonymous.request('POST', '/jury/session', { code: j.code })))));
    expect(hall.map((r) => r.status)).toEqual(Array(38).fill(200));
    // A guesser at the same address: three wrong codes are refused as wrong, then the address waits.
    const guesses = [];
    for (const code of ['AAAAA-AAAAA', 'BBBBB-BBBBB', 'CCCCC-CCCCC']) guesses.push((await anonymous.request('POST', '/jury/session', { code })).status);
    expect(guesses).toEqual([401, 401, 401]);
    const blocked = await exchangeFrom(undefined, jurors[38].code);
    expect(blocked.status).toBe(429);
    expect(blocked.body).toMatchObject({ code: 'credentials.too-many-failures' });
    expect(blocked.body.message).toMatch(/wait \d+ s/);
    expect(Number(blocked.retryAfter)).toBeGreaterThanOrEqual(1);
    // The refused attempt did not spend her code: the juror's code is still unused.
    const { rows } = await stack.pool.query(`SELECT used_at FROM jury_jurors WHERE juror_id = $1`, [jurors[38].jurorId]);
    expect(rows[0].used_at).toBeNull();
  });

  it('counts each attempt before checking the code: 300 wrong codes at once get at most 3 answers of "wrong", the rest 429 with Retry-After', async () => {
    const organiser = await ApiClient.login(stack.baseUrl, ['organiser'], 'organiser-code-limit-burst');
    const campaign = await campaignInJuryStage(organiser, { candidates: 2, label: 'code-limit-burst' });
    const [juror] = await importJurors(organiser, campaign.campaignId, 1);
    const wrong = (i: number) => `ZZZZZ-${String(i).padStart(5, '2').replace(/[01]/g, 'Z')}`;
    const burst = await Promise.all(Array.from({ length: 300 }, (_, i) => exchangeFrom('198.51.100.20', wrong(i))));
    const statuses = burst.map((r) => r.status);
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(3);
    expect(statuses.filter((s) => s !== 401 && s !== 429)).toEqual([]);
    const refused = burst.filter((r) => r.status === 429);
    expect(refused.length).toBeGreaterThanOrEqual(297);
    expect(refused.every((r) => Number(r.retryAfter) >= 1 && r.body.code?.startsWith('credentials.'))).toBe(true);
    // Afterwards the address stays blocked, whatever the code; another address is not.
    expect((await exchangeFrom('198.51.100.20', juror.code)).status).toBe(429);
    expect((await exchangeFrom('198.51.100.21', juror.code)).status).toBe(200);

    // The same on the congress ballot route: delegate codes.
    const delegateBurst = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        send(stack.baseUrl, 'GET', `/campaigns/${campaign.campaignId}/election/ballot`, undefined, {
          'x-forwarded-for': '198.51.100.30',
          'x-delegate-code': wrong(i),
        }),
      ),
    );
    expect(delegateBurst.filter((r) => r.status === 401).length).toBeLessThanOrEqual(3);
    expect(delegateBurst.filter((r) => r.status === 429).length).toBeGreaterThanOrEqual(97);
    expect(delegateBurst.filter((r) => r.status === 429).every((r) => Number(r.retryAfter) >= 1)).toBe(true);
  });

  it('behind a trusted proxy, counts each client address on its own', async () => {
    const organiser = await ApiClient.login(stack.baseUrl, ['organiser'], 'organiser-code-limit-proxy');
    const campaign = await campaignInJuryStage(organiser, { candidates: 2, label: 'code-limit-proxy' });
    const [juror] = await importJurors(organiser, campaign.campaignId, 1);
    const from = (address: string, code: string) => new ApiClient(stack.baseUrl).request('POST', '/jury/session', { code }, { 'x-forwarded-for': address });
    const guesses = [];
    for (const code of ['DDDDD-DDDDD', 'EEEEE-EEEEE', 'FFFFF-FFFFF', 'GGGGG-GGGGG']) guesses.push((await from('203.0.113.8', code)).status);
    expect(guesses).toEqual([401, 401, 401, 429]);
    // The proxy's own address (blocked by the test above) and the guesser's are not hers.
    expect((await from('203.0.113.7', juror.code)).status).toBe(200);
  });
});
