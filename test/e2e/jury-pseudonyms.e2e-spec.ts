import { randomUUID } from 'node:crypto';
import { validateConfig } from '@app/config';
import { dataSourceOptions } from '@app/database';
import { JuryPseudonyms1765300000000 } from '@app/database/migrations/1765300000000-jury-pseudonyms';
import { JurySignedBallots1765510000000 } from '@app/database/migrations/1765510000000-jury-signed-ballots';
import { JuryIntakeColumns1765710000000 } from '@app/database/migrations/1765710000000-jury-intake-columns';
import { JuryIntakeFastPath1765800000000 } from '@app/database/migrations/1765800000000-jury-intake-fast-path';
import { JuryCredentials } from '@app/jury';
import { ApiClient, ballotToken, campaignInJuryStage, importJurors, type IssuedJuror, type JuryCampaign, type Stack, startStack } from '@app/testing';
import { DataSource } from 'typeorm';
import { drained } from './jury-helpers';

/** Known here as well as in the api, so that the test can compute what the api stores. */
const JURY_SECRET = 'jury-pseudonyms-e2e-secret-0123456789';

/** Words that mark a column as holding what a juror voted. */
const BALLOT_CONTENT = /marks|scores|approvals|ballots/i;

/**
 * Ballot secrecy in the jury: what a database reader (or an organiser with a dump) sees must not tie a juror to
 * her marks. Ballots are kept under a pseudonym the database cannot join to the roster, and still: one counted
 * ballot per juror (her latest), receipts that verify, and entitlement checked at the door and in the worker.
 */
describe('jury ballots under a pseudonym', () => {
  let stack: Stack;
  let organiser: ApiClient;
  let anyone: ApiClient;
  let campaign: JuryCampaign;
  let jurors: IssuedJuror[];
  const credentials = new JuryCredentials(validateConfig({ JURY_SECRET }));
  const counted: string[] = [];
  let superseded: string;

  beforeAll(async () => {
    stack = await startStack('jurypseud', { JURY_SECRET, SWEEP_INTERVAL_MS: '300', SWEEP_STALE_AFTER_MS: '500' });
    organiser = await ApiClient.login(stack.baseUrl, ['organiser'], 'organiser-jury-pseudonyms');
    anyone = new ApiClient(stack.baseUrl);
    campaign = await campaignInJuryStage(organiser, { candidates: 2, label: 'pseud' });
    jurors = await importJurors(organiser, campaign.campaignId, 5, '匿名评审');
  });

  afterAll(() => stack?.stop());

  const ballot = (a: number, b: number) => ({
    scores: [
      { candidacyId: campaign.candidacyIds[0], score: a },
      { candidacyId: campaign.candidacyIds[1], score: b },
    ],
  });
  const cast = (token: string, body: unknown) => anyone.request('POST', '/jury/ballots', body, { 'x-ballot-token': token, 'idempotency-key': randomUUID() });

  it('counts one ballot per juror, her latest; receipts verify', async () => {
    const tokens = await Promise.all(jurors.slice(0, 3).map((j) => ballotToken(stack.baseUrl, j.code)));
    const first = await cast(tokens[0], ballot(10, 10));
    expect(first.status).toBe(202);
    superseded = first.body.receipt;
    await drained(organiser, campaign.campaignId, 1);
    const answers = [await cast(tokens[0], ballot(90, 70)), await cast(tokens[1], ballot(80, 60)), await cast(tokens[2], ballot(70, 50))];
    expect(answers.map((a) => a.status)).toEqual([202, 202, 202]);
    counted.push(...answers.map((a) => a.body.receipt));
    const tally = await drained(organiser, campaign.campaignId, 4);
    expect(tally.validBallots).toBe(3);
    expect(tally.progress).toMatchObject({ received: 4, processed: 4, counted: 3 });
    expect(tally.candidates.map((c: { sum: string }) => c.sum)).toEqual(['240', '180']);
    for (const r of counted) expect((await anyone.get(`/campaigns/${campaign.campaignId}/jury/receipts/${r}`)).body.status).toBe('counted');
    expect((await anyone.get(`/campaigns/${campaign.campaignId}/jury/receipts/${superseded}`)).body.status).toBe('superseded');
    const statuses = (await organiser.get(`/campaigns/${campaign.campaignId}/jury/jurors`)).body.jurors.map((j: { status: string }) => j.status);
    expect(statuses).toEqual(['opened', 'opened', 'opened', 'not-opened', 'not-opened']); // who voted: only after the close
  });

  /** Every row of every table, as the rows that hold a juror's id, name or reference next to marks or her pseudonym. */
  async function dumpLeaks(): Promise<{ rowsWithMarks: number; rowsWithPseudonyms: number; leaks: string[] }> {
    const { rows: columns } = await stack.pool.query<{ table_name: string; column_name: string }>(
      `SELECT c.table_name, c.column_name FROM information_schema.columns c
       JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
       WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE' ORDER BY c.table_name, c.ordinal_position`,
    );
    const tables = new Map<string, string[]>();
    for (const c of columns) tables.set(c.table_name, [...(tables.get(c.table_name) ?? []), c.column_name]);
    const identifying = jurors.flatMap((j, i) => [j.jurorId, j.name, `匿名评审-${i + 1}`]);
    const pseudonyms = jurors.map((j) => credentials.voter(campaign.campaignId, j.jurorId));
    let rowsWithMarks = 0;
    let rowsWithPseudonyms = 0;
    const leaks: string[] = [];
    for (const [table, names] of tables) {
      const { rows } = await stack.pool.query(`SELECT row_to_json(t)::text AS row FROM "${table}" t`);
      const ballotColumns = names.filter((n) => BALLOT_CONTENT.test(n));
      for (const { row } of rows as { row: string }[]) {
        const holdsMarks = (ballotColumns.length > 0 && ballotColumns.some((n) => JSON.parse(row)[n] !== null)) || /"marks"/.test(row);
        const holdsPseudonym = pseudonyms.some((p) => row.includes(p));
        if (holdsMarks) rowsWithMarks += 1;
        if (holdsPseudonym) rowsWithPseudonyms += 1;
        const who = identifying.find((id) => row.includes(id));
        if (who && (holdsMarks || holdsPseudonym)) leaks.push(`${table}: ${who} in ${row.slice(0, 300)}`);
      }
    }
    return { rowsWithMarks, rowsWithPseudonyms, leaks };
  }

  it('a dump of every table and column holds no juror id, name or reference in a row that holds her marks, nor next to her pseudonym', async () => {
    const { rowsWithMarks, rowsWithPseudonyms, leaks } = await dumpLeaks();
    // The dump did see the ballots (the assertion below is about something that is there).
    expect(rowsWithMarks).toBeGreaterThanOrEqual(3);
    expect(leaks).toEqual([]);
    expect(rowsWithPseudonyms).toBeGreaterThanOrEqual(3);
  });

  it("the roster says that she voted, not when: no time in it but her registration and her code's opening lies near a ballot's acceptance", async () => {
    // (In this test everything happens within a second; at a real vote registration is days before.)
    const { rows: columns } = await stack.pool.query<{ column_name: string }>(
      `SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = 'jury_jurors' AND data_type LIKE 'timestamp%' AND column_name NOT IN ('used_at', 'registered_at')`,
    );
    expect(columns.length).toBeGreaterThan(0);
    const times = await stack.pool.query(`SELECT ${columns.map((c) => `"${c.column_name}"`).join(', ')} FROM jury_jurors WHERE campaign_id = $1`, [
      campaign.campaignId,
    ]);
    const rosterTimes = times.rows.flatMap((r) => Object.values(r).filter((v): v is Date => v instanceof Date)).map((d) => d.getTime());
    const accepted = (await stack.pool.query(`SELECT accepted_at FROM jury_submissions WHERE campaign_id = $1`, [campaign.campaignId])).rows.map((r) =>
      (r.accepted_at as Date).getTime(),
    );
    expect(accepted.length).toBeGreaterThanOrEqual(4);
    const near = rosterTimes.filter((t) => accepted.some((a) => Math.abs(a - t) < 1000));
    expect(near).toEqual([]);
  });

  it('refuses at the door a ballot of a revoked code', async () => {
    const revoked = jurors[3];
    await ballotToken(stack.baseUrl, revoked.code);
    expect(
      (await organiser.command('POST', `/campaigns/${campaign.campaignId}/jury/jurors/${revoked.jurorId}/revoke`, { reason: '投票码可能泄露' })).status,
    ).toBe(200);
    const forged = credentials.issueBallotToken({ campaignId: campaign.campaignId, jurorId: revoked.jurorId });
    const res = await cast(forged, ballot(1, 1));
    expect([res.status, res.body.code]).toEqual([403, 'jury.credential-revoked']);
  });

  it('the migrations rewrite ballots, submissions and waiting batches written under juror ids and sign the waiting ones; nothing per juror is left to join', async () => {
    // Back to the schema before pseudonyms, with rows as the code of then wrote them: keyed by juror id.
    const byKey = new JuryIntakeFastPath1765800000000();
    const intakeColumns = new JuryIntakeColumns1765710000000();
    const signed = new JurySignedBallots1765510000000();
    const pseudonyms = new JuryPseudonyms1765300000000();
    const ds = new DataSource(dataSourceOptions(stack.database.url));
    await ds.initialize();
    const runner = ds.createQueryRunner();
    const previousSecret = process.env.JURY_SECRET;
    process.env.JURY_SECRET = JURY_SECRET;
    try {
      await runner.startTransaction();
      await byKey.down(runner);
      await intakeColumns.down(runner);
      await signed.down(runner);
      await pseudonyms.down(runner);
      for (const j of jurors) {
        const voter = credentials.voter(campaign.campaignId, j.jurorId);
        await runner.query(`UPDATE jury_ballots SET juror_id = $1 WHERE juror_id = $2`, [j.jurorId, voter]);
        await runner.query(`UPDATE jury_submissions SET juror_id = $1 WHERE juror_id = $2`, [j.jurorId, voter]);
      }
      // A batch accepted just before the upgrade and not yet written (queued in the future: the sweeper leaves it).
      const waiting = {
        ballotId: randomUUID(),
        jurorId: jurors[1].jurorId,
        seq: '9100000000000',
        marks: [1, 2],
        receipt: 'c'.repeat(64),
        acceptedAt: new Date().toISOString(),
      };
      await runner.query(`INSERT INTO jury_intake (batch_id, campaign_id, ballots, queued_at) VALUES ($1, $2, $3::jsonb, now() + interval '1 day')`, [
        randomUUID(),
        campaign.campaignId,
        JSON.stringify([waiting]),
      ]);
      await runner.commitTransaction();
      const before = await dumpLeaks();
      expect(before.leaks.length).toBeGreaterThanOrEqual(4); // the starting point does hold the link

      await runner.startTransaction();
      await pseudonyms.up(runner);
      await signed.up(runner);
      await intakeColumns.up(runner);
      await byKey.up(runner);
      await runner.commitTransaction();
    } finally {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      if (previousSecret === undefined) delete process.env.JURY_SECRET;
      else process.env.JURY_SECRET = previousSecret;
      await runner.release();
      await ds.destroy();
    }
    const after = await dumpLeaks();
    expect(after.leaks).toEqual([]);
    const voterOf = (i: number) => credentials.voter(campaign.campaignId, jurors[i].jurorId);
    const counted = await stack.pool.query(`SELECT voter, marks FROM jury_ballots WHERE campaign_id = $1 ORDER BY marks DESC`, [campaign.campaignId]);
    expect(counted.rows).toEqual([
      { voter: voterOf(0), marks: [90, 70] },
      { voter: voterOf(1), marks: [80, 60] },
      { voter: voterOf(2), marks: [70, 50] },
    ]);
    // No set of entitled pseudonyms, no voted flag on the roster: nothing written per juror at opening or voting.
    const left = await stack.pool.query(
      `SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public' AND (table_name = 'jury_voters' OR (table_name = 'jury_jurors' AND column_name = 'voted'))`,
    );
    expect(left.rows).toEqual([]);
    // The waiting batch, now in columns: her pseudonym, never her juror id; the worker will count it as it stands.
    const intake = await stack.pool.query(`SELECT voters, seqs::text[] AS seqs, marks FROM jury_intake WHERE campaign_id = $1`, [campaign.campaignId]);
    expect(intake.rows).toEqual([{ voters: [voterOf(1)], seqs: ['9100000000000'], marks: ['{1,2}'] }]);
    await stack.pool.query(`DELETE FROM jury_intake WHERE campaign_id = $1`, [campaign.campaignId]);
  });
});
