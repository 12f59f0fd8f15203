import { ApiClient, campaignBody, candidacyBody, type Stack, startStack } from '@app/testing';

describe('nothing accepted is lost or applied twice', () => {
  let stack: Stack;
  let organiser: ApiClient;

  beforeAll(async () => {
    stack = await startStack('idempotency');
    organiser = await ApiClient.login(stack.baseUrl, ['organiser'], 'organiser-wang');
  });

  afterAll(() => stack?.stop());

  const eventCount = async (type?: string) =>
    (await stack.pool.query(`SELECT count(*)::int AS n FROM events ${type ? 'WHERE type = $1' : ''}`, type ? [type] : [])).rows[0].n as number;

  it('applies a command sent twice with the same Idempotency-Key once and returns the first outcome', async () => {
    const first = await organiser.command('POST', '/campaigns', campaignBody({ title: '重复提交测试' }), 'create-once-1');
    const second = await organiser.command('POST', '/campaigns', campaignBody({ title: '重复提交测试' }), 'create-once-1');
    expect(first.status).toBe(200);
    expect(second.status).toBe(200);
    expect(second.body.commandId).toBe(first.body.commandId);
    expect(second.body.result).toEqual(first.body.result);
    const { rows } = await stack.pool.query(`SELECT count(*)::int AS n FROM campaigns WHERE title = '重复提交测试'`);
    expect(rows[0].n).toBe(1);
  });

  it('applies it once when the same key arrives 20 times concurrently', async () => {
    const before = await eventCount('CampaignCreated');
    const responses = await Promise.all(
      Array.from({ length: 20 }, () => organiser.command('POST', '/campaigns', campaignBody({ title: '并发提交测试' }), 'create-concurrent-1')),
    );
    expect(new Set(responses.map((r) => r.status))).toEqual(new Set([200]));
    expect(new Set(responses.map((r) => r.body.commandId)).size).toBe(1);
    expect(await eventCount('CampaignCreated')).toBe(before + 1);
    const { rows } = await stack.pool.query(`SELECT count(*)::int AS n FROM commands WHERE idempotency_key = 'create-concurrent-1'`);
    expect(rows[0].n).toBe(1);
  });

  it('refuses a key reused for a different request (422) and changes nothing', async () => {
    const before = await eventCount();
    const res = await organiser.command('POST', '/campaigns', campaignBody({ title: '另一个请求' }), 'create-once-1');
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('idempotency-key.reused');
    expect(await eventCount()).toBe(before);
  });

  it('scopes keys per person: two people may use the same key', async () => {
    const other = await ApiClient.login(stack.baseUrl, ['organiser'], 'organiser-zhao');
    const res = await other.command('POST', '/campaigns', campaignBody({ title: '同键不同人' }), 'create-once-1');
    expect(res.status).toBe(200);
    expect(res.body.result.campaignId).toBeDefined();
  });

  it('loses nothing and applies nothing twice when the worker is killed with commands queued', async () => {
    const created = await organiser.command('POST', '/campaigns', campaignBody({ title: '故障测试' }));
    const campaignId = created.body.result.campaignId;
    await organiser.command('POST', `/campaigns/${campaignId}/candidacy/open`);

    await stack.worker.stop('SIGKILL');
    const candidates = await Promise.all(Array.from({ length: 30 }, (_, i) => ApiClient.login(stack.baseUrl, ['candidate'], `fault-candidate-${i}`)));
    // Accepted (202) while no worker runs; half of them sent twice with the same key, as a retrying client would.
    const sent = await Promise.all(
      candidates.map((c, i) => c.request('POST', `/campaigns/${campaignId}/candidacies`, candidacyBody(`候选人${i}`), { 'idempotency-key': `submit-${i}` })),
    );
    expect(sent.map((r) => r.status)).toEqual(sent.map(() => 202));
    await Promise.all(
      candidates
        .slice(0, 15)
        .map((c, i) => c.request('POST', `/campaigns/${campaignId}/candidacies`, candidacyBody(`候选人${i}`), { 'idempotency-key': `submit-${i}` })),
    );

    // Start a worker, kill it again mid-way, then start the one that finishes the job.
    await stack.startWorker();
    await new Promise((r) => setTimeout(r, 150));
    await stack.worker.stop('SIGKILL');
    await stack.startWorker();

    const outcomes = await Promise.all(sent.map((r, i) => candidates[i].outcome(r.body.commandId, 60000)));
    expect(outcomes.map((o) => o.status)).toEqual(outcomes.map(() => 'succeeded'));
    const { rows } = await stack.pool.query(`SELECT count(*)::int AS n, count(DISTINCT candidate_id)::int AS people FROM candidacies WHERE campaign_id = $1`, [
      campaignId,
    ]);
    expect(rows[0]).toEqual({ n: 30, people: 30 });
    const events = await stack.pool.query(`SELECT count(*)::int AS n FROM events WHERE campaign_id = $1 AND type = 'CandidacySubmitted'`, [campaignId]);
    expect(events.rows[0].n).toBe(30);
  });
});
