import { randomUUID } from 'node:crypto';
import { exportCampaignLog } from '@app/database';
import { verifyCampaignLog } from '@app/domain';
import { ApiClient, campaignBody, candidacyBody, type Stack, startStack } from '@app/testing';
import { DataSource } from 'typeorm';

/**
 * The linkage attack on the congress's secret ballot (无记名投票), replayed through HTTP, the queues and PostgreSQL:
 * an organiser who prints the codes, sees each delegate walk to the booth one at a time, polls every code's status
 * and the event stream after each vote, and keeps the slips, tries to say which ballot is whose. She must do no
 * better than chance: no ballot is visible before the close, the opened box is not in casting order, and nothing
 * anywhere (answers, events, tables) puts a delegate next to a code.
 */
describe('congress ballot secrecy: the linkage attack (api → BullMQ → worker → PostgreSQL)', () => {
  let stack: Stack;
  let organiser: ApiClient;
  let campaignId: string;
  let roundId: string;
  const c: string[] = [];
  const delegates = Array.from({ length: 10 }, (_, i) => ({
    delegateId: `secret-delegate-${String(i + 1).padStart(2, '0')}`,
    name: `代表甲${'一二三四五六七八九十'[i]}`,
  }));
  let pack: { slip: number; code: string; link: string }[] = [];
  /** Who voted when, as the organiser sees it in the hall: delegate index in voting order, with the ballot she cast (the truth the attacker guesses at). */
  const castInOrder: { delegate: number; marks: Record<string, string>; receipt: string; salt: string }[] = [];
  /** What the attacker learns by polling after each vote: which code just turned "used". */
  const codeSeenUsedAfter: string[] = [];

  const election = (path = '') => `/campaigns/${campaignId}/election${path}`;
  const ok = (res: { status: number; body: any }, status = 200) => {
    if (res.status !== status) throw new Error(`expected ${status}, got ${res.status}: ${JSON.stringify(res.body)}`);
    return res.body;
  };
  const ballotOf = (code: string) => organiser.anonymous().request('GET', election('/ballot'), undefined, { 'x-delegate-code': code });
  const events = async () => ok(await organiser.get(`/campaigns/${campaignId}/events`)) as { type: string; payload: any }[];

  beforeAll(async () => {
    stack = await startStack('congress-secrecy');
    organiser = await ApiClient.login(stack.baseUrl, ['organiser'], 'organiser-li');
  }, 60_000);

  afterAll(() => stack?.stop());

  it('gets a campaign to the election with 6 finalists, 10 named delegates all checked in', async () => {
    campaignId = ok(await organiser.command('POST', '/campaigns', campaignBody({ weights: { projectReview: '50', panelOpinion: '0', jury: '50' } }))).result
      .campaignId;
    ok(await organiser.command('POST', `/campaigns/${campaignId}/candidacy/open`));
    for (const [i, name] of ['周晓雯', '林淑芬', '黄丽娟', '陈美玲', '刘芳', '张丽'].entries()) {
      const candidate = await ApiClient.login(stack.baseUrl, ['candidate'], `candidate-${i + 1}`);
      c.push(
        ok(
          await candidate.command(
            'POST',
            `/campaigns/${campaignId}/candidacies`,
            candidacyBody(name, { details: { employment: 'full-time', grassrootsFrontline: true } }),
          ),
        ).result.candidacyId,
      );
    }
    ok(await organiser.command('POST', `/campaigns/${campaignId}/candidacy/close`));
    for (const id of c) ok(await organiser.command('POST', `/candidacies/${id}/qualification`, { decision: 'accepted', reason: '材料齐全，符合条件' }));
    ok(await organiser.command('POST', `/campaigns/${campaignId}/stage`, { to: 'project-review' }));
    ok(await organiser.command('POST', `/campaigns/${campaignId}/evaluation/project-review/close`, {}));
    ok(await organiser.command('POST', `/campaigns/${campaignId}/stage`, { to: 'jury' }));
    ok(await organiser.command('POST', `/campaigns/${campaignId}/stage`, { to: 'ranking' }));
    ok(await organiser.command('POST', `/campaigns/${campaignId}/jury/result`, {}));
    ok(await organiser.command('POST', `/campaigns/${campaignId}/ranking/freeze`));
    ok(await organiser.command('POST', `/campaigns/${campaignId}/grants`, { personId: 'inspector-wu', name: '吴考察', role: 'inspector' }));
    const inspector = await ApiClient.login(stack.baseUrl, ['inspector'], 'inspector-wu');
    for (const id of c)
      ok(await inspector.command('POST', `/campaigns/${campaignId}/inspections`, { candidacyId: id, result: 'pass', findings: '群众评价好，符合任职条件' }));
    ok(await organiser.command('POST', `/campaigns/${campaignId}/inspection/close`));
    ok(await organiser.command('POST', election('/delegates'), { delegates }));
    ok(await organiser.command('POST', election('/check-ins'), { delegateIds: delegates.map((d) => d.delegateId) }));
    roundId = ok(await organiser.command('POST', election('/rounds'), { positionKey: 'vice-chair', method: 'electronic' })).result.roundId;
  }, 180_000);

  it('issues the codes as an unnamed pack: as many as delegates present, no delegate id or name on any slip', async () => {
    const issued = ok(await organiser.request('POST', election(`/rounds/${roundId}/credentials`)));
    pack = issued.credentials;
    expect(pack).toHaveLength(10);
    expect(new Set(pack.map((s) => s.code)).size).toBe(10);
    for (const slip of pack) expect(Object.keys(slip).sort()).toEqual(['code', 'link', 'slip']);
    const answer = JSON.stringify(issued);
    for (const d of delegates) {
      expect(answer).not.toContain(d.delegateId);
      expect(answer).not.toContain(d.name);
    }
  });

  it('delegates vote one at a time; after each vote the organiser polls every code and the events, and learns no ballot', async () => {
    const eventsBefore = (await events()).length;
    // Slips handed out at random: the test knows who holds which (the truth); nothing in the system does.
    const holders = [...pack].sort(() => Math.random() - 0.5);
    // Each delegate approves a different pair, so a ballot, once seen, would name its caster.
    for (const [i, slip] of holders.entries()) {
      const marks = { [c[i % 6]]: 'approve', [c[(i + 1 + Math.floor(i / 6)) % 6]]: 'approve' };
      const cast = ok(
        await organiser.anonymous().request('POST', election('/ballot'), { marks }, { 'x-delegate-code': slip.code, 'idempotency-key': randomUUID() }),
      );
      expect(cast.result).toMatchObject({ counted: true, receipt: expect.stringMatching(/^[0-9a-f]{64}$/), salt: expect.stringMatching(/^[0-9a-f]{32}$/) });
      castInOrder.push({ delegate: i, marks, receipt: cast.result.receipt, salt: cast.result.salt });

      // The attacker's poll: she holds every code (she printed them) and asks about each.
      const used: string[] = [];
      for (const s of pack) if ((ok(await ballotOf(s.code)) as { used: boolean }).used) used.push(s.code);
      codeSeenUsedAfter.push(used.find((code) => !codeSeenUsedAfter.includes(code))!);
      // The event stream shows nothing of a vote: no new event at all while the round is open.
      const now = await events();
      expect(now).toHaveLength(eventsBefore);
      expect(JSON.stringify(now)).not.toContain('"marks"');
    }
    // Her poll did tell her which code was used when (the holder's own status answer cannot hide that from a
    // code's printer); the defence is that no code leads to a ballot or a delegate.
    expect(codeSeenUsedAfter).toEqual(holders.map((s) => s.code));
    // A receipt is not counted while the box is closed.
    expect(ok(await organiser.anonymous().request('GET', election(`/receipts/${castInOrder[0].receipt}`)))).toEqual({
      receipt: castInOrder[0].receipt,
      counted: false,
      roundId: null,
    });
  }, 180_000);

  it('closes the round: one event opens the box, shuffled; attributing by order does no better than chance', async () => {
    ok(await organiser.command('POST', election(`/rounds/${roundId}/close`)));
    const all = await events();
    const boxes = all.filter((e) => e.type === 'CongressBallotBoxOpened');
    expect(boxes).toHaveLength(1);
    expect(all.filter((e) => e.type === 'CongressBallotCast' || e.type === 'CongressCredentialUsed')).toEqual([]);
    const box = boxes[0].payload as { ballots: { marks: Record<string, string>; writeIns: string[]; receipt: string }[]; usedCodeHashes: string[] };
    expect(box.ballots).toHaveLength(10);
    for (const b of box.ballots) expect(Object.keys(b).sort()).toEqual(['marks', 'receipt', 'writeIns']);
    expect(box.usedCodeHashes).toEqual([...box.usedCodeHashes].sort());
    // The attacker's best join: the i-th ballot in the box to the i-th delegate seen voting. The order is a
    // CSPRNG shuffle: on average one of 10 lands at its casting place by chance; all 10 (the casting order
    // itself) would mean no shuffle — a 1 in 3 628 800 accident.
    const hits = box.ballots.filter((b, i) => b.receipt === castInOrder[i].receipt).length;
    expect(hits).toBeLessThan(10);
    expect(box.ballots.map((b) => b.receipt)).not.toEqual(castInOrder.map((x) => x.receipt));
    // Every ballot cast is in the box, each exactly once.
    expect(box.ballots.map((b) => b.receipt).sort()).toEqual(castInOrder.map((x) => x.receipt).sort());
  });

  it('lets each delegate check that her receipt is counted, and refuses a malformed one naming the field', async () => {
    for (const x of castInOrder) {
      expect(ok(await organiser.anonymous().request('GET', election(`/receipts/${x.receipt}`)))).toEqual({ receipt: x.receipt, counted: true, roundId });
    }
    const bad = await organiser.anonymous().request('GET', election('/receipts/not-a-receipt'));
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'receipt', rule: 'matches' })]);
  });

  it('keeps no delegate next to a code anywhere in the database: no row of any table holds both', async () => {
    const codeHashes = (await events()).find((e) => e.type === 'CongressCredentialsIssued')!.payload.codeHashes as string[];
    expect(codeHashes).toHaveLength(10);
    const tables = (
      await stack.pool.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`)
    ).rows.map((r) => r.table_name as string);
    let rowsWithDelegate = 0;
    for (const table of tables) {
      const rows = (await stack.pool.query(`SELECT row_to_json(t)::text AS row FROM "${table}" t`)).rows.map((r) => r.row as string);
      for (const row of rows) {
        if (!delegates.some((d) => row.includes(d.delegateId))) continue;
        rowsWithDelegate += 1;
        for (const h of codeHashes) expect(`${table}: ${row.includes(h) ? h : ''}`).toBe(`${table}: `);
      }
    }
    expect(rowsWithDelegate).toBeGreaterThan(0); // the search does find the delegates (roster, check-ins)
    // And the ballots table holds neither code nor delegate: only marks, write-ins and the receipt.
    const columns = (
      await stack.pool.query(`SELECT column_name FROM information_schema.columns WHERE table_name = 'election_ballots' ORDER BY ordinal_position`)
    ).rows.map((r) => r.column_name);
    expect(columns).toEqual(['ballot_id', 'campaign_id', 'round_id', 'marks', 'write_ins', 'receipt']);
    expect((await stack.pool.query(`SELECT count(*)::int AS n FROM election_ballot_box`)).rows[0].n).toBe(0);
  });

  it('leaves no trace joining a ballot to the time it was cast once the box is open: the cast commands keep neither marks nor receipt', async () => {
    const cast = (
      await stack.pool.query(
        `SELECT payload, result, request_hash, created_at FROM commands WHERE type = 'CastCongressBallot' AND campaign_id = $1 ORDER BY created_at`,
        [campaignId],
      )
    ).rows;
    expect(cast).toHaveLength(10);
    for (const row of cast) {
      expect(Object.keys(row.payload).sort()).toEqual(['codeHash', 'roundId']);
      expect(Object.keys(row.result).sort()).toEqual(['counted', 'roundId']);
    }
    // A fingerprint of the full request would let a reader test the few possible ballots against it.
    expect(new Set(cast.map((r) => r.request_hash)).size).toBe(1);
    // The receipts are found only in the opened box: the event and the ballots table.
    const tables = (
      await stack.pool.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`)
    ).rows.map((r) => r.table_name as string);
    const holding = new Set<string>();
    for (const table of tables) {
      const text = (await stack.pool.query(`SELECT coalesce(string_agg(row_to_json(t)::text, ''), '') AS text FROM "${table}" t`)).rows[0].text as string;
      if (castInOrder.some((x) => text.includes(x.receipt) || text.includes(x.salt))) holding.add(table);
    }
    expect([...holding].sort()).toEqual(['election_ballots', 'events']);
  });

  it('the exported log still verifies and recomputes the round from the opened box', async () => {
    const ds = new DataSource({ type: 'postgres', url: stack.database.url });
    await ds.initialize();
    const log = await exportCampaignLog(ds.manager, campaignId);
    await ds.destroy();
    const report = verifyCampaignLog(JSON.parse(JSON.stringify(log)));
    expect(report.problems).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.recomputed).toBeGreaterThanOrEqual(3); // ranking, shortlist, jury result … and the congress round
  });
});
