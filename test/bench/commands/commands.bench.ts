/**
 * npm run bench:commands — the command path end to end on ONE campaign growing to BENCH_EVENTS events, to show
 * whether a command's cost grows with the campaign's history: HTTP → commands row → BullMQ → worker →
 * CommandTransaction (lock, read the stream's new events, resume the folds from their snapshots, decide, append,
 * project) → PostgreSQL.
 *   1. starts its own api + worker (from dist/) on a fresh os_test_bench_* database;
 *   2. opens candidacy in one campaign and signs in BENCH_EVENTS candidates;
 *   3. every candidate submits her candidacy (202, no wait) over BENCH_CONNECTIONS connections at once: one event
 *      each, so the campaign's stream grows from 2 to BENCH_EVENTS + 2 events while they apply;
 *   4. waits until every accepted command is applied and checks none was lost or applied twice;
 *   5. then an organiser's clicks on the full campaign, one after another: BENCH_WAITED qualification decisions
 *      with ?wait=true (a command) and as many reads of the ranking page and the campaign page.
 * A campaign's commands apply one at a time (its stream is locked): the rate of the first tenth (a fresh campaign)
 * against the last tenth (BENCH_EVENTS × 0.9 events behind each command) is what a longer history costs.
 */
import { randomUUID } from 'node:crypto';
import { loadavg } from 'node:os';
import { JwtService } from '@nestjs/jwt';
import { DEVELOPMENT_SECRETS } from '@app/config';
import { ApiClient, campaignBody, candidacyBody, type Stack, startStack } from '@app/testing';
import { cpuSeconds, fmt, memory, quantile } from '../process-stats';
import { runBench } from '../run-bench';

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const EVENTS = env('BENCH_EVENTS', 10_000);
const CONNECTIONS = env('BENCH_CONNECTIONS', 16);
const WAITED = env('BENCH_WAITED', 50);
const log = (...args: unknown[]) => console.log(`[bench] ${args.join(' ')}`);
const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');

/** Measured before snapshots (issue 15): a campaign growing to 2,000 events, 1 api + 1 worker on this machine. */
const BASELINE = {
  ratePerSecond: '31–62 /s at first, 6–8 /s at 2,000 events',
  clickMs: '181–232 ms at 2,000 events',
  workerCpuMs: '53–65 ms',
};

async function main(): Promise<boolean> {
  const loadAtStart = load();
  log(`starting api + worker on a fresh database (one campaign, ${fmt(EVENTS)} candidacies, ${CONNECTIONS} connections)`);
  const stack: Stack = await startStack('bench_commands', { LOG_LEVEL: 'warn' });
  let failed: boolean;
  try {
    const organiser = await ApiClient.login(stack.baseUrl, ['organiser'], 'bench-organiser');
    const created = await organiser.command('POST', '/campaigns', campaignBody({ title: 'bench: one campaign, a long history' }));
    const campaignId: string = created.body.result.campaignId;
    await organiser.command('POST', `/campaigns/${campaignId}/candidacy/open`);

    // The stack runs with the development JWT secret: the bench signs its candidates' tokens itself, as the dev
    // login would, because 10,000 sign-ins over HTTP take longer than the commands being measured.
    const jwt = new JwtService({ secret: DEVELOPMENT_SECRETS.JWT_SECRET, signOptions: { expiresIn: 3600 } });
    // Signed as each one sends (signing all first leaves the connections idle long enough for the api to close them).
    const candidate = (i: number) => new ApiClient(stack.baseUrl, jwt.sign({ sub: `bench-candidate-${i}`, roles: ['candidate'] }), `bench-candidate-${i}`);
    const check = await candidate(0).get('/auth/me');
    if (check.status !== 200) throw new Error(`a token signed by the bench is refused: ${check.status} ${JSON.stringify(check.body)}`);
    log(`candidacy open; ${fmt(EVENTS)} candidates about to submit`);

    const cpuBefore = { api: cpuSeconds(stack.api.pid), worker: cpuSeconds(stack.worker.pid) };
    const latencies: number[] = [];
    const accepted = new Map<string, string>();
    const other: Record<number, number> = {};
    let next = 0;
    const started = Date.now();
    // The worker's CPU against the number of commands applied, sampled meanwhile: its CPU per command in the first
    // and the last tenth says what the history costs even when the machine is too busy for rates to mean much.
    const samples: { applied: number; workerCpu: number }[] = [{ applied: 0, workerCpu: cpuBefore.worker }];
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        await new Promise((r) => setTimeout(r, 100));
        const { rows } = await stack.pool.query(`SELECT count(*)::int AS n FROM commands WHERE status <> 'pending' AND type = 'SubmitCandidacy'`);
        samples.push({ applied: rows[0].n, workerCpu: cpuSeconds(stack.worker.pid) });
      }
    })();
    await Promise.all(
      Array.from({ length: CONNECTIONS }, async () => {
        while (next < EVENTS) {
          const i = next++;
          const key = `bench-submit-${i}`;
          const client = candidate(i);
          const t0 = performance.now();
          const res = await client.request('POST', `/campaigns/${campaignId}/candidacies`, candidacyBody(`候选人${i + 1}`), { 'idempotency-key': key });
          latencies.push(performance.now() - t0);
          if (res.status === 202 || res.status === 200) accepted.set(key, res.body.commandId);
          else other[res.status] = (other[res.status] ?? 0) + 1;
        }
      }),
    );
    const acceptedAt = Date.now();
    const pending = async () => Number((await stack.pool.query(`SELECT count(*) FROM commands WHERE status = 'pending'`)).rows[0].count);
    while ((await pending()) > 0 && Date.now() - acceptedAt < 600_000) await new Promise((r) => setTimeout(r, 20));
    const appliedAt = Date.now();
    sampling = false;
    await sampler;
    const cpu = { api: cpuSeconds(stack.api.pid) - cpuBefore.api, worker: cpuSeconds(stack.worker.pid) - cpuBefore.worker };

    const ids = [...accepted.values()];
    const { rows: outcomes } = await stack.pool.query(
      `SELECT c.status, c.created_at, c.completed_at, (SELECT count(*) FROM events e WHERE e.command_id = c.id)::int AS events
       FROM commands c WHERE c.id = ANY($1::uuid[]) ORDER BY c.completed_at`,
      [ids],
    );
    const { rows: candidacies } = await stack.pool.query(`SELECT count(*)::int AS n FROM candidacies WHERE campaign_id = $1`, [campaignId]);
    const succeeded = outcomes.filter((o) => o.status === 'succeeded');
    const lost = accepted.size - succeeded.length;
    const doubled = candidacies[0].n - succeeded.length + outcomes.filter((o) => o.events !== 1).length;
    const applyMs = succeeded.map((o) => o.completed_at.getTime() - o.created_at.getTime());
    const tenth = Math.max(2, Math.floor(succeeded.length / 10));
    const rateOf = (slice: typeof succeeded) =>
      (slice.length - 1) / Math.max(0.001, (slice[slice.length - 1].completed_at.getTime() - slice[0].completed_at.getTime()) / 1000);
    const firstTenth = rateOf(succeeded.slice(0, tenth));
    const lastTenth = rateOf(succeeded.slice(-tenth));
    const loadAfterCommands = load();
    const cpuAt = (applied: number) => samples.find((x) => x.applied >= applied) ?? samples[samples.length - 1];
    const cpuPerCommand = (from: number, to: number) => {
      const [a, b] = [cpuAt(from), cpuAt(to)];
      return b.applied > a.applied ? ((b.workerCpu - a.workerCpu) * 1000) / (b.applied - a.applied) : NaN;
    };
    const cpuFirstTenth = cpuPerCommand(0, Math.floor(EVENTS / 10));
    const cpuLastTenth = cpuPerCommand(Math.floor((EVENTS * 9) / 10), EVENTS);

    // An organiser's clicks on the full campaign, one after another: a command waited for, and the pages she reads.
    const { rows: someCandidacies } = await stack.pool.query(`SELECT id FROM candidacies WHERE campaign_id = $1 LIMIT $2`, [campaignId, WAITED]);
    await organiser.command('POST', `/campaigns/${campaignId}/candidacy/close`);
    const clicks: number[] = [];
    const reads = { ranking: [] as number[], campaign: [] as number[] };
    const timed = async <T>(into: number[], call: () => Promise<{ status: number; body: T }>, what: string) => {
      const t0 = performance.now();
      const res = await call();
      into.push(performance.now() - t0);
      if (res.status !== 200) throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body)}`);
    };
    // The api reads a campaign's stream once (then only what is new): its first ranking read pays for that.
    const firstRead: number[] = [];
    await timed(firstRead, () => organiser.get(`/campaigns/${campaignId}/ranking`), 'ranking');
    for (const { id } of someCandidacies) {
      await timed(
        clicks,
        () =>
          organiser.request(
            'POST',
            `/candidacies/${id}/qualification?wait=true`,
            { decision: 'accepted', reason: '符合条件' },
            { 'idempotency-key': randomUUID() },
          ),
        'qualification',
      );
      await timed(reads.ranking, () => organiser.get(`/campaigns/${campaignId}/ranking`), 'ranking');
      await timed(reads.campaign, () => organiser.get(`/campaigns/${campaignId}`), 'campaign');
    }
    const { rows: streamLength } = await stack.pool.query(`SELECT count(*)::int AS n FROM events WHERE campaign_id = $1`, [campaignId]);

    const acceptSeconds = (acceptedAt - started) / 1000;
    const e2eSeconds = (appliedAt - started) / 1000;
    const everyClick = [...clicks, ...reads.ranking, ...reads.campaign];
    failed = lost !== 0 || doubled !== 0 || accepted.size !== EVENTS;
    const p = (xs: number[]) => `p50 ${quantile(xs, 0.5).toFixed(1)} ms, p99 ${quantile(xs, 0.99).toFixed(1)} ms`;
    console.log(`
=== commands end to end on one growing campaign (npm run bench:commands) ===
machine: 2 cores, Node ${process.version}; api + worker + PostgreSQL + Redis + this client all on this machine
load average at start ${loadAtStart}; after the commands ${loadAfterCommands}; now ${load()}
SubmitCandidacy sent ${fmt(EVENTS)} to one campaign by ${CONNECTIONS} connections; accepted ${fmt(accepted.size)}; other answers ${JSON.stringify(other)}
acceptance (HTTP 202)                 ${fmt(accepted.size / acceptSeconds)} commands/s over ${acceptSeconds.toFixed(2)} s; latency ${p(latencies)}
END TO END (accepted → applied)       ${fmt(succeeded.length / e2eSeconds)} commands/s (${fmt(succeeded.length)} in ${e2eSeconds.toFixed(2)} s)
accepted → applied, per command       p50 ${fmt(quantile(applyMs, 0.5))} ms, p99 ${fmt(quantile(applyMs, 0.99))} ms (queueing included)
HISTORY COST: first tenth (fresh)     ${fmt(firstTenth)} commands/s     baseline ${BASELINE.ratePerSecond}
              last tenth (~${fmt(Math.round(EVENTS * 0.9))}+ events) ${fmt(lastTenth)} commands/s; last / first = ${(lastTenth / firstTenth).toFixed(2)} (goal ≥ 0.80)
WORKER CPU per command                ${((cpu.worker * 1000) / EVENTS).toFixed(2)} ms     baseline ${BASELINE.workerCpuMs}  (api ${((cpu.api * 1000) / EVENTS).toFixed(2)} ms)
              first tenth / last tenth ${cpuFirstTenth.toFixed(2)} / ${cpuLastTenth.toFixed(2)} ms; last / first = ${(cpuLastTenth / cpuFirstTenth).toFixed(2)}
exactly once                          lost ${lost}, doubled ${doubled} → ${lost === 0 && doubled === 0 ? 'OK' : 'FAILED'}
ORGANISER CLICKS on the ${fmt(streamLength[0].n)}-event campaign, one after another (goal p99 < 100 ms; baseline ${BASELINE.clickMs}):
  qualification decision (?wait=true) ${p(clicks)}  (${clicks.length})
  GET /campaigns/:id/ranking          ${p(reads.ranking)}  (${reads.ranking.length})
  GET /campaigns/:id                  ${p(reads.campaign)}  (${reads.campaign.length})
  every click                         ${p(everyClick)}
  (before them, the api's first ranking read of this campaign since it started: ${firstRead[0].toFixed(1)} ms — it reads the stream once)
peak RSS (VmHWM)                      api ${fmt(memory(stack.api.pid).peakMb)} MB, worker ${fmt(memory(stack.worker.pid).peakMb)} MB`);
  } finally {
    await stack.stop();
  }
  return !failed;
}

runBench(main);
