import { createHash } from 'node:crypto';
import { ApiClient, ballotToken, campaignInJuryStage, type IssuedJuror, type JuryCampaign, type Stack, startStack } from '@app/testing';
import { drained, readEvents } from './jury-helpers';

/**
 * The grassroots jury end to end (api → BullMQ → worker → PostgreSQL): roster and one-time credentials, casting
 * and replacing ballots, refusals, the tally against a hand count, receipts, live progress, a paper jury.
 */
describe('grassroots jury (群众评审团)', () => {
  let stack: Stack;
  let organiser: ApiClient;
  let anyone: ApiClient;
  let score: JuryCampaign;
  let A: string, B: string, C: string;
  const jurors: IssuedJuror[] = [];
  const tokens: string[] = [];

  beforeAll(async () => {
    stack = await startStack('jury');
    organiser = await ApiClient.login(stack.baseUrl, ['organiser'], 'organiser-jury');
    anyone = new ApiClient(stack.baseUrl);
    score = await campaignInJuryStage(organiser, { candidates: 3, juryMode: 'score', label: 'score' });
    [A, B, C] = score.candidacyIds;
  });

  afterAll(() => stack?.stop());

  const base = () => `/campaigns/${score.campaignId}/jury`;
  const cast = (token: string | undefined, body: unknown, key?: string) =>
    anyone.request('POST', '/jury/ballots', body, { ...(token ? { 'x-ballot-token': token } : {}), ...(key ? { 'idempotency-key': key } : {}) });
  const scores = (a: number, b: number, c: number) => ({
    scores: [
      { candidacyId: A, score: a },
      { candidacyId: B, score: b },
      { candidacyId: C, score: c },
    ],
  });
  const count = async (table: string) => Number((await stack.pool.query(`SELECT count(*) AS n FROM ${table}`)).rows[0].n);

  it('reports every bad CSV line and imports nothing', async () => {
    const malformed = 'name,reference,user_id\n王秀兰,东湖-1,\n,东湖-2,\n李桂英,东湖-3,bad id!\n';
    const res = await organiser.request('POST', `${base()}/jurors/import?wait=true`, malformed, { 'content-type': 'text/csv' });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: any) => [e.line, e.field])).toEqual([
      [3, 'name'],
      [4, 'userId'],
    ]);

    const conflicting = 'name,reference,user_id\n王秀兰,东湖-1,\n张丽,东湖-1,\n刘芳,东湖-9,jury-score-candidate-0\n';
    const res2 = await organiser.request('POST', `${base()}/jurors/import?wait=true`, { csv: conflicting });
    expect(res2.status).toBe(422);
    expect(res2.body.errors.map((e: any) => [e.line, e.field])).toEqual([
      [3, 'reference'],
      [4, 'userId'],
    ]);
    expect(res2.body.errors[1].message).toContain('can never be one of its jurors');

    expect((await organiser.get(`${base()}/jurors`)).body.total).toBe(0);
    expect(await count(`events WHERE type = 'JurorsRegistered'`)).toBe(0);
  });

  it('registers jurors one by one and from a CSV file, each with a one-time code and link; only hashes are stored', async () => {
    const one = await organiser.command('POST', `${base()}/jurors`, { name: '王秀兰', reference: '东湖-1' });
    expect(one.status).toBe(200);
    expect(one.body.credential.code).toMatch(/^[A-Z2-9]{5}-[A-Z2-9]{5}$/);
    expect(one.body.credential.link).toBe(`/jury/vote?code=${one.body.credential.code}`);
    jurors.push(one.body.credential);

    const csv = '\uFEFF姓名,编号\n李桂英,东湖-2\n"张丽, 小组长",东湖-3\n刘芳,东湖-4\n陈静,东湖-5\n杨敏,东湖-6\n赵霞,东湖-7\n';
    const res = await organiser.request('POST', `${base()}/jurors/import?wait=true`, csv, { 'content-type': 'text/csv' });
    expect(res.status).toBe(200);
    expect(res.body.result).toEqual({ imported: 6, roster: 7 });
    expect(res.body.credentials.map((c: any) => [c.line, c.name])).toEqual([
      [2, '李桂英'],
      [3, '张丽, 小组长'],
      [4, '刘芳'],
      [5, '陈静'],
      [6, '杨敏'],
      [7, '赵霞'],
    ]);
    jurors.push(...res.body.credentials);

    const roster = (await organiser.get(`${base()}/jurors`)).body;
    expect([roster.total, roster.notOpened, roster.opened, roster.voted, roster.revoked]).toEqual([7, 7, 0, 0, 0]);
    const stored = JSON.stringify(
      (
        await stack.pool.query(
          `SELECT (SELECT json_agg(e.payload) FROM events e) AS e, (SELECT json_agg(c.payload) FROM commands c) AS c, (SELECT json_agg(j) FROM jury_jurors j) AS j`,
        )
      ).rows[0],
    );
    for (const j of jurors) expect(stored).not.toContain(j.code.replace('-', ''));
    for (const j of jurors) expect(stored).not.toContain(j.code);
  });

  it('refuses a revoked code and an unknown one; an opened code opens again for the same juror until she votes', async () => {
    const revoke = await organiser.command('POST', `${base()}/jurors/${jurors[6].jurorId}/revoke`, { reason: '凭证发错了人' });
    expect(revoke.status).toBe(200);
    const revoked = await anyone.request('POST', '/jury/session', { code: jurors[6].code });
    expect([revoked.status, revoked.body.code]).toEqual([403, 'jury.credential-revoked']);

    for (const j of jurors.slice(0, 6)) tokens.push(await ballotToken(stack.baseUrl, j.code.toLowerCase()));
    const again = await anyone.request('POST', '/jury/session', { code: jurors[0].code });
    expect([again.status, again.body.jurorId]).toEqual([200, jurors[0].jurorId]);
    const unknown = await anyone.request('POST', '/jury/session', { code: 'AAAAA-BBBBB' });
    expect([unknown.status, unknown.body.code]).toEqual([401, 'jury.credential-unknown']);

    const roster = (await organiser.get(`${base()}/jurors`)).body;
    expect([roster.notOpened, roster.opened, roster.voted, roster.revoked]).toEqual([0, 6, 0, 1]);
  });

  it('refuses a bad ballot with a 4xx and changes nothing', async () => {
    const refusals = [
      [await cast(tokens[0], scores(101, 50, 50)), 400, undefined],
      [await cast(tokens[0], scores(-1, 50, 50)), 400, undefined],
      [await cast(tokens[0], scores(50.5, 50, 50)), 400, undefined],
      [
        await cast(tokens[0], {
          scores: [
            { candidacyId: A, score: 1 },
            { candidacyId: B, score: 1 },
            { candidacyId: '00000000-0000-4000-8000-000000000000', score: 1 },
          ],
        }),
        422,
        'ballot.unknown-candidate',
      ],
      [
        await cast(tokens[0], {
          scores: [
            { candidacyId: A, score: 1 },
            { candidacyId: B, score: 1 },
          ],
        }),
        422,
        'ballot.incomplete',
      ],
      [await cast(tokens[0], { approvals: [A] }), 422, 'ballot.wrong-mode'],
      [await cast(undefined, scores(50, 50, 50)), 401, 'jury.token-invalid'],
      [await cast(`${tokens[0].slice(0, -2)}xx`, scores(50, 50, 50)), 401, 'jury.token-invalid'],
    ] as const;
    expect(refusals.map(([res]) => [res.status, res.body.code])).toEqual(refusals.map(([, status, code]) => [status, code]));
    expect(refusals.every(([res]) => typeof res.body.message === 'string' && res.body.message.length > 0)).toBe(true);
    const progress = (await organiser.get(`${base()}/tally`)).body.progress;
    expect([progress.received, progress.processed, progress.counted]).toEqual([0, 0, 0]);
    expect(await count('jury_submissions')).toBe(0);
  });

  const receipts: string[] = [];
  let firstReceipt: string;

  it('casts and replaces ballots: one counted ballot per juror, the latest; the tally equals the hand count', async () => {
    const first = await cast(tokens[0], scores(10, 10, 10));
    expect(first.status).toBe(202);
    expect(first.body).toMatchObject({ status: 'accepted', campaignId: score.campaignId });
    firstReceipt = first.body.receipt;
    // Sent twice with one Idempotency-Key, as a retrying phone would: the same ballot, the same receipt.
    const twice = [await cast(tokens[1], scores(80, 76, 60), 'j2-ballot-1'), await cast(tokens[1], scores(80, 76, 60), 'j2-ballot-1')];
    expect(twice.map((r) => r.status)).toEqual([202, 202]);
    expect(twice[1].body.ballotId).toBe(twice[0].body.ballotId);
    expect(twice[1].body.receipt).toBe(twice[0].body.receipt);

    const final = [
      await cast(tokens[0], scores(91, 70, 50)), // replaces her first ballot
      twice[0],
      await cast(tokens[2], scores(86, 65, 55)),
      await cast(tokens[3], scores(70, 100, 40)),
      await cast(tokens[4], scores(95, 61, 0)),
    ];
    expect(final.map((r) => r.status)).toEqual([202, 202, 202, 202, 202]);
    expect(BigInt(final[0].body.seq)).toBeGreaterThan(BigInt(first.body.seq));
    receipts.push(...final.map((r) => r.body.receipt));

    const tally = await drained(organiser, score.campaignId, 7);
    expect(tally.progress).toMatchObject({ received: 7, processed: 7, counted: 5, pending: 0, stage: 'jury', final: false });
    expect(tally.source).toBe('electronic');
    expect(tally.validBallots).toBe(5);
    // By hand: A 91 80 86 70 95 → drop 95 and 70 → 257/3 = 85.666… → 85.67
    //          B 70 76 65 100 61 → drop 100 and 61 → 211/3 = 70.333… → 70.33
    //          C 50 60 55 40 0   → drop 60 and 0   → 145/3 = 48.333… → 48.33
    expect(tally.candidates.map((c: any) => [c.name, c.ballots, c.sum, c.lowest, c.highest, c.juryScore])).toEqual([
      ['候选人1', 5, '422', 70, 95, '85.67'],
      ['候选人2', 5, '372', 61, 100, '70.33'],
      ['候选人3', 5, '205', 0, 60, '48.33'],
    ]);
    const { rows } = await stack.pool.query(`SELECT count(*)::int AS n, count(DISTINCT voter)::int AS jurors FROM jury_ballots WHERE campaign_id = $1`, [
      score.campaignId,
    ]);
    expect(rows[0]).toEqual({ n: 5, jurors: 5 });
  });

  it('publishes the counted receipts; each juror can check hers', async () => {
    const list = await anyone.get(`/campaigns/${score.campaignId}/jury/receipts?limit=3`);
    expect(list.status).toBe(200);
    expect(list.body.counted).toBe(5);
    const page2 = await anyone.get(`/campaigns/${score.campaignId}/jury/receipts?limit=3&after=${list.body.next}`);
    expect([...list.body.receipts, ...page2.body.receipts]).toEqual([...receipts].sort());
    expect(page2.body.next).toBeNull();
    for (const r of receipts) expect((await anyone.get(`/campaigns/${score.campaignId}/jury/receipts/${r}`)).body.status).toBe('counted');
    expect((await anyone.get(`/campaigns/${score.campaignId}/jury/receipts/${firstReceipt}`)).body.status).toBe('superseded');
    expect((await anyone.get(`/campaigns/${score.campaignId}/jury/receipts/${'0'.repeat(64)}`)).body.status).toBe('not-found');
  });

  it('streams live progress as server-sent events', async () => {
    const url = `${stack.baseUrl}${base()}/progress?access_token=${organiser.token}`;
    const { contentType, events } = await readEvents(url, (e) => e.type === 'progress');
    expect(contentType).toContain('text/event-stream');
    expect(events[events.length - 1]).toEqual({
      type: 'progress',
      data: { campaignId: score.campaignId, stage: 'jury', received: 7, processed: 7, counted: 5, pending: 0, final: false },
    });
    const juror = await fetch(`${stack.baseUrl}${base()}/progress`);
    expect(juror.status).toBe(401);
  });

  it('refuses ballots after the jury closes, with a reason; the result goes into the campaign history', async () => {
    expect((await organiser.command('POST', `/campaigns/${score.campaignId}/stage`, { to: 'ranking' })).status).toBe(200);
    const late = await cast(tokens[2], scores(1, 1, 1));
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('jury.closed');
    expect(late.body.message).toMatch(/jury has closed/);
    const newcomer = await cast(tokens[5], scores(1, 1, 1));
    expect(newcomer.status).toBe(409);
    expect((await organiser.command('POST', `${base()}/jurors`, { name: '迟到者' })).status).toBe(409);

    const recorded = await organiser.command('POST', `${base()}/result`, {});
    expect(recorded.status).toBe(200);
    expect(recorded.body.result.scores).toEqual([
      { candidacyId: A, score: '85.67' },
      { candidacyId: B, score: '70.33' },
      { candidacyId: C, score: '48.33' },
    ]);
    expect(recorded.body.result.receiptsDigest).toBe(
      createHash('sha256')
        .update([...receipts].sort().join('\n'))
        .digest('hex'),
    );
    const { rows } = await stack.pool.query(`SELECT payload FROM events WHERE campaign_id = $1 AND type = 'JuryResultRecorded'`, [score.campaignId]);
    expect(rows).toHaveLength(1);
    expect(rows[0].payload).toMatchObject({ mode: 'score', validBallots: 5, source: 'electronic' });
    expect((await organiser.command('POST', `${base()}/result`, {})).status).toBe(409);
    const tally = (await organiser.get(`${base()}/tally`)).body;
    expect(tally.final).toBe(true);
    expect(tally.candidates.map((c: any) => c.juryScore)).toEqual(['85.67', '70.33', '48.33']);
  });

  it('approval mode: at most K approvals; score = approvals ÷ valid ballots × 100', async () => {
    const approval = await campaignInJuryStage(organiser, { candidates: 3, juryMode: 'approval', approvalLimit: 2, label: 'approval' });
    const [a, b, c] = approval.candidacyIds;
    const res = await organiser.request('POST', `/campaigns/${approval.campaignId}/jury/jurors/import?wait=true`, { csv: 'name\n甲\n乙\n丙\n丁\n' });
    const codes = res.body.credentials.map((x: any) => x.code);
    const t = await Promise.all(codes.map((code: string) => ballotToken(stack.baseUrl, code)));
    const tooMany = await cast(t[3], { approvals: [a, b, c] });
    expect([tooMany.status, tooMany.body.code]).toEqual([422, 'ballot.too-many-approvals']);
    expect((await cast(t[3], { scores: [] })).status).toBe(422);
    expect((await cast(t[0], { approvals: [a, b] })).status).toBe(202);
    expect((await cast(t[1], { approvals: [a] })).status).toBe(202);
    expect((await cast(t[2], { approvals: [c, b] })).status).toBe(202);
    const tally = await drained(organiser, approval.campaignId, 3);
    // By hand: 3 valid ballots; a 2 → 66.67, b 2 → 66.67, c 1 → 33.33 (丁's refused ballot changed nothing)
    expect(tally.validBallots).toBe(3);
    expect(tally.candidates.map((x: any) => [x.approvals, x.juryScore])).toEqual([
      [2, '66.67'],
      [2, '66.67'],
      [1, '33.33'],
    ]);
  });

  it('paper jury: the count must add up; it then stands instead of electronic ballots', async () => {
    const paper = await campaignInJuryStage(organiser, { candidates: 2, juryMode: 'score', label: 'paper' });
    const [a, b] = paper.candidacyIds;
    const count = (sumA: number) => ({
      issued: 60,
      returned: 58,
      invalid: 3,
      candidates: [
        { candidacyId: a, ballots: 55, sum: sumA, highest: 100, lowest: 20 },
        { candidacyId: b, ballots: 55, sum: 3850, highest: 95, lowest: 40 },
      ],
    });
    const wrong = await organiser.command('POST', `/campaigns/${paper.campaignId}/jury/paper-count`, count(5600));
    expect([wrong.status, wrong.body.code]).toEqual([422, 'tally.inconsistent']);
    const voided = await organiser.command('POST', `/campaigns/${paper.campaignId}/jury/paper-count`, { ...count(4400), returned: 61 });
    expect([voided.status, voided.body.code]).toEqual([422, 'paper-count.returned-exceeds-issued']);
    const ok = await organiser.command('POST', `/campaigns/${paper.campaignId}/jury/paper-count`, count(4400));
    expect(ok.status).toBe(200);
    const tally = (await organiser.get(`/campaigns/${paper.campaignId}/jury/tally`)).body;
    // (4400 − 100 − 20) / 53 = 80.754… → 80.75; (3850 − 95 − 40) / 53 = 70.094… → 70.09
    expect([tally.source, tally.validBallots, tally.candidates.map((x: any) => x.juryScore)]).toEqual(['paper', 55, ['80.75', '70.09']]);

    const juror = await organiser.command('POST', `/campaigns/${paper.campaignId}/jury/jurors`, { name: '纸质评审' });
    const token = await ballotToken(stack.baseUrl, juror.body.credential.code);
    const electronic = await anyone.request(
      'POST',
      '/jury/ballots',
      {
        scores: [
          { candidacyId: a, score: 1 },
          { candidacyId: b, score: 1 },
        ],
      },
      { 'x-ballot-token': token },
    );
    expect([electronic.status, electronic.body.code]).toEqual([409, 'jury.paper-count-recorded']);
  });
});
