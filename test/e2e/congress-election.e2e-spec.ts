import { ApiClient, campaignBody, candidacyBody, type Stack, startStack } from '@app/testing';

/**
 * The congress election (DOMAIN.md stage 9) through HTTP, the queues and PostgreSQL: 120 delegates registered,
 * 100 present; the vice-chairs (3 seats) in a void paper round, its repeat with a tie at the last seat, and an
 * electronic run-off; the standing committee (2 seats) from those not elected, in an electronic round that leaves
 * a seat unfilled and a further paper round. Every number below is worked out by hand in the comments.
 */
describe('congress election (api → BullMQ → worker → PostgreSQL)', () => {
  let stack: Stack;
  let organiser: ApiClient;
  let campaignId: string;
  /** c[0] … c[5]: candidacy ids in submission order (= rank order, see below). */
  const c: string[] = [];
  const rounds: Record<string, string> = {};

  const election = (path = '') => `/campaigns/${campaignId}/election${path}`;
  const ok = (res: { status: number; body: any }, status = 200) => {
    if (res.status !== status) throw new Error(`expected ${status}, got ${res.status}: ${JSON.stringify(res.body)}`);
    return res.body;
  };
  const vote = (code: string | undefined, body: unknown) =>
    organiser.anonymous().request('POST', election('/ballot'), body, code === undefined ? {} : { 'x-delegate-code': code });
  const paper = (perCandidate: Record<string, [number, number, number]>) =>
    Object.fromEntries(Object.entries(perCandidate).map(([id, [approve, oppose, abstain]]) => [id, { approve, oppose, abstain }]));

  beforeAll(async () => {
    stack = await startStack('congress');
    organiser = await ApiClient.login(stack.baseUrl, ['organiser'], 'organiser-li');
  }, 60_000);

  afterAll(() => stack?.stop());

  it('gets a campaign to stage "election" with 6 finalists (candidacy → qualification → … → inspection closed)', async () => {
    const created = ok(
      await organiser.command(
        'POST',
        '/campaigns',
        campaignBody({
          weights: { projectReview: '50', panelOpinion: '0', jury: '50' },
          quotas: [
            { attribute: 'grassrootsFrontline', minSharePercent: 30, appliesTo: 'shortlist' },
            { attribute: 'employment', equals: 'full-time', maxSharePercent: 50, appliesTo: 'elected' },
          ],
        }),
      ),
    );
    campaignId = created.result.campaignId;
    ok(await organiser.command('POST', `/campaigns/${campaignId}/candidacy/open`));
    const people: [string, string, boolean][] = [
      ['周晓雯', 'full-time', true],
      ['林淑芬', 'full-time', false],
      ['黄丽娟', 'part-time', true],
      ['陈美玲', 'full-time', false],
      ['刘芳', 'seconded', true],
      ['张丽', 'part-time', false],
    ];
    for (const [i, [name, employment, grassrootsFrontline]] of people.entries()) {
      const candidate = await ApiClient.login(stack.baseUrl, ['candidate'], `candidate-${i + 1}`);
      c.push(
        ok(await candidate.command('POST', `/campaigns/${campaignId}/candidacies`, candidacyBody(name, { details: { employment, grassrootsFrontline } })))
          .result.candidacyId,
      );
    }
    ok(await organiser.command('POST', `/campaigns/${campaignId}/candidacy/close`));
    for (const id of c) ok(await organiser.command('POST', `/candidacies/${id}/qualification`, { decision: 'accepted', reason: '材料齐全，符合条件' }));

    // The stages in between, through the lead's endpoints (shortlisting/evaluation) and POST /stage.
    ok(await organiser.command('POST', `/campaigns/${campaignId}/stage`, { to: 'project-review' }));
    ok(await organiser.command('POST', `/campaigns/${campaignId}/evaluation/project-review/close`, {})); // no expert assigned: nothing missing
    ok(await organiser.command('POST', `/campaigns/${campaignId}/stage`, { to: 'jury' }));
    ok(await organiser.command('POST', `/campaigns/${campaignId}/stage`, { to: 'ranking' }));
    // The freeze waits for every weighted part: the jury result is recorded (nobody voted), and the panel, which
    // has no expert to grade, weighs 0. Every score is then 0, so all composites tie and the last tie-break,
    // earlier submission, ranks them in submission order. Shortlist: 5 seats × 1.2 = 6.
    ok(await organiser.command('POST', `/campaigns/${campaignId}/jury/result`, {}));
    ok(await organiser.command('POST', `/campaigns/${campaignId}/ranking/freeze`));
    ok(await organiser.command('POST', `/campaigns/${campaignId}/grants`, { personId: 'inspector-wu', name: '吴考察', role: 'inspector' }));
    const inspector = await ApiClient.login(stack.baseUrl, ['inspector'], 'inspector-wu');
    for (const id of c)
      ok(await inspector.command('POST', `/campaigns/${campaignId}/inspections`, { candidacyId: id, result: 'pass', findings: '群众评价好，符合任职条件' }));
    ok(await organiser.command('POST', `/campaigns/${campaignId}/inspection/close`));

    expect(ok(await organiser.get(`/campaigns/${campaignId}`)).stage).toBe('election');
    const overview = ok(await organiser.get(election()));
    expect(overview.finalists.map((f: any) => [f.candidacyId, f.rank])).toEqual(c.map((id, i) => [id, i + 1]));
    expect(overview.positions.map((p: any) => [p.positionKey, p.seats, p.filled, p.next.kind, p.next.candidates.length])).toEqual([
      ['vice-chair', 3, false, 'first', 6],
      ['standing-committee', 2, false, 'first', 6],
    ]);
  }, 120_000);

  it('registers 120 delegates and checks 100 in; a round cannot open without quorum (80 of 120 is exactly 2/3: not more)', async () => {
    const both = await organiser.command('POST', election('/delegates'), { count: 1, delegates: [{ delegateId: 'hz-001', name: '王红' }] });
    expect([both.status, both.body.code]).toEqual([422, 'election.roster-input']);
    expect(ok(await organiser.command('POST', election('/delegates'), { count: 120 })).result).toMatchObject({ registered: 120, totalRegistered: 120 });
    const ids = Array.from({ length: 100 }, (_, i) => `D${String(i + 1).padStart(4, '0')}`);
    expect(ok(await organiser.command('POST', election('/check-ins'), { delegateIds: ids.slice(0, 80) })).result).toEqual({
      checkedIn: 80,
      present: 80,
      registered: 120,
    });
    // A refused check-in names the field, so the desk's screen can show it at the ids typed.
    const again = await organiser.command('POST', election('/check-ins'), { delegateIds: [ids[0]] });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'election.already-checked-in', field: 'delegateIds' });
    expect((await organiser.command('POST', election('/check-ins'), { delegateIds: ['D9999'] })).body).toMatchObject({
      code: 'election.delegate-not-found',
      field: 'delegateIds',
    });
    // A mistaken check-in is withdrawn with a reason (a missing reason is a 400 naming the field), and counted again later.
    const noReason = await organiser.command('POST', election('/delegates/D0080/check-in/cancel'), {});
    expect(noReason.status).toBe(400);
    expect(noReason.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'reason' })]));
    expect(ok(await organiser.command('POST', election('/delegates/D0080/check-in/cancel'), { reason: '扫错了代表证' })).result).toEqual({
      present: 79,
      registered: 120,
    });
    const withdrawn = ok(await organiser.get(election('/delegates')));
    expect(withdrawn.delegates.find((d: { delegateId: string }) => d.delegateId === 'D0080').checkedInAt).toBeNull();
    expect((await organiser.command('POST', election('/delegates/D0080/check-in/cancel'), { reason: '再撤一次' })).body).toMatchObject({
      code: 'election.not-checked-in',
      field: 'delegateId',
    });
    ok(await organiser.command('POST', election('/delegates/D0080/check-in')));

    const noQuorum = await organiser.command('POST', election('/rounds'), { positionKey: 'vice-chair', method: 'paper' });
    expect(noQuorum.status).toBe(409);
    expect(noQuorum.body.code).toBe('election.quorum-not-met');

    for (const id of ids.slice(80)) ok(await organiser.command('POST', election(`/delegates/${id}/check-in`)));
    const twice = await organiser.command('POST', election('/delegates/D0001/check-in'));
    expect([twice.status, twice.body.code]).toEqual([409, 'election.already-checked-in']);
    const roster = ok(await organiser.get(election('/delegates')));
    expect([roster.registered, roster.present]).toEqual([120, 100]);
    expect(roster.delegates.filter((d: any) => d.checkedIn).map((d: any) => d.delegateId)).toEqual(ids);
  }, 60_000);

  it('vice-chair round 1 (paper): returned 101 > issued 100 → the whole vote is void', async () => {
    const open = ok(await organiser.command('POST', election('/rounds'), { positionKey: 'vice-chair', method: 'paper' })).result;
    expect(open).toMatchObject({
      number: 1,
      positionRound: 1,
      kind: 'first',
      repeatOf: null,
      seats: 3,
      candidateIds: c,
      registeredDelegates: 120,
      presentDelegates: 100,
    });
    rounds.vc1 = open.roundId;

    const noCredentialsOnPaper = await organiser.command('POST', election(`/rounds/${rounds.vc1}/credentials`));
    expect([noCredentialsOnPaper.status, noCredentialsOnPaper.body.code]).toEqual([409, 'election.not-electronic']);
    const early = await organiser.command('POST', election(`/rounds/${rounds.vc1}/close`));
    expect([early.status, early.body.code]).toEqual([409, 'election.paper-count-missing']);

    // valid = 101 − 1 = 100; each line must add up to 100 — a line adding up to 99 is refused
    const lines = { [c[0]]: [70, 30, 0], [c[1]]: [58, 40, 2], [c[2]]: [55, 40, 5], [c[3]]: [55, 45, 0], [c[4]]: [50, 50, 0], [c[5]]: [10, 90, 0] } as Record<
      string,
      [number, number, number]
    >;
    const wrong = await organiser.command('POST', election(`/rounds/${rounds.vc1}/paper-count`), {
      ballotsIssued: 100,
      ballotsReturned: 101,
      invalidBallots: 1,
      perCandidate: paper({ ...lines, [c[0]]: [70, 29, 0] }),
    });
    expect([wrong.status, wrong.body.code]).toEqual([422, 'election.paper-count-inconsistent']);
    ok(
      await organiser.command('POST', election(`/rounds/${rounds.vc1}/paper-count`), {
        ballotsIssued: 100,
        ballotsReturned: 101,
        invalidBallots: 1,
        perCandidate: paper(lines),
      }),
    );

    const closed = ok(await organiser.command('POST', election(`/rounds/${rounds.vc1}/close`))).result;
    expect(closed).toMatchObject({ status: 'void', elected: [], positionElected: [], positionFilled: false, electionCompleted: false });
    expect(closed.voidReason).toBe('101 ballots returned but only 100 issued: the vote is void and must be repeated');
    const round = ok(await organiser.get(election(`/rounds/${rounds.vc1}`)));
    expect(round.minutes).toMatchObject({
      registeredDelegates: 120,
      presentDelegates: 100,
      ballotsIssued: 100,
      ballotsReturned: 101,
      validBallots: 100,
      invalidBallots: 1,
      elected: [],
      status: 'void',
    });
    expect(round.minutes.candidates.map((l: any) => l.outcome)).toEqual(['void', 'void', 'void', 'void', 'void', 'void']);
  }, 60_000);

  it('vice-chair round 2 (paper, the repeat): a tie at the last seat → run-off; exactly half (50 of 100) is not elected', async () => {
    const open = ok(await organiser.command('POST', election('/rounds'), { positionKey: 'vice-chair', method: 'paper' })).result;
    expect(open).toMatchObject({ number: 2, positionRound: 2, kind: 'first', repeatOf: rounds.vc1, candidateIds: c, seats: 3 });
    rounds.vc2 = open.roundId;
    // issued 100, returned 100, invalid 2 → valid 98; approvals 70+58+52+52+50+10 = 292 ≤ 98 × 3 = 294
    ok(
      await organiser.command('POST', election(`/rounds/${rounds.vc2}/paper-count`), {
        ballotsIssued: 100,
        ballotsReturned: 100,
        invalidBallots: 2,
        perCandidate: paper({ [c[0]]: [70, 20, 8], [c[1]]: [58, 30, 10], [c[2]]: [52, 40, 6], [c[3]]: [52, 41, 5], [c[4]]: [50, 45, 3], [c[5]]: [10, 80, 8] }),
      }),
    );
    const closed = ok(await organiser.command('POST', election(`/rounds/${rounds.vc2}/close`))).result;
    // majority: more than half of 100 present = 51. c1 70, c2 58 elected; c3 and c4 tie at 52 for the third seat.
    expect(closed).toMatchObject({
      status: 'run-off-required',
      elected: [
        { candidacyId: c[0], approvals: 70 },
        { candidacyId: c[1], approvals: 58 },
      ],
      runOff: { seats: 1, candidateIds: [c[2], c[3]] },
      furtherRound: null,
      positionElected: [c[0], c[1]],
    });
    const { minutes } = ok(await organiser.get(election(`/rounds/${rounds.vc2}`)));
    expect(minutes).toMatchObject({
      round: 'congress',
      registeredDelegates: 120,
      presentDelegates: 100,
      majorityBase: 'present',
      majorityThreshold: 51,
      seats: 3,
      method: 'paper',
      ballotsIssued: 100,
      ballotsReturned: 100,
      validBallots: 98,
      invalidBallots: 2,
      elected: [c[0], c[1]],
      status: 'run-off-required',
    });
    expect(minutes.candidates.map((l: any) => [l.candidateId, l.approve, l.oppose, l.abstain, l.passesMajority, l.outcome])).toEqual([
      [c[0], 70, 20, 8, true, 'elected'],
      [c[1], 58, 30, 10, true, 'elected'],
      [c[2], 52, 40, 6, true, 'run-off'],
      [c[3], 52, 41, 5, true, 'run-off'],
      [c[4], 50, 45, 3, false, 'not-elected'], // exactly half of 100: not elected
      [c[5], 10, 80, 8, false, 'not-elected'],
    ]);

    // The standing committee waits until every vice-chair seat is filled.
    const outOfOrder = await organiser.command('POST', election('/rounds'), { positionKey: 'standing-committee', method: 'paper' });
    expect([outOfOrder.status, outOfOrder.body.code]).toEqual([409, 'election.position-out-of-order']);
  }, 60_000);

  let runOffCodes: string[] = [];

  it('vice-chair round 3 (electronic run-off between the tied): one-time codes, secret ballots, most approvals wins', async () => {
    const open = ok(await organiser.command('POST', election('/rounds'), { positionKey: 'vice-chair', method: 'electronic' })).result;
    expect(open).toMatchObject({ number: 3, positionRound: 3, kind: 'run-off', seats: 1, candidateIds: [c[2], c[3]] });
    rounds.vc3 = open.roundId;

    const issued = ok(await organiser.request('POST', election(`/rounds/${rounds.vc3}/credentials`)));
    expect(issued.result).toMatchObject({ roundId: rounds.vc3, issued: 100 });
    expect(issued.credentials).toHaveLength(100);
    // An unnamed pack: numbered slips, no delegate on any (they are handed out at random).
    expect(issued.credentials.map((x: any) => x.slip)).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
    expect(JSON.stringify(issued)).not.toMatch(/D0\d{3}/);
    runOffCodes = issued.credentials.map((x: any) => x.code);
    // Each slip's link opens the delegate's phone ballot with her code filled in.
    expect(issued.credentials[0].link).toBe(`/election/vote?campaign=${campaignId}&code=${encodeURIComponent(runOffCodes[0])}`);
    const opened = await fetch(`${stack.baseUrl}${issued.credentials[0].link}`, { redirect: 'manual' });
    expect(opened.status).toBe(302);
    expect(opened.headers.get('location')).toBe(`/app/delegate/vote?campaign=${campaignId}&code=${encodeURIComponent(runOffCodes[0])}`);
    expect(new Set(runOffCodes).size).toBe(100);
    expect(runOffCodes[0]).toMatch(/^[A-Z2-9]{5}-[A-Z2-9]{5}$/);

    const paperSlip = ok(await organiser.anonymous().request('GET', election('/ballot'), undefined, { 'x-delegate-code': runOffCodes[0].toLowerCase() }));
    expect(paperSlip).toMatchObject({
      roundId: rounds.vc3,
      kind: 'run-off',
      seats: 1,
      maxApprovals: 1,
      roundOpen: true,
      used: false,
      writeIns: { allowed: false, eligible: [] },
    });
    expect(paperSlip.candidates).toEqual([
      { candidacyId: c[2], name: '黄丽娟' },
      { candidacyId: c[3], name: '陈美玲' },
    ]);

    // 45 approve c3 (and oppose c4), 38 approve c4, 4 blank, 3 approve both (2 > 1 seat: invalid); 10 codes unused.
    // The first is sent twice with one Idempotency-Key (a retry): the first outcome comes back, counted once.
    const first = { marks: { [c[2]]: 'approve', [c[3]]: 'oppose' } };
    const headers = (key: string) => ({ 'x-delegate-code': runOffCodes[0], 'idempotency-key': key });
    const sent = ok(await organiser.anonymous().request('POST', election('/ballot'), first, headers('ballot-1')));
    const retried = ok(await organiser.anonymous().request('POST', election('/ballot'), first, headers('ballot-1')));
    expect(retried.commandId).toBe(sent.commandId);
    expect(sent.result).toEqual({
      roundId: rounds.vc3,
      counted: true,
      valid: true,
      invalidReason: null,
      receipt: expect.stringMatching(/^[0-9a-f]{64}$/),
      salt: expect.stringMatching(/^[0-9a-f]{32}$/),
    });
    const ballots: [number, Record<string, string>][] = [
      [44, first.marks],
      [38, { [c[3]]: 'approve' }],
      [4, {}],
      [2, { [c[2]]: 'approve', [c[3]]: 'approve' }],
    ];
    let next = 1;
    for (const [n, marks] of ballots) {
      for (let i = 0; i < n; i++) {
        const res = ok(await vote(runOffCodes[next++], { marks }));
        expect(res.status).toBe('succeeded');
      }
    }
    // the 90th: over-approving, accepted and counted invalid, as on paper
    expect(ok(await vote(runOffCodes[next], { marks: { [c[2]]: 'approve', [c[3]]: 'approve' } })).result).toMatchObject({
      roundId: rounds.vc3,
      counted: true,
      valid: false,
      invalidReason: 'over-approval',
    });
    const twice = await vote(runOffCodes[0], { marks: { [c[3]]: 'approve' } });
    expect([twice.status, twice.body.code]).toEqual([409, 'election.credential-used']);
    const twiceWithNewKey = await organiser.anonymous().request('POST', `${election('/ballot')}?wait=true`, first, headers('ballot-2')); // refused by the worker's decision
    expect([twiceWithNewKey.status, twiceWithNewKey.body.code]).toEqual([409, 'election.credential-used']);
    const unknown = await vote('ABCDE-FGHJK', { marks: {} });
    expect([unknown.status, unknown.body.code]).toEqual([401, 'delegate-code.unknown']);
    const none = await vote(undefined, { marks: {} });
    expect([none.status, none.body.code]).toEqual([401, 'delegate-code.missing']);
    expect(ok(await organiser.anonymous().request('GET', election('/ballot'), undefined, { 'x-delegate-code': runOffCodes[0] })).used).toBe(true);
    expect(ok(await organiser.get(election(`/rounds/${rounds.vc3}`))).ballotsCast).toBe(90);

    const closed = ok(await organiser.command('POST', election(`/rounds/${rounds.vc3}/close`))).result;
    expect(closed).toMatchObject({
      status: 'elected',
      elected: [{ candidacyId: c[2], approvals: 45 }],
      positionElected: [c[0], c[1], c[2]],
      positionFilled: true,
      electionCompleted: false,
    });
    const { minutes } = ok(await organiser.get(election(`/rounds/${rounds.vc3}`)));
    // issued 100 (one code per present delegate), returned 90, invalid 3 → valid 87
    expect(minutes).toMatchObject({
      round: 'run-off',
      majorityBase: null,
      method: 'electronic',
      ballotsIssued: 100,
      ballotsReturned: 90,
      validBallots: 87,
      invalidBallots: 3,
      invalidReasons: { 'over-approval': 3 },
      elected: [c[2]],
      status: 'elected',
    });
    // c3: approve 45, abstain 38 + 4 = 42; c4: approve 38, oppose 45, abstain 4 — each adds up to 87
    expect(minutes.candidates.map((l: any) => [l.candidateId, l.approve, l.oppose, l.abstain])).toEqual([
      [c[2], 45, 0, 42],
      [c[3], 38, 45, 4],
    ]);
    const late = await vote(runOffCodes[95], { marks: { [c[2]]: 'approve' } });
    expect([late.status, late.body.code]).toEqual([409, 'election.round-closed']);
  }, 120_000);

  let standingCodes: string[] = [];

  it('standing committee round 1 (electronic) from the finalists not elected: one seat left unfilled → further round', async () => {
    const open = ok(await organiser.command('POST', election('/rounds'), { positionKey: 'standing-committee', method: 'electronic' })).result;
    expect(open).toMatchObject({ number: 4, positionRound: 1, kind: 'first', seats: 2, candidateIds: [c[3], c[4], c[5]] });
    rounds.sc1 = open.roundId;
    standingCodes = ok(await organiser.request('POST', election(`/rounds/${rounds.sc1}/credentials`))).credentials.map((x: any) => x.code);
    expect(standingCodes).toHaveLength(100);
    const oldCode = await vote(runOffCodes[99], { marks: {} });
    expect([oldCode.status, oldCode.body.code]).toEqual([409, 'election.round-closed']); // a run-off code is no use now

    const stranger = await vote(standingCodes[0], { marks: { [c[0]]: 'approve' } });
    expect([stranger.status, stranger.body.code]).toEqual([422, 'election.ballot-unknown-candidate']); // refused, code not spent

    const [A, O] = ['approve', 'oppose'];
    const ballots: [number, Record<string, string>][] = [
      [40, { [c[3]]: A, [c[4]]: A, [c[5]]: O }],
      [10, { [c[3]]: A, [c[5]]: A }],
      [10, { [c[3]]: A, [c[4]]: O }],
      [10, { [c[4]]: A, [c[5]]: A }],
      [20, { [c[3]]: O, [c[4]]: O, [c[5]]: O }],
      [4, {}],
      [2, { [c[3]]: A, [c[4]]: A, [c[5]]: A }], // 3 approvals for 2 seats: invalid
    ];
    let next = 0;
    for (const [n, marks] of ballots) for (let i = 0; i < n; i++) ok(await vote(standingCodes[next++], { marks }));

    const closed = ok(await organiser.command('POST', election(`/rounds/${rounds.sc1}/close`))).result;
    // c4 40+10+10 = 60 ≥ 51 elected; c5 40+10 = 50, exactly half: not elected; c6 10+10 = 20
    expect(closed).toMatchObject({
      status: 'further-round-required',
      elected: [{ candidacyId: c[3], approvals: 60 }],
      runOff: null,
      furtherRound: { seats: 1, eligibleCandidateIds: [c[4], c[5]], competitive: true },
      positionElected: [c[3]],
    });
    const { minutes } = ok(await organiser.get(election(`/rounds/${rounds.sc1}`)));
    expect(minutes).toMatchObject({ ballotsIssued: 100, ballotsReturned: 96, validBallots: 94, invalidBallots: 2, majorityThreshold: 51, elected: [c[3]] });
    expect(minutes.candidates.map((l: any) => [l.candidateId, l.approve, l.oppose, l.abstain, l.outcome])).toEqual([
      [c[3], 60, 20, 14, 'elected'],
      [c[4], 50, 30, 14, 'not-elected'],
      [c[5], 20, 60, 14, 'not-elected'],
    ]);
  }, 120_000);

  it('standing committee round 2 (paper, further round among those not elected) fills the last seat: ElectionCompleted', async () => {
    const open = ok(await organiser.command('POST', election('/rounds'), { positionKey: 'standing-committee', method: 'paper' })).result;
    expect(open).toMatchObject({ number: 5, positionRound: 2, kind: 'further', seats: 1, candidateIds: [c[4], c[5]], competitiveException: null });
    rounds.sc2 = open.roundId;
    // issued 100, returned 99, invalid 1 → valid 98
    ok(
      await organiser.command('POST', election(`/rounds/${rounds.sc2}/paper-count`), {
        ballotsIssued: 100,
        ballotsReturned: 99,
        invalidBallots: 1,
        perCandidate: paper({ [c[4]]: [70, 20, 8], [c[5]]: [25, 60, 13] }),
      }),
    );
    const closed = ok(await organiser.command('POST', election(`/rounds/${rounds.sc2}/close`))).result;
    expect(closed).toMatchObject({
      status: 'elected',
      elected: [{ candidacyId: c[4], approvals: 70 }],
      positionElected: [c[3], c[4]],
      positionFilled: true,
      electionCompleted: true,
    });

    const after = await organiser.command('POST', election('/rounds'), { positionKey: 'standing-committee', method: 'paper' });
    expect([after.status, after.body.code]).toEqual([409, 'election.completed']);
  }, 60_000);

  it('reports the elected sets, the rounds and minutes per position, and one ElectionCompleted event', async () => {
    const elected = ok(await organiser.get(election('/elected')));
    expect(elected.completed).toBe(true);
    expect(elected.positions.map((p: any) => [p.positionKey, p.filled, p.elected.map((e: any) => e.name)])).toEqual([
      ['vice-chair', true, ['周晓雯', '林淑芬', '黄丽娟']],
      ['standing-committee', true, ['陈美玲', '刘芳']],
    ]);

    const vc = ok(await organiser.get(election('/positions/vice-chair/rounds')));
    expect(vc.map((r: any) => [r.number, r.kind, r.method, r.outcome.status, r.minutes.validBallots])).toEqual([
      [1, 'first', 'paper', 'void', 100],
      [2, 'first', 'paper', 'run-off-required', 98],
      [3, 'run-off', 'electronic', 'elected', 87],
    ]);
    const sc = ok(await organiser.get(election('/rounds?positionKey=standing-committee')));
    expect(sc.map((r: any) => [r.number, r.kind, r.method, r.outcome.status, r.minutes.elected])).toEqual([
      [4, 'first', 'electronic', 'further-round-required', [c[3]]],
      [5, 'further', 'paper', 'elected', [c[4]]],
    ]);
    // every position filled: nothing left to open
    expect(ok(await organiser.get(election())).positions.every((p: any) => p.filled && p.next === null)).toBe(true);

    const events = ok(await organiser.get(`/campaigns/${campaignId}/events`)) as any[];
    const completed = events.filter((e) => e.type === 'ElectionCompleted');
    expect(completed.map((e) => e.payload)).toEqual([
      {
        campaignId,
        elected: [
          { positionKey: 'vice-chair', candidacyIds: [c[0], c[1], c[2]] },
          { positionKey: 'standing-committee', candidacyIds: [c[3], c[4]] },
        ],
      },
    ]);
    expect(events.filter((e) => e.type === 'CongressPositionFilled').map((e) => e.payload.positionKey)).toEqual(['vice-chair', 'standing-committee']);
    expect(events.filter((e) => e.type === 'CongressRoundClosed')).toHaveLength(5);
  });

  it('checks the elected quota: at most 50% full-time — 3 of 5 elected are (at most 2 allowed)', async () => {
    const check = ok(await organiser.get(election('/quota-check')));
    expect(check.passed).toBe(false);
    expect(check.quotas).toEqual([{ attribute: 'employment', equals: 'full-time', minSharePercent: null, maxSharePercent: '50' }]);
    expect(check.violations).toEqual([
      expect.objectContaining({ bound: 'max', limitCount: 2, actualCount: 3, total: 5, actualSharePercent: '60.00', matchingIds: [c[0], c[1], c[3]] }),
    ]);
    // vice-chairs: 2 of 3 full-time, at most floor(1.5) = 1; standing committee: 1 of 2, at most 1
    expect(check.byPosition.map((p: any) => [p.positionKey, p.violations.map((v: any) => [v.actualCount, v.limitCount])])).toEqual([
      ['vice-chair', [[2, 1]]],
      ['standing-committee', []],
    ]);
  });

  it('keeps ballots secret: no delegate or code in the ballots, the events or the commands', async () => {
    const columns = (
      await stack.pool.query(`SELECT column_name FROM information_schema.columns WHERE table_name = 'election_ballots' ORDER BY ordinal_position`)
    ).rows.map((r) => r.column_name);
    expect(columns).toEqual(['ballot_id', 'campaign_id', 'round_id', 'marks', 'write_ins', 'receipt']);
    expect((await stack.pool.query(`SELECT count(*)::int AS n FROM election_ballots`)).rows[0].n).toBe(90 + 96);
    // Ballots enter the log only as each electronic round's opened box, never one by one.
    expect((await stack.pool.query(`SELECT count(*)::int AS n FROM events WHERE type IN ('CongressBallotCast', 'CongressCredentialUsed')`)).rows[0].n).toBe(0);
    const boxes = (await stack.pool.query(`SELECT payload FROM events WHERE type = 'CongressBallotBoxOpened' ORDER BY seq`)).rows.map((r) => r.payload);
    expect(boxes.map((b) => b.ballots.length)).toEqual([90, 96]);
    expect(Object.keys(boxes[0].ballots[0]).sort()).toEqual(['marks', 'receipt', 'writeIns']);
    const stored = (
      await stack.pool.query(
        `SELECT (SELECT string_agg(payload::text, '') FROM events) || (SELECT string_agg(payload::text || coalesce(result::text, ''), '') FROM commands) AS text`,
      )
    ).rows[0].text as string;
    for (const code of [...runOffCodes.slice(0, 5), ...standingCodes.slice(0, 5)]) {
      expect(stored).not.toContain(code);
      expect(stored).not.toContain(code.replace('-', ''));
    }
    const actors = (await stack.pool.query(`SELECT DISTINCT actor_id FROM commands WHERE type = 'CastCongressBallot'`)).rows.map((r) => r.actor_id as string);
    expect(actors.length).toBeGreaterThan(0);
    expect(actors.every((a) => a.startsWith('delegate-code:'))).toBe(true);
  });
});
