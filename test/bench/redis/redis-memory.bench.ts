/**
 * npm run bench:redis — Redis memory against the number of ballots. Starts its own Redis (nothing else on it, no
 * persistence), the api + worker on a fresh database, a jury campaign, then fires ballots up to each checkpoint
 * (BENCH_REDIS_BALLOTS, default 20000,100000), waits until every accepted ballot is written to PostgreSQL, and reads
 * Redis's used_memory and key count. Before trimming, completed ballot-batch jobs stayed with their contents:
 * ~0.43 KB per ballot (the baseline printed beside the figures).
 * Right after each checkpoint Redis also holds each juror's rate-limit window (one key per juror who voted in the
 * last minute, bounded by the jurors, not the ballots): the figures are read again once those windows ended.
 * Tunables: BENCH_REDIS_BALLOTS, BENCH_JURORS (5000), BENCH_CONNECTIONS (32), BENCH_REDIS_SETTLE_SECONDS (62).
 */
import { loadavg, cpus } from 'node:os';
import IORedis from 'ioredis';
import { PrivateRedis, type Stack, startStack } from '@app/testing';
import { ballotCampaign, ballotsApplied, ballotsExactlyOnce, fireBallots } from '../ballot-load';
import { fmt } from '../process-stats';
import { runBench } from '../run-bench';

const BASELINE_KB_PER_BALLOT = 0.43;
const CHECKPOINTS = (process.env.BENCH_REDIS_BALLOTS ?? '20000,100000').split(',').map(Number);
const JURORS = Number(process.env.BENCH_JURORS ?? 5000);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const SETTLE_SECONDS = Number(process.env.BENCH_REDIS_SETTLE_SECONDS ?? 62);
const log = (...args: unknown[]) => console.log(`[bench] ${args.join(' ')}`);

async function main(): Promise<boolean> {
  const load = () =>
    loadavg()
      .map((x) => x.toFixed(2))
      .join(' ');
  const loadAtStart = load();
  const redisServer = await PrivateRedis.start();
  const redis = new IORedis(redisServer.url, { maxRetriesPerRequest: 3 });
  let stack: Stack | undefined;
  let failed: boolean;
  try {
    stack = await startStack('bench_redis', {}, { redisUrl: redisServer.url });
    const campaign = await ballotCampaign([stack.baseUrl], JURORS, 6, 'bench-redis');
    log(`campaign with ${fmt(JURORS)} jurors ready on a Redis of its own (${redisServer.url})`);
    const usedMemory = async () => Number(/used_memory:(\d+)/.exec(await redis.info('memory'))?.[1]);
    const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
    const rateLimitKeys = async () => {
      let [cursor, n] = ['0', 0];
      do {
        const [next, keys] = await redis.scan(cursor, 'MATCH', '*:throttle:*', 'COUNT', 10000);
        n += keys.length;
        cursor = next;
      } while (cursor !== '0');
      return n;
    };
    const sample = async (ballots: number) => ({ ballots, bytes: await usedMemory(), keys: await redis.dbsize(), rateLimitKeys: await rateLimitKeys() });
    await pause(SETTLE_SECONDS * 1000);
    const before = await sample(0);
    const atOnce = [before];
    const rows = [before];
    let accepted = 0;
    for (const checkpoint of CHECKPOINTS) {
      const fired = await fireBallots([stack.baseUrl], campaign, checkpoint - rows[rows.length - 1].ballots, CONNECTIONS, 600);
      accepted += fired.accepted;
      if (fired.accepted !== fired.sent) log(`answers other than 202: ${JSON.stringify(fired.statuses)}`);
      await ballotsApplied(stack.pool, campaign.campaignId, accepted);
      await pause(1000);
      atOnce.push(await sample(accepted));
      log(
        `${fmt(accepted)} ballots written; Redis used_memory ${fmt(atOnce[atOnce.length - 1].bytes / 1048576, 2)} MB; waiting ${SETTLE_SECONDS} s for the jurors' rate-limit windows to end`,
      );
      await pause(SETTLE_SECONDS * 1000);
      rows.push(await sample(accepted));
    }
    const once = await ballotsExactlyOnce(stack.pool, campaign.campaignId, accepted);
    failed = !once.ok;
    const mb = (bytes: number) => `${fmt(bytes / 1048576, 2)} MB`;
    const lines = [
      '',
      '=== Redis memory against ballots (npm run bench:redis) ===',
      `machine: ${cpus().length} cores, Node ${process.version}; a Redis of the bench's own; load average at start ${loadAtStart}, now ${load()}`,
      `ballots written   used_memory   keys (rate-limit windows)   growth since setup   KB per ballot   baseline (0.43 KB/ballot) would be`,
      ...rows.map((r) => {
        const growth = r.bytes - before.bytes;
        const perBallot = r.ballots ? growth / 1024 / r.ballots : 0;
        return `${fmt(r.ballots).padStart(14)}   ${mb(r.bytes).padStart(11)}   ${`${r.keys} (${r.rateLimitKeys})`.padStart(25)}   ${mb(growth).padStart(18)}   ${fmt(perBallot, 4).padStart(13)}   ${r.ballots ? mb(before.bytes + r.ballots * BASELINE_KB_PER_BALLOT * 1024) : '—'}`;
      }),
      `growth from ${fmt(rows[1].ballots)} to ${fmt(rows[rows.length - 1].ballots)} ballots: ${fmt((rows[rows.length - 1].bytes - rows[1].bytes) / 1024, 1)} KB, i.e. ${fmt((rows[rows.length - 1].bytes - rows[1].bytes) / 1024 / Math.max(1, rows[rows.length - 1].ballots - rows[1].ballots), 4)} KB a ballot (baseline ${BASELINE_KB_PER_BALLOT}; ratio ${fmt((rows[rows.length - 1].bytes - rows[1].bytes) / 1024 / Math.max(1, rows[rows.length - 1].ballots - rows[1].ballots) / BASELINE_KB_PER_BALLOT, 4)})`,
      `right after the last ballot (before the jurors' one-minute rate-limit windows ended): ${atOnce.map((r) => `${fmt(r.ballots)} ballots ${mb(r.bytes)}, ${r.keys} keys (${r.rateLimitKeys} rate-limit windows)`).join('; ')}`,
      `exactly once: ${fmt(once.logged)} logged, ${fmt(once.distinct)} distinct, ${fmt(accepted)} accepted → ${once.ok ? 'OK' : 'FAILED'}`,
    ];
    console.log(lines.join('\n'));
  } finally {
    redis.disconnect();
    await stack?.stop();
    await redisServer.stop();
  }
  return !failed;
}

runBench(main);
