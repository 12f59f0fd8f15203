import IORedis from 'ioredis';
import { ApiClient, ballotToken, campaignInJuryStage, importJurors, type JuryCampaign, type Stack, startStack } from '@app/testing';
import { drained, eventually } from './jury-helpers';

const KEEP_COMPLETED = 20;
const COMMANDS = 300;
const JURORS = 40;
const BALLOTS = 400;
const QUEUES = ['commands', 'events', 'jury-ballots'];
/** Per queue: its kept jobs plus BullMQ's own keys (id, meta, events, wait, active, completed, failed, …). */
const KEYS_PER_QUEUE = KEEP_COMPLETED + 15;

/**
 * Redis only carries work: after hundreds of commands and ballots the queues hold no more than their trimmed
 * completed jobs, whatever was sent, and nothing is lost (PostgreSQL holds every outcome).
 */
describe('Redis stays bounded whatever the number of commands and ballots', () => {
  let stack: Stack;
  let organiser: ApiClient;
  let campaign: JuryCampaign;
  let redis: IORedis;

  beforeAll(async () => {
    // Small batches: many ballot jobs, each of which must leave Redis once applied.
    stack = await startStack('redis_bounded', { QUEUE_KEEP_COMPLETED: String(KEEP_COMPLETED), JURY_BATCH_MS: '1', JURY_BATCH_MAX: '5' });
    redis = new IORedis(process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379', { maxRetriesPerRequest: 3 });
    organiser = await ApiClient.login(stack.baseUrl, ['organiser'], 'organiser-redis-bounded');
    campaign = await campaignInJuryStage(organiser, { candidates: 3, label: 'redis-bounded' });
  });

  afterAll(async () => {
    redis?.disconnect();
    await stack?.stop();
  });

  async function queueKeys(): Promise<Record<string, string[]>> {
    const byQueue: Record<string, string[]> = Object.fromEntries(QUEUES.map((q) => [q, []]));
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${stack.queuePrefix}:*`, 'COUNT', 1000);
      for (const key of keys) {
        const queue = QUEUES.find((q) => key.startsWith(`${stack.queuePrefix}:${q}:`));
        if (queue) byQueue[queue].push(key);
      }
      cursor = next;
    } while (cursor !== '0');
    return byQueue;
  }

  it(`after ${COMMANDS} commands and ${BALLOTS} ballots each queue keeps at most ${KEEP_COMPLETED} completed jobs, and nothing is lost`, async () => {
    let next = 0;
    const outcomes: string[] = [];
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        while (next < COMMANDS) {
          const i = next++;
          const res = await organiser.command(
            'POST',
            `/campaigns/${campaign.campaignId}/jury/jurors`,
            { name: `加录评审员${i + 1}`, reference: `bounded-${i}` },
            `bounded-${i}`,
          );
          outcomes.push(`${res.status} ${res.body?.status}`);
        }
      }),
    );
    expect(outcomes.filter((o) => o !== '200 succeeded')).toEqual([]);

    const jurors = await importJurors(organiser, campaign.campaignId, JURORS, 'bounded-import-');
    const tokens = await Promise.all(jurors.map((j) => ballotToken(stack.baseUrl, j.code)));
    let sent = 0;
    const accepted: number[] = [];
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        while (sent < BALLOTS) {
          const i = sent++;
          const res = await fetch(`${stack.baseUrl}/jury/ballots`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-ballot-token': tokens[i % JURORS] },
            body: JSON.stringify({ scores: campaign.candidacyIds.map((candidacyId, k) => ({ candidacyId, score: (i + k) % 101 })) }),
          });
          if (res.status === 202) accepted.push(i);
          await res.arrayBuffer();
        }
      }),
    );
    expect(accepted).toHaveLength(BALLOTS);
    await drained(organiser, campaign.campaignId, BALLOTS, 30_000);
    await eventually(
      async () => (await stack.pool.query(`SELECT count(*)::int AS n FROM outbox WHERE processed_at IS NULL`)).rows[0].n === 0,
      30_000,
      'every event processed',
    );

    // Nothing lost: every command applied and every ballot logged, in PostgreSQL.
    const registered = await stack.pool.query(
      `SELECT count(*)::int AS n FROM commands WHERE type = 'RegisterJuror' AND status = 'succeeded' AND campaign_id = $1`,
      [campaign.campaignId],
    );
    expect(registered.rows[0].n).toBe(COMMANDS);
    const logged = await stack.pool.query(`SELECT count(*)::int AS n FROM jury_submissions WHERE campaign_id = $1`, [campaign.campaignId]);
    expect(logged.rows[0].n).toBe(BALLOTS);
    const batches = await stack.pool.query(`SELECT count(*)::int AS n FROM jury_batches WHERE campaign_id = $1`, [campaign.campaignId]);
    expect(batches.rows[0].n).toBeGreaterThan(KEEP_COMPLETED); // enough jobs for trimming to show

    // Redis: the trimmed completed jobs, and BullMQ's own keys; no ballot batch once applied.
    const p = stack.queuePrefix;
    expect(await redis.zcard(`${p}:commands:completed`)).toBeLessThanOrEqual(KEEP_COMPLETED);
    expect(await redis.zcard(`${p}:events:completed`)).toBeLessThanOrEqual(KEEP_COMPLETED);
    expect(await redis.zcard(`${p}:jury-ballots:completed`)).toBe(0);
    for (const queue of QUEUES) {
      expect([queue, await redis.zcard(`${p}:${queue}:failed`)]).toEqual([queue, 0]);
      // Approximate trimming (XADD MAXLEN ~) stops at a whole stream node: a little over the 1,000 asked.
      expect(await redis.xlen(`${p}:${queue}:events`)).toBeLessThan(1200);
    }
    const keys = await queueKeys();
    const counts = Object.fromEntries(QUEUES.map((q) => [q, keys[q].length]));
    for (const queue of QUEUES) expect(counts[queue]).toBeLessThanOrEqual(KEYS_PER_QUEUE);
    // Nothing a ballot leaves behind: no key under the prefix names a ballot, batch or voter.
    const ballotKeys = Object.values(keys)
      .flat()
      .filter((k) => /ballot-batch|jury-intake|voter/.test(k));
    expect(ballotKeys).toEqual([]);
    console.log(`BullMQ keys after ${COMMANDS} commands and ${BALLOTS} ballots (${batches.rows[0].n} batches): ${JSON.stringify(counts)}`);
  });
});
