/**
 * npm run bench:scale -- [--apis 2] [--workers 2] [--cluster 3] — scale-out: the same work on 1 api + 1 worker, then on
 * N apis + M workers (one database, one queue prefix; clients spread across the api ports, no load balancer), and
 * with --cluster K on a real Redis Cluster of K local `redis-server --cluster-enabled yes` processes started here
 * (hash-tagged prefix). Each configuration gets a fresh database and measures, end to end:
 *   - jury ballots: BENCH_BALLOTS (20000) from BENCH_JURORS (2000) jurors → accepted (202) → written in PostgreSQL;
 *   - commands: BENCH_CAMPAIGNS (8) campaigns × BENCH_CANDIDATES (40) SubmitCandidacy → applied.
 * and checks nothing was lost or applied twice. Flags may also come as BENCH_APIS, BENCH_WORKERS, BENCH_CLUSTER.
 */
import { cpus, loadavg } from 'node:os';
import { ApiClient, campaignBody, candidacyBody, PrivateRedisCluster, type ScaledStack, startScaledStack } from '@app/testing';
import { ballotCampaign, ballotsApplied, ballotsExactlyOnce, fireBallots } from '../ballot-load';
import { fmt } from '../process-stats';
import { runBench } from '../run-bench';

function flag(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  if (at >= 0 && process.argv[at + 1]) return Number(process.argv[at + 1]);
  return Number(process.env[`BENCH_${name.toUpperCase()}`] ?? fallback);
}

const APIS = flag('apis', 2);
const WORKERS = flag('workers', 2);
const CLUSTER = flag('cluster', 0);
const BALLOTS = Number(process.env.BENCH_BALLOTS ?? 20_000);
const JURORS = Number(process.env.BENCH_JURORS ?? 2_000);
const CAMPAIGNS = Number(process.env.BENCH_CAMPAIGNS ?? 8);
const CANDIDATES = Number(process.env.BENCH_CANDIDATES ?? 40);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const log = (...args: unknown[]) => console.log(`[bench] ${args.join(' ')}`);
const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');

interface Figures {
  readonly config: string;
  readonly ballotsPerSecond: number;
  readonly ballotP99Ms: number;
  readonly commandsPerSecond: number;
  readonly ballotsOk: boolean;
  readonly commandsOk: boolean;
  readonly detail: string;
}

async function measureBallots(stack: ScaledStack) {
  const campaign = await ballotCampaign(stack.baseUrls, JURORS, 6, 'bench-scale');
  const fired = await fireBallots(stack.baseUrls, campaign, BALLOTS, CONNECTIONS, 300);
  const appliedAt = await ballotsApplied(stack.pool, campaign.campaignId, fired.accepted);
  const once = await ballotsExactlyOnce(stack.pool, campaign.campaignId, fired.accepted);
  return { fired, rate: fired.accepted / ((appliedAt - fired.startedAt) / 1000), ok: once.ok && fired.accepted === fired.sent, once };
}

async function measureCommands(stack: ScaledStack) {
  const urls = stack.baseUrls;
  const organiser = await ApiClient.login(urls[0], ['organiser'], 'bench-scale-organiser');
  const campaignIds: string[] = [];
  for (let c = 0; c < CAMPAIGNS; c += 1) {
    const created = await organiser.command('POST', '/campaigns', campaignBody({ title: `bench scale: campaign ${c + 1}` }));
    campaignIds.push(created.body.result.campaignId);
    await organiser.command('POST', `/campaigns/${campaignIds[c]}/candidacy/open`);
  }
  const total = CAMPAIGNS * CANDIDATES;
  const candidates: ApiClient[] = [];
  for (let i = 0; i < total; i += 50) {
    candidates.push(
      ...(await Promise.all(
        Array.from({ length: Math.min(50, total - i) }, (_, k) =>
          ApiClient.login(urls[(i + k) % urls.length], ['candidate'], `bench-scale-candidate-${i + k}`),
        ),
      )),
    );
  }
  const accepted: string[] = [];
  const other: Record<number, number> = {};
  let next = 0;
  const started = Date.now();
  await Promise.all(
    Array.from({ length: 16 }, async () => {
      while (next < total) {
        const i = next++;
        const res = await candidates[i].request('POST', `/campaigns/${campaignIds[i % CAMPAIGNS]}/candidacies`, candidacyBody(`候选人${i + 1}`), {
          'idempotency-key': `bench-scale-${i}`,
        });
        if (res.status === 202) accepted.push(res.body.commandId);
        else other[res.status] = (other[res.status] ?? 0) + 1;
      }
    }),
  );
  const pending = async () => Number((await stack.pool.query(`SELECT count(*) FROM commands WHERE status = 'pending'`)).rows[0].count);
  while ((await pending()) > 0 && Date.now() - started < 600_000) await new Promise((r) => setTimeout(r, 20));
  const appliedAt = Date.now();
  const { rows } = await stack.pool.query(
    `SELECT count(*) FILTER (WHERE c.status = 'succeeded')::int AS succeeded,
            count(*) FILTER (WHERE (SELECT count(*) FROM events e WHERE e.command_id = c.id) <> 1)::int AS not_once
     FROM commands c WHERE c.id = ANY($1::uuid[])`,
    [accepted],
  );
  const { rows: candidacies } = await stack.pool.query(`SELECT count(*)::int AS n FROM candidacies WHERE campaign_id = ANY($1::uuid[])`, [campaignIds]);
  const ok = accepted.length === total && rows[0].succeeded === total && rows[0].not_once === 0 && candidacies[0].n === total;
  return { rate: rows[0].succeeded / ((appliedAt - started) / 1000), ok, total, other, succeeded: rows[0].succeeded, candidacies: candidacies[0].n };
}

async function measure(apis: number, workers: number, clusterNodes?: string): Promise<Figures> {
  const config = `${apis} api + ${workers} worker${clusterNodes ? ' (cluster)' : ''}`;
  log(`${config}: starting on a fresh database${clusterNodes ? ` and the Redis Cluster ${clusterNodes}` : ''}`);
  const stack = await startScaledStack('bench_scale', { apis, workers, redisClusterNodes: clusterNodes });
  try {
    const ballots = await measureBallots(stack);
    log(`${config}: ${fmt(ballots.fired.accepted)} ballots accepted and written, ${fmt(ballots.rate)}/s`);
    const commands = await measureCommands(stack);
    log(`${config}: ${fmt(commands.succeeded)} commands applied, ${fmt(commands.rate, 1)}/s`);
    return {
      config,
      ballotsPerSecond: ballots.rate,
      ballotP99Ms: ballots.fired.p99Ms,
      commandsPerSecond: commands.rate,
      ballotsOk: ballots.ok,
      commandsOk: commands.ok,
      detail: `ballots sent ${fmt(ballots.fired.sent)}, accepted ${fmt(ballots.fired.accepted)}, logged ${fmt(ballots.once.logged)} (${fmt(ballots.once.distinct)} distinct); commands sent ${commands.total}, applied ${commands.succeeded}, candidacies ${commands.candidacies}, other answers ${JSON.stringify({ ...ballots.fired.statuses, 202: undefined, ...commands.other })}`,
    };
  } finally {
    await stack.stop();
  }
}

async function main(): Promise<boolean> {
  const loadAtStart = load();
  const cluster = CLUSTER > 0 ? await PrivateRedisCluster.start(CLUSTER) : undefined;
  const rows: Figures[] = [];
  try {
    const configs = [
      [1, 1],
      [APIS, WORKERS],
    ].filter(([a, w], i, all) => all.findIndex(([a2, w2]) => a2 === a && w2 === w) === i);
    for (const [apis, workers] of configs) rows.push(await measure(apis, workers, cluster?.nodes));
  } finally {
    await cluster?.stop();
  }
  const base = rows[0];
  console.log(
    [
      '',
      `=== scale-out (npm run bench:scale -- --apis ${APIS} --workers ${WORKERS}${CLUSTER ? ` --cluster ${CLUSTER}` : ''}) ===`,
      `machine: ${cpus().length} cores (every api, worker, PostgreSQL, Redis${CLUSTER ? ` (a ${CLUSTER}-node cluster)` : ''} and the load generators share them), Node ${process.version}; load average at start ${loadAtStart}, now ${load()}`,
      `workload: ${fmt(BALLOTS)} ballots from ${fmt(JURORS)} jurors over ${CONNECTIONS} connections; ${CAMPAIGNS} campaigns × ${CANDIDATES} SubmitCandidacy over 16 connections; clients spread across the api ports`,
      `configuration                 ballots/s (accepted → written)   ×1+1    ballot p99   commands/s (accepted → applied)   ×1+1    nothing lost or doubled`,
      ...rows.map(
        (r) =>
          `${r.config.padEnd(28)}  ${fmt(r.ballotsPerSecond).padStart(30)}   ${fmt(r.ballotsPerSecond / base.ballotsPerSecond, 2).padStart(5)}   ${fmt(r.ballotP99Ms, 1).padStart(7)} ms   ${fmt(r.commandsPerSecond, 1).padStart(31)}   ${fmt(r.commandsPerSecond / base.commandsPerSecond, 2).padStart(5)}    ${r.ballotsOk && r.commandsOk ? 'yes' : 'NO'}`,
      ),
      ...rows.map((r) => `  ${r.config}: ${r.detail}`),
      `On ${cpus().length} cores more processes only share the same cores: the figures are bounded by the cores, not by the number of processes.`,
    ].join('\n'),
  );
  return rows.every((r) => r.ballotsOk && r.commandsOk);
}

runBench(main);
