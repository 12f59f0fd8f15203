/**
 * npm run bench:commands — the command path measured end to end: HTTP → commands row → BullMQ → worker →
 * CommandTransaction (lock, replay the campaign's stream, decide, append, project) → PostgreSQL.
 *   1. starts its own api + worker (from dist/) on a fresh os_test_bench_* database;
 *   2. opens candidacy in BENCH_CAMPAIGNS campaigns and signs in BENCH_CANDIDATES candidates per campaign;
 *   3. every candidate submits her candidacy (202, no wait) over BENCH_CONNECTIONS connections at once;
 *   4. waits until every accepted command is applied and checks none was lost or applied twice;
 *   5. then BENCH_WAITED single commands with ?wait=true, one after another: what an organiser's click feels like
 *      on a campaign that already holds every candidacy.
 * Commands of one campaign apply one at a time (its stream is locked), and each replays the stream: the rate of
 * the first and the last tenth shows what a longer history costs.
 */
import { randomUUID } from 'node:crypto';
import { loadavg } from 'node:os';
import { ApiClient, campaignBody, candidacyBody, type Stack, startStack } from '@app/testing';
import { cpuSeconds, fmt, memory, quantile } from '../process-stats';

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const CAMPAIGNS = env('BENCH_CAMPAIGNS', 4);
const CANDIDATES = env('BENCH_CANDIDATES', 250);
const CONNECTIONS = env('BENCH_CONNECTIONS', 16);
const WAITED = env('BENCH_WAITED', 50);
const log = (...args: unknown[]) => console.log(`[bench] ${args.join(' ')}`);

async function main(): Promise<void> {
  const loadAtStart = loadavg().map((x: number) => x.toFixed(2)).join(' ');
  log(`starting api + worker on a fresh database (${CAMPAIGNS} campaigns × ${CANDIDATES} candidates, ${CONNECTIONS} connections)`);
  const stack: Stack = await startStack('bench_commands', { LOG_LEVEL: 'warn' });
  let failed: boolean;
  try {
    const organiser = await ApiClient.login(stack.baseUrl, ['organiser'], 'bench-organiser');
    const campaignIds: string[] = [];
    for (let c = 0; c < CAMPAIGNS; c += 1) {
      const created = await organiser.command('POST', '/campaigns', campaignBody({ title: `bench: campaign ${c + 1}` }));
      campaignIds.push(created.body.result.campaignId);
      await organiser.command('POST', `/campaigns/${campaignIds[c]}/candidacy/open`);
    }
    const total = CAMPAIGNS * CANDIDATES;
    const candidates: { client: ApiClient; campaignId: string; i: number }[] = [];
    const t = Date.now();
    for (let i = 0; i < total; i += 50) {
      const batch = await Promise.all(Array.from({ length: Math.min(50, total - i) }, (_, k) => ApiClient.login(stack.baseUrl, ['candidate'], `bench-candidate-${i + k}`)));
      batch.forEach((client, k) => candidates.push({ client, campaignId: campaignIds[(i + k) % CAMPAIGNS], i: i + k }));
    }
    log(`${CAMPAIGNS} campaigns open for candidacy; ${fmt(total)} candidates signed in (${((Date.now() - t) / 1000).toFixed(2)} s)`);

    const cpuBefore = { api: cpuSeconds(stack.api.pid), worker: cpuSeconds(stack.worker.pid) };
    const latencies: number[] = [];
    const accepted = new Map<string, string>();
    const other: Record<number, number> = {};
    let next = 0;
    const started = Date.now();
    await Promise.all(
      Array.from({ length: CONNECTIONS }, async () => {
        while (next < candidates.length) {
          const { client, campaignId, i } = candidates[next++];
          const key = `bench-submit-${i}`;
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
    while ((await pending()) > 0 && Date.now() - acceptedAt < 300_000) await new Promise((r) => setTimeout(r, 20));
    const appliedAt = Date.now();
    const cpu = { api: cpuSeconds(stack.api.pid) - cpuBefore.api, worker: cpuSeconds(stack.worker.pid) - cpuBefore.worker };

    const ids = [...accepted.values()];
    const { rows: outcomes } = await stack.pool.query(
      `SELECT c.status, c.created_at, c.completed_at, (SELECT count(*) FROM events e WHERE e.command_id = c.id)::int AS events
       FROM commands c WHERE c.id = ANY($1::uuid[]) ORDER BY c.completed_at`,
      [ids],
    );
    const { rows: candidacies } = await stack.pool.query(`SELECT count(*)::int AS n FROM candidacies WHERE campaign_id = ANY($1::uuid[])`, [campaignIds]);
    const succeeded = outcomes.filter((o) => o.status === 'succeeded');
    const lost = accepted.size - succeeded.length;
    const doubled = candidacies[0].n - succeeded.length + outcomes.filter((o) => o.events !== 1).length;
    const applyMs = succeeded.map((o) => o.completed_at.getTime() - o.created_at.getTime());
    const tenth = Math.max(1, Math.floor(succeeded.length / 10));
    const rateOf = (slice: typeof succeeded) => slice.length / Math.max(0.001, (slice[slice.length - 1].completed_at.getTime() - slice[0].completed_at.getTime()) / 1000);
    const firstTenth = rateOf(succeeded.slice(0, tenth));
    const lastTenth = rateOf(succeeded.slice(-tenth));

    // An organiser's click: one command, waited for, on a campaign holding CANDIDATES candidacies.
    const waited: number[] = [];
    const { rows: someCandidacies } = await stack.pool.query(`SELECT id FROM candidacies WHERE campaign_id = $1 LIMIT $2`, [campaignIds[0], WAITED]);
    await organiser.command('POST', `/campaigns/${campaignIds[0]}/candidacy/close`);
    for (const { id } of someCandidacies) {
      const t0 = performance.now();
      const res = await organiser.request('POST', `/candidacies/${id}/qualification?wait=true`, { decision: 'accepted', reason: '符合条件' }, { 'idempotency-key': randomUUID() });
      waited.push(performance.now() - t0);
      if (res.status !== 200) throw new Error(`qualification: ${res.status} ${JSON.stringify(res.body)}`);
    }
    const { rows: streamLength } = await stack.pool.query(`SELECT count(*)::int AS n FROM events WHERE campaign_id = $1`, [campaignIds[0]]);

    const acceptSeconds = (acceptedAt - started) / 1000;
    const e2eSeconds = (appliedAt - started) / 1000;
    failed = lost !== 0 || doubled !== 0 || accepted.size !== total;
    console.log(`
=== commands end to end (npm run bench:commands) ===
machine: 2 cores, Node ${process.version}; api + worker + PostgreSQL + Redis + this client all on this machine; load average at start ${loadAtStart}, now ${loadavg().map((x: number) => x.toFixed(2)).join(' ')}
SubmitCandidacy sent ${fmt(total)} (${CAMPAIGNS} campaigns × ${CANDIDATES}) by ${CONNECTIONS} connections; accepted ${fmt(accepted.size)}; other answers ${JSON.stringify(other)}
acceptance (HTTP 202)                 ${fmt(accepted.size / acceptSeconds)} commands/s over ${acceptSeconds.toFixed(2)} s; latency p50 ${quantile(latencies, 0.5).toFixed(1)} ms, p99 ${quantile(latencies, 0.99).toFixed(1)} ms
END TO END (accepted → applied)       ${fmt(succeeded.length / e2eSeconds)} commands/s (${fmt(succeeded.length)} in ${e2eSeconds.toFixed(2)} s)
accepted → applied, per command       p50 ${fmt(quantile(applyMs, 0.5))} ms, p99 ${fmt(quantile(applyMs, 0.99))} ms (queueing included)
history cost                          first tenth applied at ${fmt(firstTenth)} /s, last tenth at ${fmt(lastTenth)} /s (streams grew to ~${fmt(CANDIDATES)} events each)
CPU used meanwhile                    api ${cpu.api.toFixed(1)} s (${((cpu.api * 1000) / total).toFixed(2)} ms a command), worker ${cpu.worker.toFixed(1)} s (${((cpu.worker * 1000) / total).toFixed(2)} ms a command)
exactly once                          lost ${lost}, doubled ${doubled} → ${lost === 0 && doubled === 0 ? 'OK' : 'FAILED'}
an organiser's click (?wait=true)     ${waited.length} qualification decisions one after another on a ${fmt(streamLength[0].n)}-event campaign: p50 ${quantile(waited, 0.5).toFixed(1)} ms, p99 ${quantile(waited, 0.99).toFixed(1)} ms
peak RSS (VmHWM)                      api ${fmt(memory(stack.api.pid).peakMb)} MB, worker ${fmt(memory(stack.worker.pid).peakMb)} MB`);
  } finally {
    await stack.stop();
  }
  process.exit(failed ? 1 : 0);
}

main().catch((err: Error) => {
  console.error(`bench failed: ${err.stack ?? err.message}`);
  process.exit(1);
});
