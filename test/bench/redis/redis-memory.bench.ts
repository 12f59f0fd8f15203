/**
 * npm run bench:redis — Redis memory against the number of ballots. Starts its own Redis (nothing else on it, no
 * persistence), the api + worker on a fresh database, a jury campaign, then fires ballots up to each checkpoint
 * (BENCH_REDIS_BALLOTS, default 20000,100000), waits until every accepted ballot is written to PostgreSQL, and reads
 * Redis's used_memory and key count. Before trimming, completed ballot-batch jobs stayed with their contents:
 * ~0.43 KB per ballot (the baseline printed beside the figures).
 * Tunables: BENCH_REDIS_BALLOTS, BENCH_JURORS (5000), BENCH_CONNECTIONS (32).
 */
import { loadavg, cpus } from 'node:os';
import IORedis from 'ioredis';
import { PrivateRedis, type Stack, startStack } from '@app/testing';
import { ballotCampaign, ballotsApplied, ballotsExactlyOnce, fireBallots } from '../ballot-load';
import { fmt } from '../process-stats';

const BASELINE_KB_PER_BALLOT = 0.43;
const CHECKPOINTS = (process.env.BENCH_REDIS_BALLOTS ?? '20000,100000').split(',').map(Number);
const JURORS = Number(process.env.BENCH_JURORS ?? 5000);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const log = (...args: unknown[]) => console.log(`[bench] ${args.join(' ')}`);

async function main(): Promise<void> {
  const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');
  const loadAtStart = load();
  const redisServer = await PrivateRedis.start();
  const redis = new IORedis(redisServer.url, { maxRetriesPerRequest: 3 });
  let stack: Stack | undefined;
  let failed = false;
  try {
    stack = await startStack('bench_redis', {}, { redisUrl: redisServer.url });
    const campaign = await ballotCampaign([stack.baseUrl], JURORS, 6, 'bench-redis');
    log(`campaign with ${fmt(JURORS)} jurors ready on a Redis of its own (${redisServer.url})`);
    const usedMemory = async () => Number(/used_memory:(\d+)/.exec(await redis.info('memory'))?.[1]);
    const settle = () => new Promise((r) => setTimeout(r, 1000));
    await settle();
    const before = { ballots: 0, bytes: await usedMemory(), keys: await redis.dbsize() };
    const rows = [before];
    let accepted = 0;
    for (const checkpoint of CHECKPOINTS) {
      const fired = await fireBallots([stack.baseUrl], campaign, checkpoint - rows[rows.length - 1].ballots, CONNECTIONS, 600);
      accepted += fired.accepted;
      if (fired.accepted !== fired.sent) log(`answers other than 202: ${JSON.stringify(fired.statuses)}`);
      await ballotsApplied(stack.pool, campaign.campaignId, accepted);
      await settle();
      rows.push({ ballots: accepted, bytes: await usedMemory(), keys: await redis.dbsize() });
      log(`${fmt(accepted)} ballots written; Redis used_memory ${fmt(rows[rows.length - 1].bytes / 1048576, 2)} MB`);
    }
    const once = await ballotsExactlyOnce(stack.pool, campaign.campaignId, accepted);
    failed = !once.ok;
    const mb = (bytes: number) => `${fmt(bytes / 1048576, 2)} MB`;
    const lines = [
      '',
      '=== Redis memory against ballots (npm run bench:redis) ===',
      `machine: ${cpus().length} cores, Node ${process.version}; a Redis of the bench's own; load average at start ${loadAtStart}, now ${load()}`,
      `ballots written   used_memory   keys   growth since setup   KB per ballot   baseline (0.43 KB/ballot) would be`,
      ...rows.map((r) => {
        const growth = r.bytes - before.bytes;
        const perBallot = r.ballots ? growth / 1024 / r.ballots : 0;
        return `${fmt(r.ballots).padStart(14)}   ${mb(r.bytes).padStart(11)}   ${String(r.keys).padStart(4)}   ${mb(growth).padStart(18)}   ${fmt(perBallot, 4).padStart(13)}   ${r.ballots ? mb(before.bytes + r.ballots * BASELINE_KB_PER_BALLOT * 1024) : '—'}`;
      }),
      `growth from ${fmt(rows[1].ballots)} to ${fmt(rows[rows.length - 1].ballots)} ballots: ${fmt((rows[rows.length - 1].bytes - rows[1].bytes) / 1024, 1)} KB, i.e. ${fmt((rows[rows.length - 1].bytes - rows[1].bytes) / 1024 / Math.max(1, rows[rows.length - 1].ballots - rows[1].ballots), 4)} KB a ballot (baseline ${BASELINE_KB_PER_BALLOT}; ratio ${fmt((rows[rows.length - 1].bytes - rows[1].bytes) / 1024 / Math.max(1, rows[rows.length - 1].ballots - rows[1].ballots) / BASELINE_KB_PER_BALLOT, 4)})`,
      `exactly once: ${fmt(once.logged)} logged, ${fmt(once.distinct)} distinct, ${fmt(accepted)} accepted → ${once.ok ? 'OK' : 'FAILED'}`,
    ];
    console.log(lines.join('\n'));
  } finally {
    redis.disconnect();
    await stack?.stop();
    await redisServer.stop();
  }
  process.exit(failed ? 1 : 0);
}

main().catch((err: Error) => {
  console.error(`bench failed: ${err.stack ?? err.message}`);
  process.exit(1);
});
