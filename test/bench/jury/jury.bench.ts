/**
 * npm run bench:jury — the jury's ballot path measured end to end on this machine, in one run:
 *   1. starts its own api + worker (from dist/) against a fresh os_test_bench_* database and a private queue prefix;
 *   2. takes a campaign to the jury stage through the API, imports the jurors (CSV) and exchanges their codes;
 *   3. fires ballots over HTTP keep-alive from a second process (loopback, bounded count and time) and measures
 *      acceptance latency and the end-to-end rate (first ballot sent → last accepted ballot counted in PostgreSQL);
 *   4. checks that nothing accepted was lost or doubled, and that each juror's counted ballot is her latest;
 *   5. baselines: raw multi-row INSERTs of the same rows, and a bare Node http server under the same load;
 *   6. inserts 1,000,000 ballots with generate_series and times the tally (the HTTP endpoint and its SQL alone);
 *   7. prints the figures, including peak RSS (VmHWM) of the api and the worker.
 * Tunables (environment): BENCH_BALLOTS (30000), BENCH_JURORS (5000), BENCH_CONNECTIONS (32), BENCH_MAX_SECONDS (60),
 * BENCH_TALLY_ROWS (1000000), BENCH_CANDIDATES (12).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import * as path from 'node:path';
import { ApiClient, ballotToken, campaignInJuryStage, importJurors, type Stack, startStack, voterOf } from '@app/testing';
import { cpuSeconds, fmt, memory } from '../process-stats';
import type { LoadConfig, LoadResult } from './load-generator';
import { runBench, startBareServer } from '../run-bench';

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const BALLOTS = env('BENCH_BALLOTS', 30_000);
const JURORS = env('BENCH_JURORS', 5_000);
const CONNECTIONS = env('BENCH_CONNECTIONS', 32);
const MAX_SECONDS = env('BENCH_MAX_SECONDS', 60);
const TALLY_ROWS = env('BENCH_TALLY_ROWS', 1_000_000);
const CANDIDATES = env('BENCH_CANDIDATES', 12);
const ROOT = path.resolve(__dirname, '../../../..');
const REGISTER = path.join(ROOT, 'scripts/register-paths.js');

const secs = (ms: number) => `${fmt(ms / 1000, 2)} s`;
const log = (...args: unknown[]) => console.log(`[bench] ${args.join(' ')}`);

function runGenerator(config: LoadConfig, dir: string, name: string): Promise<LoadResult> {
  const configFile = path.join(dir, `${name}.config.json`);
  const outFile = path.join(dir, `${name}.result.json`);
  writeFileSync(configFile, JSON.stringify(config));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-r', REGISTER, path.join(__dirname, 'load-generator.js'), configFile, outFile], {
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(readFileSync(outFile, 'utf8'))) : reject(new Error(`load generator exited with ${code}`))));
  });
}

async function main(): Promise<boolean> {
  const dir = mkdtempSync(path.join(tmpdir(), 'jury-bench-'));
  const t0 = Date.now();
  const loadAtStart = loadavg()
    .map((x: number) => x.toFixed(2))
    .join(' ');
  log(`starting api + worker on a fresh database (ballots ${fmt(BALLOTS)}, jurors ${fmt(JURORS)}, ${CONNECTIONS} connections, ${CANDIDATES} candidates)`);
  const stack: Stack = await startStack('bench', { LOG_LEVEL: 'warn' });
  let failed: boolean;
  try {
    log(`database ${stack.database.name}, queue prefix ${stack.queuePrefix}`);
    const organiser = await ApiClient.login(stack.baseUrl, ['organiser'], 'bench-organiser');
    let t = Date.now();
    const campaign = await campaignInJuryStage(organiser, { candidates: CANDIDATES, title: 'bench: city-wide jury', label: 'bench' });
    log(`campaign in jury stage with ${CANDIDATES} accepted candidacies (${secs(Date.now() - t)})`);

    t = Date.now();
    const codes: string[] = [];
    for (let done = 0; done < JURORS; done += 5000) {
      const batch = await importJurors(organiser, campaign.campaignId, Math.min(5000, JURORS - done), `bench-${done}-`);
      codes.push(...batch.map((j) => j.code));
    }
    log(`imported ${fmt(codes.length)} jurors by CSV (${secs(Date.now() - t)})`);
    t = Date.now();
    const tokens: string[] = new Array(codes.length);
    let nextCode = 0;
    await Promise.all(
      Array.from({ length: 32 }, async () => {
        while (nextCode < codes.length) {
          const i = nextCode++;
          tokens[i] = await ballotToken(stack.baseUrl, codes[i]);
        }
      }),
    );
    const exchangeMs = Date.now() - t;
    log(`exchanged ${fmt(tokens.length)} codes for ballot tokens (${secs(exchangeMs)}, ${fmt(tokens.length / (exchangeMs / 1000))}/s)`);
    // Ballots are stored under each juror's voter pseudonym: index them by it.
    const jurorIds = new Map<string, number>(tokens.map((token, i) => [voterOf(campaign.campaignId, token.split('.')[2]), i]));

    // Ingestion: the generator fires, this process watches PostgreSQL until every accepted ballot is counted.
    const memPeak = { api: 0, worker: 0 };
    const sampler = setInterval(() => {
      memPeak.api = Math.max(memPeak.api, memory(stack.api.pid).rssMb);
      memPeak.worker = Math.max(memPeak.worker, memory(stack.worker.pid).rssMb);
    }, 100);
    const progress = async () =>
      (
        await stack.pool.query(
          `SELECT coalesce(sum(received), 0)::int AS received, coalesce(sum(processed), 0)::int AS processed, coalesce(sum(counted), 0)::int AS counted FROM jury_counters WHERE campaign_id = $1`,
          [campaign.campaignId],
        )
      ).rows[0];
    const cpuBefore = { api: cpuSeconds(stack.api.pid), worker: cpuSeconds(stack.worker.pid) };
    log(`firing ${fmt(BALLOTS)} ballots over HTTP keep-alive from a second process …`);
    const load = await runGenerator(
      {
        url: `${stack.baseUrl}/jury/ballots`,
        count: BALLOTS,
        connections: CONNECTIONS,
        maxSeconds: MAX_SECONDS,
        tokens,
        candidacyIds: campaign.candidacyIds,
        record: true,
      },
      dir,
      'jury',
    );
    let p = await progress();
    while (p.processed < load.accepted && Date.now() - load.endedAt < 60_000) {
      await new Promise((r) => setTimeout(r, 20));
      p = await progress();
    }
    const countedAt = Date.now();
    clearInterval(sampler);
    const ingestMem = { api: memory(stack.api.pid), worker: memory(stack.worker.pid) };
    const cpu = { api: cpuSeconds(stack.api.pid) - cpuBefore.api, worker: cpuSeconds(stack.worker.pid) - cpuBefore.worker };
    const acceptSeconds = (load.endedAt - load.startedAt) / 1000;
    const e2eSeconds = (countedAt - load.startedAt) / 1000;
    const e2eRate = load.accepted / e2eSeconds;

    // Exactly once: every accepted ballot logged once, every batch applied once, each juror's latest counted.
    const [batches] = (
      await stack.pool.query(`SELECT count(*)::int AS n, coalesce(sum(size), 0)::int AS ballots FROM jury_batches WHERE campaign_id = $1`, [
        campaign.campaignId,
      ])
    ).rows;
    const submissions = (await stack.pool.query(`SELECT ballot_id FROM jury_submissions WHERE campaign_id = $1`, [campaign.campaignId])).rows.map(
      (r) => r.ballot_id as string,
    );
    const loggedIds = new Set(submissions);
    const acceptedIds = new Set(load.acceptedBallots.map(([, , id]) => id));
    const lost = [...acceptedIds].filter((id) => !loggedIds.has(id)).length;
    const doubled = submissions.length - loggedIds.size + Math.max(0, batches.ballots - load.accepted);
    const latest = new Map<number, bigint>();
    for (const [j, seq] of load.acceptedBallots) if (!latest.has(j) || BigInt(seq) > latest.get(j)!) latest.set(j, BigInt(seq));
    const counted = (await stack.pool.query(`SELECT voter, seq::text FROM jury_ballots WHERE campaign_id = $1`, [campaign.campaignId])).rows;
    const notLatest = counted.filter((r) => latest.get(jurorIds.get(r.voter)!) !== BigInt(r.seq)).length;
    const exact =
      lost === 0 &&
      doubled === 0 &&
      notLatest === 0 &&
      counted.length === latest.size &&
      p.received === load.accepted &&
      p.processed === load.accepted &&
      acceptedIds.size === load.accepted;

    // Baseline 1: raw multi-row INSERTs (1,000 rows a statement, one connection) of the same rows.
    await stack.pool.query(`CREATE TABLE bench_raw_ballots (LIKE jury_submissions INCLUDING ALL)`);
    const rows = (
      await stack.pool.query(
        `SELECT ballot_id, campaign_id, voter, seq, marks::text AS marks, receipt, accepted_at, batch_id FROM jury_submissions WHERE campaign_id = $1`,
        [campaign.campaignId],
      )
    ).rows;
    const client = await stack.pool.connect();
    t = Date.now();
    try {
      for (let i = 0; i < rows.length; i += 1000) {
        const chunk = rows.slice(i, i + 1000);
        await client.query(
          `INSERT INTO bench_raw_ballots (ballot_id, campaign_id, voter, seq, marks, receipt, accepted_at, batch_id)
           SELECT a, b, c, d, e::smallint[], f, g, h
           FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::bigint[], $5::text[], $6::text[], $7::timestamptz[], $8::uuid[]) AS t(a, b, c, d, e, f, g, h)`,
          [
            chunk.map((r) => r.ballot_id),
            chunk.map((r) => r.campaign_id),
            chunk.map((r) => r.voter),
            chunk.map((r) => r.seq),
            chunk.map((r) => r.marks),
            chunk.map((r) => r.receipt),
            chunk.map((r) => r.accepted_at),
            chunk.map((r) => r.batch_id),
          ],
        );
      }
    } finally {
      client.release();
    }
    const rawSeconds = (Date.now() - t) / 1000;
    const rawRate = rows.length / rawSeconds;

    // Baseline 2: a bare Node http server under the same generator (what HTTP alone costs here, now).
    const bare = await startBareServer();
    const bareLoad = await runGenerator(
      {
        url: `${bare.url}/jury/ballots`,
        count: BALLOTS,
        connections: CONNECTIONS,
        maxSeconds: MAX_SECONDS,
        candidacyIds: campaign.candidacyIds,
        record: false,
      },
      dir,
      'bare',
    );
    bare.child.kill('SIGKILL');
    const bareRate = bareLoad.sent / ((bareLoad.endedAt - bareLoad.startedAt) / 1000);

    // The tally of 1,000,000 ballots: a second campaign, its ballots inserted directly with generate_series.
    t = Date.now();
    const big = await campaignInJuryStage(organiser, { candidates: CANDIDATES, title: 'bench: one million ballots', label: 'bench-1m' });
    const marks = `ARRAY[${Array.from({ length: CANDIDATES }, () => '(random() * 100)::int').join(', ')}]::smallint[]`;
    await stack.pool.query(
      `INSERT INTO jury_ballots (campaign_id, voter, ballot_id, seq, marks, receipt, accepted_at)
       SELECT $1, gen_random_uuid(), gen_random_uuid(), g, ${marks}, md5(g::text) || md5((-g)::text), now()
       FROM generate_series(1, $2::int) AS g`,
      [big.campaignId, TALLY_ROWS],
    );
    await stack.pool.query(`ANALYZE jury_ballots`);
    const insertSeconds = (Date.now() - t) / 1000;
    const tallyTimes: number[] = [];
    let tallyBody: any;
    for (let i = 0; i < 3; i += 1) {
      const s = Date.now();
      const res = await organiser.get(`/campaigns/${big.campaignId}/jury/tally`);
      tallyTimes.push(Date.now() - s);
      if (res.status !== 200) throw new Error(`tally ${res.status} ${JSON.stringify(res.body)}`);
      tallyBody = res.body;
    }
    const { juryTallySql } = await import('@app/jury');
    const s = Date.now();
    await stack.pool.query(juryTallySql(CANDIDATES), [big.campaignId]);
    const sqlMs = Date.now() - s;
    // Cross-check the first candidate against a plain SQL formula: (sum − max − min) / (n − 2), rounded half up.
    const [check] = (
      await stack.pool.query(
        `SELECT count(*)::int AS n, round((sum(marks[1]) - max(marks[1]) - min(marks[1]))::numeric / (count(*) - 2), 2)::text AS score FROM jury_ballots WHERE campaign_id = $1`,
        [big.campaignId],
      )
    ).rows;
    const tallyAgrees = tallyBody.validBallots === TALLY_ROWS && check.n === TALLY_ROWS && tallyBody.candidates[0].juryScore === check.score;
    const endMem = { api: memory(stack.api.pid), worker: memory(stack.worker.pid) };

    const tallyBest = Math.min(...tallyTimes);
    const lines = [
      '',
      '=== jury ballot ingestion (npm run bench:jury) ===',
      `machine: ${cpus().length} cores, Node ${process.version}; api + worker + PostgreSQL + Redis + load generator all on this machine; load average at start ${loadAtStart}, now ${loadavg()
        .map((x: number) => x.toFixed(2))
        .join(' ')}`,
      `ballots sent ${fmt(load.sent)} by ${CONNECTIONS} connections; accepted (202) ${fmt(load.accepted)}; other answers ${JSON.stringify(Object.fromEntries(Object.entries(load.statuses).filter(([k]) => k !== '202')))}`,
      `acceptance rate (HTTP 202)            ${fmt(load.accepted / acceptSeconds)} ballots/s over ${secs(acceptSeconds * 1000)}`,
      `END TO END (accepted → counted in PG) ${fmt(e2eRate)} ballots/s (${fmt(load.accepted)} in ${secs(e2eSeconds * 1000)}; last counted ${secs(countedAt - load.endedAt)} after the last answer)`,
      `acceptance latency                    p50 ${fmt(load.latencyMs.p50, 1)} ms, p90 ${fmt(load.latencyMs.p90, 1)} ms, p99 ${fmt(load.latencyMs.p99, 1)} ms, max ${fmt(load.latencyMs.max, 1)} ms`,
      `batches                               ${fmt(batches.n)} jobs, ${fmt(batches.ballots / Math.max(1, batches.n), 1)} ballots per job on average`,
      `CPU used meanwhile                    api ${fmt(cpu.api, 1)} s (${fmt((cpu.api * 1000) / Math.max(1, load.accepted), 2)} ms a ballot), worker ${fmt(cpu.worker, 1)} s (${fmt((cpu.worker * 1000) / Math.max(1, load.accepted), 2)} ms a ballot)`,
      `exactly once                          lost ${lost}, doubled ${doubled}, jurors whose counted ballot is not her latest ${notLatest}; ${fmt(counted.length)} jurors counted → ${exact ? 'OK' : 'FAILED'}`,
      `baseline: raw multi-row INSERT        ${fmt(rawRate)} rows/s (${fmt(rows.length)} of the same rows, 1,000 a statement, one connection); end to end ÷ raw = ${fmt(e2eRate / rawRate, 3)}`,
      `baseline: bare Node http server       ${fmt(bareRate)} req/s with the same generator; end to end ÷ bare HTTP = ${fmt(e2eRate / bareRate, 3)} (p99 ${fmt(bareLoad.latencyMs.p99, 1)} ms)`,
      `tally of ${fmt(TALLY_ROWS)} ballots           HTTP GET …/jury/tally best ${secs(tallyBest)} (runs: ${tallyTimes.map((x) => secs(x)).join(', ')}); the SQL aggregate alone ${secs(sqlMs)}; agrees with a plain SQL formula: ${tallyAgrees ? 'yes' : 'NO'}`,
      `  (inserting the ${fmt(TALLY_ROWS)} rows with generate_series took ${secs(insertSeconds * 1000)})`,
      `peak RSS (VmHWM)                      api ${fmt(endMem.api.peakMb)} MB, worker ${fmt(endMem.worker.peakMb)} MB (during ingestion: api ${fmt(Math.max(memPeak.api, ingestMem.api.rssMb))} MB, worker ${fmt(Math.max(memPeak.worker, ingestMem.worker.rssMb))} MB)`,
      `setup: code exchange ${fmt(tokens.length / (exchangeMs / 1000))}/s; whole bench ${secs(Date.now() - t0)}`,
      `targets: ≥ 1,000 ballots/s end to end ${e2eRate >= 1000 ? 'MET' : 'MISSED'}; p99 < 100 ms ${load.latencyMs.p99 < 100 ? 'MET' : 'MISSED'}; 1M tally < 5 s ${tallyBest < 5000 ? 'MET' : 'MISSED'}; zero lost or doubled ${exact ? 'MET' : 'MISSED'}`,
    ];
    console.log(lines.join('\n'));
    failed = !exact || !tallyAgrees;
  } finally {
    await stack.stop();
  }
  return !failed;
}

runBench(main);
