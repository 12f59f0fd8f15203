import IORedis from 'ioredis';
import { ApiClient, ballotToken, campaignInJuryStage, importJurors, type JuryCampaign, type Stack, startStack, voterOf } from '@app/testing';
import { drained } from './jury-helpers';

const JURORS = 120;
const BALLOTS = 1500;
const CONCURRENCY = 24;

/**
 * The worker is killed with kill -9 while ballots stream in (and again right after it restarts); the api keeps
 * accepting into Redis. When a worker is back, every accepted ballot must be counted exactly once.
 */
describe('jury ballots when the worker is killed mid-ingestion', () => {
  let stack: Stack;
  let organiser: ApiClient;
  let campaign: JuryCampaign;
  let tokens: string[];
  let jurorIds: string[];

  beforeAll(async () => {
    stack = await startStack('jury_faults', { JURY_BATCH_MS: '2', JURY_BATCH_MAX: '50' });
    organiser = await ApiClient.login(stack.baseUrl, ['organiser'], 'organiser-faults');
    campaign = await campaignInJuryStage(organiser, { candidates: 4, label: 'faults' });
    const jurors = await importJurors(organiser, campaign.campaignId, JURORS);
    jurorIds = jurors.map((j) => j.jurorId);
    tokens = await Promise.all(jurors.map((j) => ballotToken(stack.baseUrl, j.code)));
  });

  afterAll(() => stack?.stop());

  it('counts every accepted ballot exactly once', async () => {
    const ids = campaign.candidacyIds;
    const accepted: { j: number; ballotId: string; seq: bigint; receipt: string }[] = [];
    const refused: number[] = [];
    let next = 0;
    const sender = async () => {
      while (next < BALLOTS) {
        const i = next++;
        const j = i % JURORS;
        const res = await fetch(`${stack.baseUrl}/jury/ballots`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-ballot-token': tokens[j] },
          body: JSON.stringify({ scores: ids.map((candidacyId, k) => ({ candidacyId, score: (i * 31 + k * 17) % 101 })) }),
        });
        const body = (await res.json()) as any;
        if (res.status === 202) accepted.push({ j, ballotId: body.ballotId, seq: BigInt(body.seq), receipt: body.receipt });
        else refused.push(res.status);
      }
    };
    const sending = Promise.all(Array.from({ length: CONCURRENCY }, sender));

    const progress = async () =>
      (
        await stack.pool.query(
          `SELECT coalesce(sum(received), 0)::int AS received, coalesce(sum(processed), 0)::int AS processed FROM jury_counters WHERE campaign_id = $1`,
          [campaign.campaignId],
        )
      ).rows[0];
    // Kill the worker once it is writing.
    while ((await progress()).processed < 100) await new Promise((r) => setTimeout(r, 10));
    await stack.worker.stop('SIGKILL');
    const atKill = await progress();
    // A statement the killed worker had already sent may still commit in PostgreSQL (its job, never acknowledged,
    // will be delivered again): let that settle before watching.
    await new Promise((r) => setTimeout(r, 300));
    const settled = await progress();
    await new Promise((r) => setTimeout(r, 700));
    const whileDown = await progress();
    expect(whileDown.processed).toBe(settled.processed); // nothing is written while no worker runs …
    expect(whileDown.received).toBeGreaterThan(settled.received); // … and the api keeps accepting
    // A worker comes back, is killed again after a moment, and the next one finishes the work.
    await stack.startWorker();
    await new Promise((r) => setTimeout(r, 150));
    await stack.worker.stop('SIGKILL');
    await stack.startWorker();
    await sending;

    expect(refused).toEqual([]);
    expect(accepted).toHaveLength(BALLOTS);
    const tally = await drained(organiser, campaign.campaignId, BALLOTS, 45_000);
    expect(tally.progress).toMatchObject({ received: BALLOTS, processed: BALLOTS, counted: JURORS, pending: 0 });

    // Every accepted ballot logged exactly once; every batch applied exactly once.
    const logged = await stack.pool.query(`SELECT ballot_id, seq::text FROM jury_submissions WHERE campaign_id = $1`, [campaign.campaignId]);
    expect(logged.rows).toHaveLength(BALLOTS);
    const loggedSeq = new Map(logged.rows.map((r) => [r.ballot_id, r.seq]));
    expect(accepted.filter((a) => loggedSeq.get(a.ballotId) !== a.seq.toString())).toEqual([]);
    const batches = await stack.pool.query(`SELECT sum(size)::int AS ballots FROM jury_batches WHERE campaign_id = $1`, [campaign.campaignId]);
    expect(batches.rows[0].ballots).toBe(BALLOTS);

    // One counted ballot per juror: her latest accepted one.
    const latest = new Map<number, { seq: bigint; receipt: string }>();
    for (const a of accepted) if (!latest.has(a.j) || a.seq > latest.get(a.j)!.seq) latest.set(a.j, a);
    const { rows } = await stack.pool.query(`SELECT voter, seq::text, receipt FROM jury_ballots WHERE campaign_id = $1`, [campaign.campaignId]);
    expect(rows).toHaveLength(JURORS);
    const counted = new Map(rows.map((r) => [r.voter, r]));
    const wrong = jurorIds.filter((id, j) => {
      const row = counted.get(voterOf(campaign.campaignId, id));
      return row?.seq !== latest.get(j)!.seq.toString() || row?.receipt !== latest.get(j)!.receipt;
    });
    expect(wrong).toEqual([]);
    // How many batch jobs a worker started more than once (taken over after a kill): informative, timing-dependent.
    const redis = new IORedis(process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379', { maxRetriesPerRequest: 3 });
    let redelivered = 0;
    try {
      let cursor = '0';
      do {
        const [next, keys] = await redis.scan(cursor, 'MATCH', `${stack.queuePrefix}:jury-ballots:*`, 'COUNT', 1000);
        for (const key of keys.filter((k) => /:[0-9a-f-]{36}$/.test(k))) if (Number(await redis.hget(key, 'ats')) > 1) redelivered += 1;
        cursor = next;
      } while (cursor !== '0');
    } finally {
      redis.disconnect();
    }
    console.log(
      `jury faults: sent ${BALLOTS}, accepted ${accepted.length}, logged ${logged.rows.length}, counted ${rows.length} jurors; worker killed twice (first at ${atKill.processed}/${atKill.received} processed/received); ${redelivered} batch job(s) started more than once; lost 0, doubled 0`,
    );
  });
});
