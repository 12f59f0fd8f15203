/**
 * The fault run: commands and jury ballots flow through the real api and worker while the worker is killed
 * with -9, Redis is killed and comes back EMPTY (no persistence, as on this machine), and PostgreSQL crashes
 * (immediate stop, crash recovery on start). Clients behave like ours: a 5xx or a dropped connection is sent
 * again with the same Idempotency-Key. Afterwards every accepted command and ballot must be applied exactly
 * once, the jury tally must equal a reference count made from what the clients were told, every event must have
 * reached the audit log, and the campaign's hash chain must verify.
 *
 * Both `npm run faults` (bigger, prints the report) and test/e2e/faults.e2e-spec.ts (CI-sized, asserts) run it.
 */
import { Pool } from 'pg';
import { type CampaignLog, verifyCampaignLog } from '@app/domain';
import { ApiClient, ballotToken, campaignInJuryStage, importJurors, PrivatePostgres, PrivateRedis, type Stack, startStack } from '@app/testing';

export interface FaultRunOptions {
  /** RegisterJuror commands sent by the organiser while the faults happen. */
  readonly commands: number;
  /** Jury ballots sent, round robin over the jurors (each juror replaces her ballot several times). */
  readonly ballots: number;
  readonly jurors: number;
  readonly candidates: number;
  /** Concurrent clients of each kind. */
  readonly concurrency: number;
  /** Pause of each client between two requests, so that traffic spans the faults. */
  readonly paceMs: number;
  readonly log: (line: string) => void;
}

export const DEFAULT_FAULT_RUN: Omit<FaultRunOptions, 'log'> = { commands: 240, ballots: 2400, jurors: 120, candidates: 5, concurrency: 6, paceMs: 15 };

export interface TrafficCount {
  /** Distinct requests (idempotency keys) the clients set out to send. */
  sent: number;
  /** Requests answered 2xx (after however many tries). */
  accepted: number;
  /** Accepted requests found applied. */
  applied: number;
  lost: number;
  doubled: number;
  /** Answered 4xx: none is expected in this run. */
  refused: number;
  /** Extra tries after a 5xx or a dropped connection. */
  retries: number;
}

export interface FaultReport {
  readonly faults: string[];
  /** Faults that struck before the clients had finished: all of them, or the run proves less than it says. */
  readonly faultsDuringTraffic: number;
  /** What PostgreSQL held, accepted but unapplied, when Redis came back empty: the sweepers' work. */
  readonly recoveredFromPostgres: string;
  readonly commands: TrafficCount;
  readonly ballots: TrafficCount;
  readonly tallyMatchesReference: boolean;
  readonly tallyMismatches: string[];
  readonly jurorsCounted: number;
  readonly events: number;
  readonly eventsInAuditLog: number;
  readonly hashChainVerified: boolean;
  readonly seconds: number;
}

interface Answer {
  status: number;
  body: any;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Sends one request until it gets a definite answer (2xx or 4xx), as a well-behaved client does. */
async function sendUntilAnswered(send: () => Promise<Answer>, onRetry: () => void, deadline: number): Promise<Answer> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      const answer = await send();
      if (answer.status < 500) return answer;
    } catch {
      // connection refused or dropped: the api may be waiting for PostgreSQL, or the answer was lost
    }
    if (Date.now() > deadline) throw new Error('A request got no definite answer before the deadline');
    onRetry();
    await sleep(Math.min(100 * 2 ** Math.min(attempt, 4), 1000));
  }
}

async function postJson(url: string, body: unknown, headers: Record<string, string>): Promise<Answer> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(15_000),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}

const marksFor = (i: number, candidates: number) => Array.from({ length: candidates }, (_, k) => (i * 37 + k * 11 + ((i * k) % 7)) % 101);

export async function runFaultScenario(options: FaultRunOptions): Promise<FaultReport> {
  const started = Date.now();
  const { log } = options;
  const postgres = await PrivatePostgres.start();
  const redis = await PrivateRedis.start();
  let stack: Stack | undefined;
  let pool: Pool | undefined;
  try {
    log(`private PostgreSQL on :${postgres.port} and Redis on :${redis.port} (no persistence) started`);
    stack = await startStack(
      'faults',
      { SWEEP_INTERVAL_MS: '1000', SWEEP_STALE_AFTER_MS: '3000', JURY_BATCH_MS: '5', LOG_LEVEL: process.env.FAULT_LOG_LEVEL ?? 'warn' },
      {
        adminDatabaseUrl: postgres.adminUrl,
        redisUrl: redis.url,
      },
    );
    const s = stack;
    pool = new Pool({ connectionString: s.database.url, max: 2 });
    pool.on('error', () => undefined);
    const organiser = await ApiClient.login(s.baseUrl, ['organiser'], 'organiser-faults', '组织者');
    const campaign = await campaignInJuryStage(organiser, { candidates: options.candidates, label: 'faults' });
    const jurors = await importJurors(organiser, campaign.campaignId, options.jurors);
    const tokens = await Promise.all(jurors.map((j) => ballotToken(s.baseUrl, j.code)));
    log(`campaign ${campaign.campaignId} in the jury stage: ${options.candidates} candidates, ${options.jurors} jurors with ballot tokens`);

    const deadline = Date.now() + Number(process.env.FAULT_REQUEST_DEADLINE_MS ?? 120_000);
    const commands: TrafficCount = { sent: 0, accepted: 0, applied: 0, lost: 0, doubled: 0, refused: 0, retries: 0 };
    const ballots: TrafficCount = { ...commands };
    const acceptedCommands = new Map<string, string>(); // idempotency key → command id
    const acceptedBallots = new Map<number, { juror: number; ballotId: string; seq: bigint; marks: number[] }>();

    // --- traffic -------------------------------------------------------------------------------------------
    let nextCommand = 0;
    // Commands are spread over the ballot traffic (command i waits for its share of ballots), so they meet the faults too.
    const commandClient = async () => {
      while (nextCommand < options.commands) {
        const i = nextCommand++;
        while (nextBallot < (i * options.ballots) / options.commands && nextBallot < options.ballots) await sleep(5);
        commands.sent += 1;
        const key = `fault-command-${i}`;
        const answer = await sendUntilAnswered(
          () =>
            postJson(
              `${s.baseUrl}/campaigns/${campaign.campaignId}/jury/jurors`,
              { name: `加录评审员${i + 1}`, reference: key },
              { authorization: `Bearer ${organiser.token}`, 'idempotency-key': key },
            ),
          () => (commands.retries += 1),
          deadline,
        );
        if (answer.status >= 400) commands.refused += 1;
        else acceptedCommands.set(key, answer.body.commandId);
        await sleep(options.paceMs);
      }
    };
    let nextBallot = 0;
    const ballotClient = async () => {
      while (nextBallot < options.ballots) {
        const i = nextBallot++;
        ballots.sent += 1;
        const juror = i % options.jurors;
        const marks = marksFor(i, options.candidates);
        const answer = await sendUntilAnswered(
          () =>
            postJson(
              `${s.baseUrl}/jury/ballots`,
              { scores: campaign.candidacyIds.map((candidacyId, k) => ({ candidacyId, score: marks[k] })) },
              { 'x-ballot-token': tokens[juror], 'idempotency-key': `fault-ballot-${i}` },
            ),
          () => (ballots.retries += 1),
          deadline,
        );
        if (answer.status >= 400) ballots.refused += 1;
        else acceptedBallots.set(i, { juror, ballotId: answer.body.ballotId, seq: BigInt(answer.body.seq), marks });
        await sleep(options.paceMs);
      }
    };
    const traffic = Promise.all([...Array.from({ length: options.concurrency }, commandClient), ...Array.from({ length: options.concurrency }, ballotClient)]);
    let trafficDone = false;
    void traffic.then(
      () => (trafficDone = true),
      () => (trafficDone = true),
    );

    // --- faults, each once a share of the ballots has been sent, while traffic flows -------------------------
    const faults: string[] = [];
    let faultsDuringTraffic = 0;
    let recoveredFromPostgres = '';
    const q = async <T>(sql: string, params: unknown[] = []): Promise<T[]> => (await pool!.query(sql, params)).rows as T[];
    const at = async (share: number) => {
      while (nextBallot < options.ballots * share && !trafficDone) await sleep(20);
    };
    const fault = async (what: string, act: () => Promise<void>) => {
      const t = Date.now();
      if (!trafficDone) faultsDuringTraffic += 1;
      const where = `at ballot ${nextBallot}/${options.ballots}, command ${nextCommand}/${options.commands}`;
      await act();
      const line = `${what} ${where} (${Date.now() - t} ms)`;
      faults.push(line);
      log(line);
    };
    await at(0.1);
    await fault('worker killed (-9) and started again', async () => {
      await s.worker.stop('SIGKILL');
      await sleep(800);
      await s.startWorker();
    });
    await at(0.3);
    await fault('Redis killed (-9) and started again empty; api and worker reconnect by themselves', async () => {
      await redis.restart(1000);
      const [left] = await q<{ commands: number; batches: number; events: number }>(
        `SELECT (SELECT count(*) FROM commands WHERE status = 'pending')::int AS commands, (SELECT count(*) FROM jury_intake)::int AS batches,
                (SELECT count(*) FROM outbox WHERE processed_at IS NULL)::int AS events`,
      );
      recoveredFromPostgres = `${left.commands} command(s), ${left.batches} ballot batch(es) and ${left.events} event(s) were accepted but not yet applied when Redis came back empty`;
    });
    await at(0.5);
    await fault('PostgreSQL crashed (immediate stop) and started again with crash recovery', () => postgres.restart(1000));
    await at(0.7);
    await fault('worker killed (-9) again and started again', async () => {
      await s.worker.stop('SIGKILL');
      await sleep(500);
      await s.startWorker();
    });
    await traffic;
    commands.accepted = acceptedCommands.size;
    ballots.accepted = acceptedBallots.size;
    log(
      `traffic done: ${commands.accepted}/${commands.sent} commands and ${ballots.accepted}/${ballots.sent} ballots accepted (${commands.retries + ballots.retries} retries)`,
    );

    // --- wait until everything accepted has been applied (bounded) ---------------------------------------------
    const commandIds = [...acceptedCommands.values()];
    const settleDeadline = Date.now() + 90_000;
    for (;;) {
      const [pending] = await q<{ commands: number; intake: number; unprocessed: number }>(
        `SELECT (SELECT count(*) FROM commands WHERE status = 'pending')::int AS commands,
                (SELECT count(*) FROM jury_intake)::int AS intake,
                (SELECT count(*) FROM outbox WHERE processed_at IS NULL)::int AS unprocessed`,
      );
      if (pending.commands === 0 && pending.intake === 0 && pending.unprocessed === 0) break;
      if (Date.now() > settleDeadline) {
        log(`still waiting when the time ran out: ${JSON.stringify(pending)}`);
        break;
      }
      await sleep(250);
    }

    // --- commands: each accepted key applied once -----------------------------------------------------------
    const applied = await q<{ id: string; status: string; events: number }>(
      `SELECT c.id, c.status, (SELECT count(*) FROM events e WHERE e.command_id = c.id)::int AS events FROM commands c WHERE c.id = ANY($1::uuid[])`,
      [commandIds],
    );
    const registered = await q<{ reference: string; n: number }>(
      `SELECT reference, count(*)::int AS n FROM jury_jurors WHERE campaign_id = $1 AND reference LIKE 'fault-command-%' GROUP BY reference`,
      [campaign.campaignId],
    );
    const succeeded = applied.filter((c) => c.status === 'succeeded' && c.events >= 1);
    commands.applied = succeeded.length;
    commands.lost = commands.accepted - commands.applied;
    const eventsPerCommand = succeeded.length ? Math.min(...succeeded.map((c) => c.events)) : 0;
    commands.doubled =
      registered.reduce((n, r) => n + Math.max(0, r.n - 1), 0) + // a juror registered twice for one key
      registered.filter((r) => !acceptedCommands.has(r.reference)).length + // …or for a key never accepted
      succeeded.filter((c) => c.events !== eventsPerCommand).length; // a command whose events were appended twice

    // --- ballots: each accepted ballot logged once; each juror's latest counted; tally = reference ------------
    const logged = await q<{ ballot_id: string; seq: string }>(`SELECT ballot_id, seq::text FROM jury_submissions WHERE campaign_id = $1`, [
      campaign.campaignId,
    ]);
    const loggedSeq = new Map(logged.map((r) => [r.ballot_id, BigInt(r.seq)]));
    const accepted = [...acceptedBallots.values()];
    // A ballot sent again with its key gets a later sequence; the log keeps the latest, which the client was told.
    ballots.applied = accepted.filter((b) => loggedSeq.get(b.ballotId) === b.seq).length;
    ballots.lost = accepted.filter((b) => !loggedSeq.has(b.ballotId)).length;
    const latest = new Map<number, (typeof accepted)[number]>();
    for (const b of accepted) if (!latest.has(b.juror) || b.seq > latest.get(b.juror)!.seq) latest.set(b.juror, b);
    const counted = await q<{ voter: string; ballot_id: string }>(`SELECT voter, ballot_id FROM jury_ballots WHERE campaign_id = $1`, [campaign.campaignId]);
    const acceptedIds = new Set(accepted.map((b) => b.ballotId));
    ballots.doubled =
      logged.length -
      new Set(logged.map((r) => r.ballot_id)).size +
      counted.filter((c) => !acceptedIds.has(c.ballot_id)).length +
      Math.max(0, counted.length - latest.size);

    const { body: tally } = await organiser.get(`/campaigns/${campaign.campaignId}/jury/tally`);
    const tallyMismatches: string[] = [];
    campaign.candidacyIds.forEach((candidacyId, k) => {
      const ref = [...latest.values()];
      const expectedSum = ref.reduce((n, b) => n + b.marks[k], 0);
      const row = tally.candidates.find((c: { candidacyId: string }) => c.candidacyId === candidacyId);
      if (!row || row.ballots !== ref.length || Number(row.sum) !== expectedSum) {
        tallyMismatches.push(`${candidacyId}: reference ${ref.length} ballots, sum ${expectedSum}; tally ${row?.ballots} ballots, sum ${row?.sum}`);
      }
    });
    if (tally.progress.counted !== latest.size) tallyMismatches.push(`jurors counted: reference ${latest.size}, tally ${tally.progress.counted}`);

    // --- events: all projected, chain intact -----------------------------------------------------------------
    const [eventCounts] = await q<{ events: number; audited: number }>(
      `SELECT (SELECT count(*) FROM events WHERE campaign_id = $1)::int AS events, (SELECT count(*) FROM audit_log WHERE campaign_id = $1)::int AS audited`,
      [campaign.campaignId],
    );
    const { body: stream } = await organiser.get(`/campaigns/${campaign.campaignId}/events`);
    const exported: CampaignLog = {
      campaignId: campaign.campaignId,
      events: stream.map((e: any) => ({
        version: e.version,
        type: e.type,
        payload: e.payload,
        actorId: e.actorId,
        occurredAt: new Date(e.occurredAt).toISOString(),
        prevHash: e.prevHash,
        hash: e.hash,
      })),
    };
    const verification = verifyCampaignLog(exported);
    if (!verification.ok) log(`hash chain problems: ${JSON.stringify(verification.problems.slice(0, 3))}`);

    return {
      faults,
      faultsDuringTraffic,
      recoveredFromPostgres,
      commands,
      ballots,
      tallyMatchesReference: tallyMismatches.length === 0,
      tallyMismatches,
      jurorsCounted: latest.size,
      events: eventCounts.events,
      eventsInAuditLog: eventCounts.audited,
      hashChainVerified: verification.ok,
      seconds: (Date.now() - started) / 1000,
    };
  } catch (err) {
    if (stack) log(`api log (last lines):\n${stack.api.log.slice(-4000)}\nworker log (last lines):\n${stack.worker.log.slice(-4000)}`);
    throw err;
  } finally {
    await pool?.end().catch(() => undefined);
    await stack?.stop().catch(() => undefined);
    await redis.stop();
    await postgres.stop();
  }
}

/** The report as a table a person can read at a glance. */
export function formatFaultReport(report: FaultReport): string {
  const row = (name: string, c: TrafficCount) =>
    [name.padEnd(10), ...[c.sent, c.accepted, c.applied, c.lost, c.doubled, c.refused, c.retries].map((n) => String(n).padStart(9))].join('');
  return [
    `faults, in order (${report.faultsDuringTraffic} of ${report.faults.length} while traffic flowed):`,
    ...report.faults.map((f, i) => `  ${i + 1}. ${f}`),
    `  ${report.recoveredFromPostgres}`,
    '',
    `${''.padEnd(10)}${['sent', 'accepted', 'applied', 'lost', 'doubled', 'refused', 'retries'].map((h) => h.padStart(9)).join('')}`,
    row('commands', report.commands),
    row('ballots', report.ballots),
    '',
    `jury tally equals the reference count: ${report.tallyMatchesReference ? 'yes' : 'NO'} (${report.jurorsCounted} jurors' latest ballots)${report.tallyMismatches.length ? `\n  ${report.tallyMismatches.join('\n  ')}` : ''}`,
    `events: ${report.events}, in the audit log: ${report.eventsInAuditLog}; hash chain verified: ${report.hashChainVerified ? 'yes' : 'NO'}`,
    `took ${report.seconds.toFixed(1)} s`,
  ].join('\n');
}
