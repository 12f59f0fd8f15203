import IORedis, { Cluster } from 'ioredis';
import {
  ApiClient,
  ballotToken,
  campaignInJuryStage,
  clusterNodesOf,
  importJurors,
  type JuryCampaign,
  PrivateRedisCluster,
  type ScaledStack,
  startScaledStack,
} from '@app/testing';
import { drained, eventually } from './jury-helpers';

const COMMANDS = 60;
const JURORS = 30;
const BALLOTS = 300;

/**
 * BullMQ, the rate limits and the rest on a real Redis Cluster (three local redis-server --cluster-enabled
 * processes), one api and two workers under a hash-tagged prefix: every command and ballot accepted is applied
 * exactly once, and the keys live in the cluster, not on the machine's Redis.
 */
describe('on a Redis Cluster', () => {
  let cluster: PrivateRedisCluster;
  let stack: ScaledStack;
  let organiser: ApiClient;
  let campaign: JuryCampaign;

  beforeAll(async () => {
    cluster = await PrivateRedisCluster.start(3);
    stack = await startScaledStack('redis_cluster', {
      apis: 1,
      workers: 2,
      redisClusterNodes: cluster.nodes,
      env: { JURY_BATCH_MS: '2', JURY_BATCH_MAX: '20' },
    });
    organiser = await ApiClient.login(stack.baseUrls[0], ['organiser'], 'organiser-cluster');
    campaign = await campaignInJuryStage(organiser, { candidates: 3, label: 'cluster' });
  });

  afterAll(async () => {
    await stack?.stop();
    await cluster?.stop();
  });

  it('applies every accepted command and ballot exactly once, with its keys in the cluster', async () => {
    let next = 0;
    const commandIds: string[] = [];
    await Promise.all(
      Array.from({ length: 6 }, async () => {
        while (next < COMMANDS) {
          const i = next++;
          const res = await organiser.command(
            'POST',
            `/campaigns/${campaign.campaignId}/jury/jurors`,
            { name: `集群评审员${i + 1}`, reference: `cluster-${i}` },
            `cluster-${i}`,
          );
          expect([res.status, res.body?.status]).toEqual([200, 'succeeded']);
          commandIds.push(res.body.commandId);
        }
      }),
    );

    const jurors = await importJurors(organiser, campaign.campaignId, JURORS, 'cluster-import-');
    const tokens = await Promise.all(jurors.map((j) => ballotToken(stack.baseUrls[0], j.code)));
    const accepted: string[] = [];
    let sent = 0;
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        while (sent < BALLOTS) {
          const i = sent++;
          const res = await fetch(`${stack.baseUrls[0]}/jury/ballots`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-ballot-token': tokens[i % JURORS] },
            body: JSON.stringify({ scores: campaign.candidacyIds.map((candidacyId, k) => ({ candidacyId, score: (i * 7 + k) % 101 })) }),
          });
          const body = (await res.json()) as { ballotId?: string };
          if (res.status === 202 && body.ballotId) accepted.push(body.ballotId);
        }
      }),
    );
    expect(accepted).toHaveLength(BALLOTS);
    await drained(organiser, campaign.campaignId, BALLOTS, 30_000);

    // Commands: each applied once, one event each.
    const { rows } = await stack.pool.query(
      `SELECT c.status, (SELECT count(*) FROM events e WHERE e.command_id = c.id)::int AS events FROM commands c WHERE c.id = ANY($1::uuid[])`,
      [commandIds],
    );
    expect(rows).toHaveLength(COMMANDS);
    expect(rows.filter((r) => r.status !== 'succeeded' || r.events !== 1)).toEqual([]);
    // Ballots: each logged once.
    const logged = await stack.pool.query(`SELECT ballot_id FROM jury_submissions WHERE campaign_id = $1`, [campaign.campaignId]);
    expect(logged.rows.map((r) => r.ballot_id).sort()).toEqual([...accepted].sort());
    await eventually(
      async () => (await stack.pool.query(`SELECT count(*)::int AS n FROM outbox WHERE processed_at IS NULL`)).rows[0].n === 0,
      30_000,
      'every event processed',
    );

    // The keys: in the cluster (queues and the rate limits), none on the machine's Redis.
    const client = new Cluster(clusterNodesOf(cluster));
    const machine = new IORedis(process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379', { maxRetriesPerRequest: 3 });
    try {
      await new Promise((resolve) => client.once('ready', resolve));
      expect(client.nodes('master')).toHaveLength(3);
      const inCluster: string[] = [];
      for (const node of client.nodes('master')) {
        let cursor = '0';
        do {
          const [nextCursor, keys] = await node.scan(cursor, 'MATCH', `${stack.queuePrefix}:*`, 'COUNT', 1000);
          inCluster.push(...keys);
          cursor = nextCursor;
        } while (cursor !== '0');
      }
      expect(inCluster.some((k) => k.startsWith(`${stack.queuePrefix}:commands:`))).toBe(true);
      expect(inCluster.some((k) => k.startsWith(`${stack.queuePrefix}:jury-ballots:`))).toBe(true);
      expect(inCluster.some((k) => k.startsWith(`${stack.queuePrefix}:throttle:`))).toBe(true);
      let cursor = '0';
      const onMachine: string[] = [];
      do {
        const [nextCursor, keys] = await machine.scan(cursor, 'MATCH', `${stack.queuePrefix}:*`, 'COUNT', 10000);
        onMachine.push(...keys);
        cursor = nextCursor;
      } while (cursor !== '0');
      expect(onMachine).toEqual([]);
    } finally {
      client.disconnect();
      machine.disconnect();
    }
  });
});
