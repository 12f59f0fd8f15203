/**
 * npm run bench:ballots — the ballot path against the HTTP ceiling, both driven by the same wrk run (issue 15):
 *   1. a bare Node http server (bare-server.ts) under wrk: what HTTP alone takes on this machine, now;
 *   2. the real api + worker (from dist/, fresh database, private queue prefix) with a campaign in its jury stage,
 *      BENCH_JURORS jurors whose codes are exchanged for ballot tokens, under the same wrk run: every request a
 *      distinct ballot (its own Idempotency-Key, tokens in turn — ballots.lua);
 *   3. the bare server again (the machine is shared: the ceiling is the mean of before and after);
 *   4. waits until the worker has counted everything accepted and checks it: every accepted ballot counted once.
 * Prints: bare rate, ballot rate, their ratio, p99, ballots counted vs accepted. Needs Debian's wrk on PATH.
 * Environment: BENCH_SECONDS (20), BENCH_CONNECTIONS (32), BENCH_THREADS (2), BENCH_JURORS (5000),
 * BENCH_CANDIDATES (12), BENCH_CPU_PROF (a folder: the api and worker write .cpuprofile files there).
 * The per-juror limit is raised for the run (JURY_BALLOTS_PER_JUROR_PER_MINUTE): wrk casts far more than 20 a
 * minute with each token; the limiter still runs for every ballot.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import * as path from 'node:path';
import { type Stack, startStack } from '@app/testing';
import { ballotCampaign } from '../ballot-load';
import { cpuSeconds, fmt } from '../process-stats';
import { runBench, startBareServer } from '../run-bench';

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const SECONDS = env('BENCH_SECONDS', 20);
const CONNECTIONS = env('BENCH_CONNECTIONS', 32);
const THREADS = env('BENCH_THREADS', 2);
const JURORS = env('BENCH_JURORS', 5000);
const CANDIDATES = env('BENCH_CANDIDATES', 12);
const ROOT = path.resolve(__dirname, '../../../..');
const LUA = path.join(ROOT, 'test/bench/ballot-path/ballots.lua');
const TARGET_RATIO = 1 / 3;
/** Issue 15's measurement before any of this work: 1,303–1,469 ballots/s against 23,000–23,600 req/s bare. */
const BASELINE_RATIO = '0.055–0.062';
const TARGET_P99_MS = 100;

const log = (...args: unknown[]) => console.log(`[bench:ballots] ${args.join(' ')}`);

interface WrkRun {
  readonly requests: number;
  readonly perSecond: number;
  readonly non2xx: number;
  readonly socketErrors: string;
  readonly p50Ms: number;
  readonly p99Ms: number;
}

function requireWrk(): void {
  const found = spawnSync('wrk', ['--version'], { encoding: 'utf8' });
  if (found.error) {
    console.error('bench:ballots needs wrk (HTTP load generator), which is not on PATH. On Debian/Ubuntu: sudo apt-get install -y wrk');
    process.exit(2);
  }
}

const toMs = (text: string): number => {
  const m = /^([\d.]+)(us|ms|s|m)$/.exec(text.trim());
  if (!m) throw new Error(`wrk latency "${text}"`);
  return Number(m[1]) * { us: 0.001, ms: 1, s: 1000, m: 60_000 }[m[2] as 'us' | 'ms' | 's' | 'm'];
};

function wrk(url: string, tokensFile: string, candidatesFile: string): Promise<WrkRun> {
  const args = [
    '-t',
    String(THREADS),
    '-c',
    String(CONNECTIONS),
    '-d',
    `${SECONDS}s`,
    '--latency',
    '-s',
    LUA,
    url,
    '--',
    tokensFile,
    candidatesFile,
    String(THREADS),
  ];
  return new Promise((resolve, reject) => {
    const child = spawn('wrk', args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`wrk exited with ${code}: ${out}`));
      const num = (re: RegExp) => Number(re.exec(out)?.[1] ?? NaN);
      resolve({
        requests: num(/(\d+) requests in/),
        perSecond: num(/Requests\/sec:\s+([\d.]+)/),
        non2xx: Number(/Non-2xx or 3xx responses: (\d+)/.exec(out)?.[1] ?? 0),
        socketErrors: /Socket errors: (.*)/.exec(out)?.[1] ?? 'none',
        p50Ms: toMs(/\s50%\s+(\S+)/.exec(out)?.[1] ?? 'NaNms'),
        p99Ms: toMs(/\s99%\s+(\S+)/.exec(out)?.[1] ?? 'NaNms'),
      });
    });
  });
}

async function bareRun(tokensFile: string, candidatesFile: string): Promise<WrkRun & { cpuSeconds: number }> {
  const bare = await startBareServer();
  try {
    const before = cpuSeconds(bare.child.pid);
    const run = await wrk(bare.url, tokensFile, candidatesFile);
    return { ...run, cpuSeconds: cpuSeconds(bare.child.pid) - before };
  } finally {
    bare.child.kill('SIGKILL');
  }
}

/** CPU seconds so far of each process that serves the ballot path: api, worker, this database's PostgreSQL backends, Redis. */
async function servingCpu(stack: Stack): Promise<Map<string, number>> {
  const backends = (await stack.pool.query(`SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`)).rows as {
    pid: number;
  }[];
  const redisPid = Number(
    /process_id:(\d+)/.exec(
      execFileSync('redis-cli', ['-u', process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379', 'info', 'server'], { encoding: 'utf8' }),
    )?.[1],
  );
  const cpu = new Map<string, number>([
    ['api', cpuSeconds(stack.api.pid)],
    ['worker', cpuSeconds(stack.worker.pid)],
    ['redis', cpuSeconds(redisPid)],
  ]);
  for (const { pid } of backends) cpu.set(`postgres:${pid}`, cpuSeconds(pid));
  return cpu;
}

/** µs of CPU per ballot of each kind of process between two readings (a backend first seen at the end started at 0). */
function cpuPerBallot(before: Map<string, number>, after: Map<string, number>, ballots: number): Record<string, number> {
  const per: Record<string, number> = { api: 0, worker: 0, postgres: 0, redis: 0 };
  for (const [key, seconds] of after) per[key.split(':')[0]] += seconds - (before.get(key) ?? 0);
  for (const key of Object.keys(per)) per[key] = (per[key] * 1e6) / Math.max(1, ballots);
  return per;
}

async function main(): Promise<boolean> {
  requireWrk();
  const dir = mkdtempSync(path.join(tmpdir(), 'ballot-path-bench-'));
  const loadAtStart = loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');
  const profile: Record<string, string> = process.env.BENCH_CPU_PROF ? { NODE_OPTIONS: `--require ${path.join(__dirname, 'cpu-profile.preload.js')}` } : {};
  const stack: Stack = await startStack('benchballots', {
    LOG_LEVEL: 'warn',
    JURY_BALLOTS_PER_JUROR_PER_MINUTE: '1000000',
    ...(process.env.BENCH_NODE_OPTIONS ? { NODE_OPTIONS: process.env.BENCH_NODE_OPTIONS } : {}),
    ...profile,
  });
  let failed: boolean;
  try {
    const campaign = await ballotCampaign([stack.baseUrl], JURORS, CANDIDATES, 'bench-ballots');
    const { tokens } = campaign;
    const tokensFile = path.join(dir, 'tokens.txt');
    const candidatesFile = path.join(dir, 'candidates.txt');
    writeFileSync(tokensFile, `${tokens.join('\n')}\n`);
    writeFileSync(candidatesFile, `${campaign.candidacyIds.join('\n')}\n`);
    log(
      `${fmt(tokens.length)} jurors with ballot tokens, ${CANDIDATES} candidates; wrk -t${THREADS} -c${CONNECTIONS} -d${SECONDS}s, three runs: bare, ballots, bare`,
    );

    const bareBefore = await bareRun(tokensFile, candidatesFile);
    log(`bare before: ${fmt(bareBefore.perSecond)} req/s`);
    const cpuBefore = await servingCpu(stack);
    const ballotsStartedUs = process.hrtime.bigint() / 1000n;
    const ballots = await wrk(stack.baseUrl, tokensFile, candidatesFile);
    const ballotsEndedUs = process.hrtime.bigint() / 1000n;
    const cpuAfter = await servingCpu(stack);
    log(`ballots: ${fmt(ballots.perSecond)} req/s, ${fmt(ballots.non2xx)} not 2xx`);
    const bareAfter = await bareRun(tokensFile, candidatesFile);
    log(`bare after: ${fmt(bareAfter.perSecond)} req/s`);

    // Everything the api accepted (its received counter moves in the transaction that makes a ballot durable) is
    // counted once: processed by the worker, one submission per ballot id. wrk saw a 202 for all but the few
    // still in flight when it stopped.
    const progress = async () =>
      (
        await stack.pool.query(
          `SELECT coalesce(sum(received), 0)::int AS received, coalesce(sum(processed), 0)::int AS processed,
                (SELECT count(*)::int FROM jury_submissions WHERE campaign_id = $1) AS submissions,
                (SELECT count(DISTINCT ballot_id)::int FROM jury_submissions WHERE campaign_id = $1) AS distinct_ballots,
                (SELECT count(*)::int FROM jury_batches WHERE campaign_id = $1) AS batches
         FROM jury_counters WHERE campaign_id = $1`,
          [campaign.campaignId],
        )
      ).rows[0] as { received: number; processed: number; submissions: number; distinct_ballots: number; batches: number };
    const waitUntil = Date.now() + 120_000;
    let p = await progress();
    while ((p.processed < p.received || p.submissions < p.received) && Date.now() < waitUntil) {
      await new Promise((r) => setTimeout(r, 200));
      p = await progress();
    }
    const acceptedSeen = ballots.requests - ballots.non2xx;
    const inFlightAtStop = p.received - acceptedSeen;
    const exact =
      p.processed === p.received && p.submissions === p.received && p.distinct_ballots === p.received && inFlightAtStop >= 0 && inFlightAtStop <= CONNECTIONS;
    const bareRate = (bareBefore.perSecond + bareAfter.perSecond) / 2;
    const bareUs = ((bareBefore.cpuSeconds + bareAfter.cpuSeconds) * 1e6) / Math.max(1, bareBefore.requests + bareAfter.requests);
    // The counting goes on after wrk stops: its CPU is read over the run, per ballot counted in it (close enough
    // for the backlog is small), so that each figure is per ballot accepted and counted.
    const perBallot = cpuPerBallot(cpuBefore, cpuAfter, ballots.requests - ballots.non2xx);
    const totalUs = Object.values(perBallot).reduce((a, b) => a + b, 0);
    const ratio = ballots.perSecond / bareRate;
    console.log(
      [
        '',
        '=== ballot path vs bare HTTP, same wrk run (npm run bench:ballots) ===',
        `machine: ${cpus().length} cores, Node ${process.version}, wrk -t${THREADS} -c${CONNECTIONS} -d${SECONDS}s; api + worker + PostgreSQL + Redis + wrk on this machine; load average at start ${loadAtStart}, at end ${loadavg()
          .map((x) => x.toFixed(2))
          .join(' ')}`,
        `bare Node http server    ${fmt(bareRate)} req/s (before ${fmt(bareBefore.perSecond)}, after ${fmt(bareAfter.perSecond)}); p99 ${fmt(bareBefore.p99Ms, 2)} / ${fmt(bareAfter.p99Ms, 2)} ms`,
        `ballot path              ${fmt(ballots.perSecond)} ballots/s; p50 ${fmt(ballots.p50Ms, 2)} ms, p99 ${fmt(ballots.p99Ms, 2)} ms; not 202: ${fmt(ballots.non2xx)}; socket errors: ${ballots.socketErrors}`,
        `CPU per ballot           ${Object.entries(perBallot)
          .map(([k, v]) => `${k} ${fmt(v)} µs`)
          .join(
            ', ',
          )} = ${fmt(totalUs)} µs (bare server: ${fmt(bareUs)} µs a request); ${cpus().length} cores ÷ ${fmt(totalUs)} µs = at most ${fmt((cpus().length * 1e6) / Math.max(1, totalUs))} ballots/s before the load generator takes its share`,
        `CPU ÷ bare server's      ${Object.entries(perBallot)
          .map(([k, v]) => `${k} ×${fmt(v / Math.max(1, bareUs), 1)}`)
          .join(', ')} = ×${fmt(totalUs / Math.max(1, bareUs), 1)} a bare request (steadier than µs: the machine's own speed varies between runs)`,
        `batches                  ${fmt(p.batches)} flushes of ${fmt(p.received / Math.max(1, p.batches), 1)} ballots on average (one round trip each; counting jobs name every batch of JURY_HANDOVER_MS)`,
        `ratio ballots ÷ bare     ${fmt(ratio, 3)}  (baseline ${BASELINE_RATIO}; target ≥ ${fmt(TARGET_RATIO, 3)}: ${ratio >= TARGET_RATIO ? 'MET' : 'MISSED'})`,
        `p99                      ${fmt(ballots.p99Ms, 2)} ms  (target < ${TARGET_P99_MS} ms: ${ballots.p99Ms < TARGET_P99_MS ? 'MET' : 'MISSED'})`,
        `ballots counted vs accepted: accepted by the api ${fmt(p.received)} (wrk saw ${fmt(acceptedSeen)} answers 202, ${fmt(inFlightAtStop)} in flight when it stopped), processed ${fmt(p.processed)}, counted submissions ${fmt(p.submissions)} (${fmt(p.distinct_ballots)} distinct) → ${exact ? 'every accepted ballot counted exactly once' : 'MISMATCH'}`,
      ].join('\n'),
    );
    failed = !exact;
    if (process.env.BENCH_CPU_PROF) {
      // V8 stamps samples with the machine's monotonic clock, as process.hrtime reads it: the ballot run's window.
      writeFileSync(
        path.join(path.resolve(process.env.BENCH_CPU_PROF), 'ballot-window.json'),
        JSON.stringify({ fromUs: Number(ballotsStartedUs), toUs: Number(ballotsEndedUs) }),
      );
    }
  } finally {
    await stack.stop();
  }
  return !failed;
}

runBench(main);
