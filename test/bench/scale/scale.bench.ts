/**
 * npm run bench:scale -- [--apis 2] [--workers 2] [--cluster 3] — scale-out: the same work on 1 api + 1 worker, then on
 * N apis + M workers (one database, one queue prefix; clients spread across the api ports, no load balancer), and
 * with --cluster K on a real Redis Cluster of K local `redis-server --cluster-enabled yes` processes started here
 * (hash-tagged prefix). Each configuration gets a fresh database and measures, end to end:
 *   - jury ballots: BENCH_BALLOTS (20000) from BENCH_JURORS (2000) jurors → accepted (202) → written in PostgreSQL;
 *   - commands: BENCH_CAMPAIGNS (8) campaigns × BENCH_CANDIDATES (40) SubmitCandidacy → applied.
 * and checks nothing was lost or applied twice. Flags may also come as BENCH_APIS, BENCH_WORKERS, BENCH_CLUSTER.
 *
 * --cores 1,2 (BENCH_CORES) runs all of that once per core count k, pinned with `taskset` to the first k CPUs this
 * process may use: the bench and everything it starts (load generators, apis, workers, the private cluster) and the
 * machine's PostgreSQL and redis-server (libs/testing/src/cpu-pinning.ts, which restores every affinity afterwards),
 * and prints throughput per core count with its ratio to the first — how the figures rise with cores on one machine.
 */
import { execFileSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import {
  allowedCpus,
  ApiClient,
  campaignBody,
  candidacyBody,
  CpuPinning,
  findServerPids,
  formatCpuList,
  parseCoreCounts,
  parseCpuList,
  PrivateRedisCluster,
  type ScaledStack,
  startScaledStack,
} from '@app/testing';
import { ballotCampaign, ballotsApplied, ballotsExactlyOnce, fireBallots } from '../ballot-load';
import { cpuSeconds, fmt } from '../process-stats';
import { runBench } from '../run-bench';

function flag(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  if (at >= 0 && process.argv[at + 1]) return Number(process.argv[at + 1]);
  return Number(process.env[`BENCH_${name.toUpperCase()}`] ?? fallback);
}

const APIS = flag('apis', 2);
const WORKERS = flag('workers', 2);
const CLUSTER = flag('cluster', 0);
const CORES_TEXT = process.argv.includes('--cores') ? (process.argv[process.argv.indexOf('--cores') + 1] ?? '') : process.env.BENCH_CORES;
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
  /** Accepted but never written or applied, and written or applied more than once (ballots + commands). */
  readonly lost: number;
  readonly doubled: number;
  /**
   * CPU the stack got, in cores: CPU seconds of the bench, everything it started and the database's PostgreSQL
   * backends, over the wall time from start to stop — on a shared machine, the share of the cores it actually had.
   */
  readonly coresUsed: number;
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
  return {
    rate: rows[0].succeeded / ((appliedAt - started) / 1000),
    ok,
    total,
    other,
    accepted: accepted.length,
    succeeded: rows[0].succeeded,
    notOnce: rows[0].not_once,
    candidacies: candidacies[0].n,
  };
}

async function measure(apis: number, workers: number, clusterNodes?: string, started?: (stack: ScaledStack, config: string) => void): Promise<Figures> {
  const config = `${apis} api + ${workers} worker${clusterNodes ? ' (cluster)' : ''}`;
  log(`${config}: starting on a fresh database${clusterNodes ? ` and the Redis Cluster ${clusterNodes}` : ''}`);
  const startedAt = Date.now();
  const cpuAtStart = cpuSeconds(process.pid, true);
  const stack = await startScaledStack('bench_scale', { apis, workers, redisClusterNodes: clusterNodes });
  let figures: Omit<Figures, 'coresUsed'>;
  let backendsCpu: number;
  try {
    started?.(stack, config);
    const ballots = await measureBallots(stack);
    log(`${config}: ${fmt(ballots.fired.accepted)} ballots accepted and written, ${fmt(ballots.rate)}/s`);
    const commands = await measureCommands(stack);
    log(`${config}: ${fmt(commands.succeeded)} commands applied, ${fmt(commands.rate, 1)}/s`);
    figures = {
      config,
      ballotsPerSecond: ballots.rate,
      ballotP99Ms: ballots.fired.p99Ms,
      commandsPerSecond: commands.rate,
      ballotsOk: ballots.ok,
      commandsOk: commands.ok,
      lost: Math.max(0, ballots.fired.accepted - ballots.once.distinct) + (commands.accepted - commands.succeeded),
      doubled: ballots.once.logged - ballots.once.distinct + commands.notOnce,
      detail: `ballots sent ${fmt(ballots.fired.sent)}, accepted ${fmt(ballots.fired.accepted)}, logged ${fmt(ballots.once.logged)} (${fmt(ballots.once.distinct)} distinct); commands sent ${commands.total}, applied ${commands.succeeded}, candidacies ${commands.candidacies}, other answers ${JSON.stringify({ ...ballots.fired.statuses, 202: undefined, ...commands.other })}`,
    };
    // The database's backends, just before they end (pg_stat_activity: the apis', workers' and the bench's pools).
    const { rows } = await stack.pool.query(`SELECT pid FROM pg_stat_activity WHERE datname = current_database()`);
    backendsCpu = rows.reduce((sum: number, r: { pid: number }) => sum + cpuSeconds(r.pid), 0);
  } finally {
    await stack.stop();
  }
  return { ...figures, coresUsed: (cpuSeconds(process.pid, true) - cpuAtStart + backendsCpu) / ((Date.now() - startedAt) / 1000) };
}

/** 1 api + 1 worker, then APIS + WORKERS, each on a fresh database (and on a private cluster of its own with --cluster). */
async function measureConfigs(started?: (stack: ScaledStack, config: string) => void): Promise<Figures[]> {
  const cluster = CLUSTER > 0 ? await PrivateRedisCluster.start(CLUSTER) : undefined;
  const rows: Figures[] = [];
  try {
    const configs = [
      [1, 1],
      [APIS, WORKERS],
    ].filter(([a, w], i, all) => all.findIndex(([a2, w2]) => a2 === a && w2 === w) === i);
    for (const [apis, workers] of configs) rows.push(await measure(apis, workers, cluster?.nodes, started));
  } finally {
    await cluster?.stop();
  }
  return rows;
}

const command = (cores?: string) =>
  `npm run bench:scale -- --apis ${APIS} --workers ${WORKERS}${CLUSTER ? ` --cluster ${CLUSTER}` : ''}${cores ? ` --cores ${cores}` : ''}`;
const workload = () =>
  `workload: ${fmt(BALLOTS)} ballots from ${fmt(JURORS)} jurors over ${CONNECTIONS} connections; ${CAMPAIGNS} campaigns × ${CANDIDATES} SubmitCandidacy over 16 connections; clients spread across the api ports`;

interface CoreRun {
  readonly cores: number;
  readonly cpus: string;
  readonly pinned: boolean;
  readonly loadBefore: string;
  readonly loadAfter: string;
  readonly rows: Figures[];
}

/** --cores: the same configurations once per core count, everything pinned to the first k CPUs, affinities restored after each. */
async function mainAcrossCores(coresText: string): Promise<boolean> {
  const loadAtStart = load();
  const nproc = execFileSync('nproc', { encoding: 'utf8' }).trim();
  const usable = parseCpuList(allowedCpus(process.pid) ?? `0-${cpus().length - 1}`);
  const counts = parseCoreCounts(coresText, usable.length);
  const databaseUrl = process.env.TEST_ADMIN_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const servers = await findServerPids(databaseUrl, process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379');
  const pinning = new CpuPinning();
  const runs: CoreRun[] = [];
  const notes = new Set(servers.notes);
  try {
    for (const k of counts) {
      const cpuList = formatCpuList(usable.slice(0, k));
      const loadBefore = load();
      const pinned = pinning.pin(cpuList, servers);
      pinned.notes.forEach((note) => notes.add(note));
      try {
        const affinity = (pid?: number) => (pid ? (allowedCpus(pid) ?? 'gone') : 'n/a');
        log(
          pinned.pinned
            ? `${k} core${k > 1 ? 's' : ''}: pinned to CPU ${cpuList}; Cpus_allowed_list of bench ${affinity(process.pid)}, PostgreSQL postmaster ${servers.postmaster ?? '?'} ${affinity(servers.postmaster)}, redis-server ${servers.redis ?? '?'} ${affinity(servers.redis)}`
            : `${k} core${k > 1 ? 's' : ''}: NOT pinned (${pinned.notes.join('; ')}); measuring once on every core`,
        );
        pinned.notes.forEach((note) => log(note));
        const rows = await measureConfigs((stack, config) =>
          log(`${config}: Cpus_allowed_list of api ${affinity(stack.apis[0].pid)}, worker ${affinity(stack.workers[0].pid)}`),
        );
        runs.push({
          cores: k,
          cpus: pinned.pinned ? cpuList : `${formatCpuList(usable)} (unpinned)`,
          pinned: pinned.pinned,
          loadBefore,
          loadAfter: load(),
          rows,
        });
      } finally {
        pinning.restore();
      }
      if (!pinned.pinned) break; // without taskset one unpinned run is all there is to show
    }
  } finally {
    pinning.dispose();
  }
  log(
    `affinities restored: bench ${allowedCpus(process.pid)}, PostgreSQL postmaster ${servers.postmaster ? allowedCpus(servers.postmaster) : 'n/a'}, redis-server ${servers.redis ? allowedCpus(servers.redis) : 'n/a'}`,
  );
  // The ratio is to the first core count's figures (their mean when that count ran more than once).
  const mean = (xs: number[]) => xs.reduce((sum, x) => sum + x, 0) / xs.length;
  const firstCount = runs.filter((run) => run.cores === runs[0].cores).flatMap((run) => run.rows);
  const baseOf = (config: string) => {
    const rows = firstCount.filter((r) => r.config === config);
    return { ballotsPerSecond: mean(rows.map((r) => r.ballotsPerSecond)), commandsPerSecond: mean(rows.map((r) => r.commandsPerSecond)) };
  };
  const perCore = `×${runs[0].cores} core${runs[0].cores > 1 ? 's' : ''}`;
  console.log(
    [
      '',
      `=== scale-out across cores (${command(coresText)}) ===`,
      `machine: nproc ${nproc} (this process may use CPUs ${formatCpuList(usable)}), Node ${process.version}; load average at start ${loadAtStart}, now ${load()}`,
      runs[0].pinned
        ? `pinned to the first k CPUs (taskset -a): the bench and all it starts (load generators, apis, workers${CLUSTER ? `, the ${CLUSTER}-node Redis Cluster` : ''}), PostgreSQL${servers.postmaster ? ` (postmaster ${servers.postmaster} and its backends)` : ' (not found)'}, redis-server${servers.redis ? ` ${servers.redis}` : ' (not found)'}; every affinity restored afterwards`
        : 'NOT pinned: taskset is missing or not permitted here, so this is one run on every CPU, not a comparison of core counts',
      ...[...notes].map((note) => `note: ${note}`),
      workload(),
      `cores  CPUs  configuration                 ballots/s  ${perCore.padStart(8)}  ballot p99   commands/s  ${perCore.padStart(8)}  lost / doubled  cores used  load average before → after`,
      ...runs.flatMap((run) =>
        run.rows.map(
          (r) =>
            `${(run.pinned ? String(run.cores) : 'all').padStart(5)}  ${run.cpus.padEnd(4)}  ${r.config.padEnd(28)}  ${fmt(r.ballotsPerSecond).padStart(9)}  ${fmt(r.ballotsPerSecond / baseOf(r.config).ballotsPerSecond, 2).padStart(8)}  ${fmt(r.ballotP99Ms, 1).padStart(7)} ms  ${fmt(r.commandsPerSecond, 1).padStart(11)}  ${fmt(r.commandsPerSecond / baseOf(r.config).commandsPerSecond, 2).padStart(8)}  ${`${r.lost} / ${r.doubled}`.padStart(14)}  ${fmt(r.coresUsed, 2).padStart(10)}  ${run.loadBefore} → ${run.loadAfter}`,
        ),
      ),
      "cores used: CPU seconds of the bench, all it started and the test database's PostgreSQL backends over the wall time (from start to stop): the cores the stack actually had",
      ...runs.flatMap((run) => run.rows.map((r) => `  ${run.pinned ? `${run.cores} core${run.cores > 1 ? 's' : ''}` : 'unpinned'}, ${r.config}: ${r.detail}`)),
    ].join('\n'),
  );
  return runs.every((run) => run.rows.every((r) => r.ballotsOk && r.commandsOk));
}

async function main(): Promise<boolean> {
  if (CORES_TEXT !== undefined) return mainAcrossCores(CORES_TEXT);
  const loadAtStart = load();
  const rows = await measureConfigs();
  const base = rows[0];
  console.log(
    [
      '',
      `=== scale-out (${command()}) ===`,
      `machine: ${cpus().length} cores (every api, worker, PostgreSQL, Redis${CLUSTER ? ` (a ${CLUSTER}-node cluster)` : ''} and the load generators share them), Node ${process.version}; load average at start ${loadAtStart}, now ${load()}`,
      workload(),
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
