import { DataSource } from 'typeorm';
import { exportCampaignLog } from '@app/database';
import { type CampaignLog, verifyCampaignLog } from '@app/domain';
import { ApiClient, campaignBody, candidacyBody, pdfText, type Stack, startStack } from '@app/testing';
import { parse } from 'csv-parse/sync';

/**
 * Quotas on a governing body with sitting members, a quota further round, and an inspection exception (issue 16),
 * through HTTP, the queues and PostgreSQL. The numbers are worked out by hand in the comments.
 */
/** No panel to grade: the ranking freezes on the (empty) project review and jury. */
const NO_PANEL = { projectReview: '50', panelOpinion: '0', jury: '50' };

/** A vice-chair and three standing members; the standing committee also seats 3 members not up for election. */
const STANDING_COMMITTEE_CAMPAIGN = {
  positions: [
    { key: 'vice-chair', title: '兼职副主席', seats: 1 },
    { key: 'standing-member', title: '兼职常委', seats: 3 },
  ],
  // 4 seats × 1.5 = 6 on the shortlist
  competitiveMarginPercent: 50,
  publicityWorkingDays: 0,
  weights: NO_PANEL,
  candidateAttributes: [{ key: 'nonParty', label: '无党派人士', kind: 'boolean' }],
  // The sitting members: 1 grassroots, 2 not.
  bodies: [
    {
      key: 'standing-committee',
      title: '常务委员会',
      positionKeys: ['standing-member'],
      sittingMembers: [
        { count: 1, attributes: { grassrootsFrontline: true, employment: 'part-time' } },
        { count: 2, attributes: { grassrootsFrontline: false, employment: 'full-time' } },
      ],
    },
  ],
  quotas: [{ attribute: 'grassrootsFrontline', minSharePercent: 30, appliesTo: 'elected', body: 'standing-committee' }],
};

describe('body quotas, quota further rounds and inspection exceptions (api → BullMQ → worker → PostgreSQL)', () => {
  let stack: Stack;
  let organiser: ApiClient;
  let inspector: ApiClient;
  let candidates = 0;

  const ok = (res: { status: number; body: any }, status = 200) => {
    if (res.status !== status) throw new Error(`expected ${status}, got ${res.status}: ${JSON.stringify(res.body)}`);
    return res.body;
  };
  const paper = (present: number, approvals: Record<string, number>) => ({
    ballotsIssued: present,
    ballotsReturned: present,
    invalidBallots: 0,
    perCandidate: Object.fromEntries(Object.entries(approvals).map(([id, approve]) => [id, { approve, oppose: present - approve, abstain: 0 }])),
  });

  /** Candidacy → … → inspection with every candidate passing but `failing`; returns the candidacy ids in rank order. */
  async function toInspection(campaignId: string, people: { name: string; details: Record<string, unknown> }[], failing: number[] = []) {
    ok(await organiser.command('POST', `/campaigns/${campaignId}/candidacy/open`));
    const ids: string[] = [];
    for (const p of people) {
      const candidate = await ApiClient.login(stack.baseUrl, ['candidate'], `candidate-${++candidates}`);
      ids.push(ok(await candidate.command('POST', `/campaigns/${campaignId}/candidacies`, candidacyBody(p.name, { details: p.details }))).result.candidacyId);
    }
    ok(await organiser.command('POST', `/campaigns/${campaignId}/candidacy/close`));
    for (const id of ids) ok(await organiser.command('POST', `/candidacies/${id}/qualification`, { decision: 'accepted', reason: '材料齐全，符合条件' }));
    ok(await organiser.command('POST', `/campaigns/${campaignId}/stage`, { to: 'project-review' }));
    ok(await organiser.command('POST', `/campaigns/${campaignId}/evaluation/project-review/close`, {}));
    ok(await organiser.command('POST', `/campaigns/${campaignId}/stage`, { to: 'jury' }));
    ok(await organiser.command('POST', `/campaigns/${campaignId}/stage`, { to: 'ranking' }));
    // Every score is 0: the ranking is the submission order (the last tie-break).
    ok(await organiser.command('POST', `/campaigns/${campaignId}/jury/result`, {}));
    ok(await organiser.command('POST', `/campaigns/${campaignId}/ranking/freeze`));
    ok(await organiser.command('POST', `/campaigns/${campaignId}/grants`, { personId: 'inspector-wu', name: '吴考察', role: 'inspector' }));
    const shortlist = ok(await organiser.get(`/campaigns/${campaignId}/shortlist`));
    const members: string[] = (shortlist.members ?? shortlist.shortlist ?? []).map((m: any) => m.candidacyId);
    for (const id of members) {
      const result = failing.includes(ids.indexOf(id)) ? 'fail' : 'pass';
      ok(
        await inspector.command('POST', `/campaigns/${campaignId}/inspections`, {
          candidacyId: id,
          result,
          findings: result === 'pass' ? '群众评价好' : '不符合任职条件',
        }),
      );
    }
    return ids;
  }

  async function delegates(campaignId: string, n: number) {
    ok(await organiser.command('POST', `/campaigns/${campaignId}/election/delegates`, { count: n }));
    ok(
      await organiser.command('POST', `/campaigns/${campaignId}/election/check-ins`, {
        delegateIds: Array.from({ length: n }, (_, i) => `D${String(i + 1).padStart(4, '0')}`),
      }),
    );
  }

  async function paperRound(campaignId: string, positionKey: string, approvals: Record<string, number>, competitiveException?: { reason: string }) {
    const open = ok(
      await organiser.command('POST', `/campaigns/${campaignId}/election/rounds`, {
        positionKey,
        method: 'paper',
        ...(competitiveException ? { competitiveException } : {}),
      }),
    ).result;
    const everyone = Object.fromEntries((open.candidateIds as string[]).map((id) => [id, approvals[id] ?? 0]));
    ok(await organiser.command('POST', `/campaigns/${campaignId}/election/rounds/${open.roundId}/paper-count`, paper(10, everyone)));
    return { open, closed: ok(await organiser.command('POST', `/campaigns/${campaignId}/election/rounds/${open.roundId}/close`)).result };
  }

  async function verified(campaignId: string): Promise<ReturnType<typeof verifyCampaignLog>> {
    const ds = new DataSource({ type: 'postgres', url: stack.database.url });
    await ds.initialize();
    const log: CampaignLog = await exportCampaignLog(ds.manager, campaignId);
    await ds.destroy();
    return verifyCampaignLog(JSON.parse(JSON.stringify(log)));
  }

  beforeAll(async () => {
    stack = await startStack('body-quotas');
    organiser = await ApiClient.login(stack.baseUrl, ['organiser'], 'organiser-li');
    inspector = await ApiClient.login(stack.baseUrl, ['inspector'], 'inspector-wu');
  }, 60_000);

  afterAll(() => stack?.stop());

  describe('a standing committee whose elected break ≥ 30% grassroots (with sitting members)', () => {
    let campaignId: string;
    let c: string[];

    it('refuses a body naming a position the campaign lacks, and a candidacy with an attribute the campaign does not ask for', async () => {
      const bad = await organiser.command(
        'POST',
        '/campaigns',
        campaignBody({ bodies: [{ key: 'standing-committee', title: '常务委员会', positionKeys: ['nope'] }], quotas: [] }),
      );
      expect([bad.status, bad.body.code, bad.body.field]).toEqual([422, 'bodies.position-unknown', 'bodies.0.positionKeys.0']);

      const created = ok(await organiser.command('POST', '/campaigns', campaignBody(STANDING_COMMITTEE_CAMPAIGN)));
      campaignId = created.result.campaignId;
      ok(await organiser.command('POST', `/campaigns/${campaignId}/candidacy/open`));
      const candidate = await ApiClient.login(stack.baseUrl, ['candidate'], `candidate-${++candidates}`);
      const unknown = await candidate.command(
        'POST',
        `/campaigns/${campaignId}/candidacies`,
        candidacyBody('某某', { details: { attributes: { religion: 'x' } } }),
      );
      expect([unknown.status, unknown.body.code, unknown.body.field]).toEqual([422, 'attributes.unknown', 'details.attributes.religion']);
      const wrong = await candidate.command(
        'POST',
        `/campaigns/${campaignId}/candidacies`,
        candidacyBody('某某', { details: { attributes: { nonParty: 'yes' } } }),
      );
      expect([wrong.status, wrong.body.code, wrong.body.field]).toEqual([422, 'attributes.not-boolean', 'details.attributes.nonParty']);
    }, 120_000);

    it('elects a vice-chair and three standing members, none grassroots: 1 of 3 + 3 < 30% (needs 2)', async () => {
      const created = ok(await organiser.command('POST', '/campaigns', campaignBody(STANDING_COMMITTEE_CAMPAIGN)));
      campaignId = created.result.campaignId;
      const people = ['周晓雯', '林淑芬', '黄丽娟', '陈美玲', '刘芳', '张丽', '王红'].map((name, i) => ({
        name,
        details: { grassrootsFrontline: i === 4 || i === 5, attributes: { nonParty: i % 2 === 0 } },
      }));
      c = await toInspection(campaignId, people);
      ok(await organiser.command('POST', `/campaigns/${campaignId}/inspection/close`));
      await delegates(campaignId, 10);

      // Vice-chair: c0 (9 of 10). Standing members from c1…c5: c1 8, c2 7, c3 6 elected; c4 and c5 (grassroots) 3 and 2.
      const vice = await paperRound(campaignId, 'vice-chair', { [c[0]]: 9, [c[1]]: 1 });
      expect(vice.closed.status).toBe('elected');
      const member = await paperRound(campaignId, 'standing-member', { [c[1]]: 8, [c[2]]: 7, [c[3]]: 6, [c[4]]: 3, [c[5]]: 2 });
      expect(member.closed).toMatchObject({ status: 'elected', positionElected: [c[1], c[2], c[3]], electionCompleted: true });

      const check = ok(await organiser.get(`/campaigns/${campaignId}/election/quota-check`));
      expect(check.passed).toBe(false);
      // The committee: c1, c2, c3 + 3 sitting (1 grassroots) = 1 of 6; 30% of 6 needs 2.
      expect(check.violations.map((v: any) => [v.quota, v.limitCount, v.actualCount, v.total])).toEqual([['常务委员会: grassrootsFrontline=true', 2, 1, 6]]);
      // The plan: the fewest-approved standing member not counting (c3, 6) gives up the seat; c4 and c5 may stand.
      expect(check.quotaFurtherRound.plan).toMatchObject({
        positionKey: 'standing-member',
        vacated: [{ candidacyId: c[3] }],
        eligible: [{ candidacyId: c[4] }, { candidacyId: c[5] }],
        limitCount: 2,
        actualCount: 1,
      });
      // Publishing an exception while a further round can mend the quota is refused.
      const exception = await organiser.command('POST', `/campaigns/${campaignId}/results/publish`, { quotaExceptionReason: '无' });
      expect([exception.status, exception.body.code]).toEqual([409, 'results.quota-further-round-possible']);
    }, 240_000);

    it('opens the quota further round; the congress votes among the qualifying only; the quota is met, published and certified', async () => {
      const opened = ok(await organiser.command('POST', `/campaigns/${campaignId}/election/quota-further-round`)).result;
      expect(opened).toMatchObject({ positionKey: 'standing-member', vacatedCandidacyIds: [c[3]], eligibleCandidacyIds: [c[4], c[5]] });
      const overview = ok(await organiser.get(`/campaigns/${campaignId}/election`));
      expect(overview.completed).toBe(false);
      expect(overview.positions[1]).toMatchObject({ filled: false, next: { kind: 'further', seats: 1, competitive: true } });
      expect(overview.positions[1].next.candidates.map((x: any) => x.candidacyId)).toEqual([c[4], c[5]]);
      const early = await organiser.command('POST', `/campaigns/${campaignId}/results/publish`);
      expect([early.status, early.body.code]).toEqual([409, 'results.election-not-complete']);

      const further = await paperRound(campaignId, 'standing-member', { [c[4]]: 7, [c[5]]: 3 });
      expect(further.open).toMatchObject({ kind: 'further', seats: 1, candidateIds: [c[4], c[5]] });
      expect(further.closed).toMatchObject({ status: 'elected', positionElected: [c[1], c[2], c[4]], electionCompleted: true });
      const check = ok(await organiser.get(`/campaigns/${campaignId}/election/quota-check`));
      expect([check.passed, check.quotaFurtherRound]).toEqual([true, { brokenMinimums: [], plan: null }]);

      const published = ok(await organiser.command('POST', `/campaigns/${campaignId}/results/publish`)).result;
      expect(published.quotaViolations).toEqual([]);
      ok(await organiser.command('POST', `/campaigns/${campaignId}/results/certify`));
      expect(ok(await organiser.get(`/campaigns/${campaignId}`)).stage).toBe('certified');
      const report = await verified(campaignId);
      expect(report.problems).toEqual([]);
      // The extra attribute is a quota attribute: kept in clear in the sealed history, like grassroots front-line.
      const [{ details }] = (
        await stack.pool.query(`SELECT payload->'details' AS details FROM events WHERE campaign_id = $1 AND type = 'CandidacySubmitted' ORDER BY seq LIMIT 1`, [
          campaignId,
        ])
      ).rows;
      expect(details).toMatchObject({ attributes: { nonParty: true }, grassrootsFrontline: false, sealed: expect.any(Object) });
      expect(details).not.toHaveProperty('name');
      // ranking, shortlist, 3 rounds, the quota further round, the publication
      expect(report.recomputed).toBeGreaterThanOrEqual(7);
    }, 240_000);
  });

  describe('an inspection that leaves no more finalists than seats', () => {
    it('closes only with a written reason; the uncontested election still needs a majority; a quota nobody can mend is published with a reason; certified and verified', async () => {
      const created = ok(
        await organiser.command(
          'POST',
          '/campaigns',
          campaignBody({
            positions: [{ key: 'standing-member', title: '兼职常委', seats: 2 }],
            quotas: [{ attribute: 'grassrootsFrontline', minSharePercent: 50, appliesTo: 'elected' }],
            publicityWorkingDays: 0,
            weights: NO_PANEL,
          }),
        ),
      );
      const campaignId = created.result.campaignId;
      // 2 seats → 3 on the shortlist; the third (the only grassroots one) fails inspection and nobody replaces her.
      const c = await toInspection(
        campaignId,
        ['周晓雯', '林淑芬', '黄丽娟'].map((name, i) => ({ name, details: { grassrootsFrontline: i === 2 } })),
        [2],
      );
      const plain = await organiser.command('POST', `/campaigns/${campaignId}/inspection/close`);
      expect([plain.status, plain.body.code, plain.body.field]).toEqual([409, 'inspection.not-competitive', 'exceptionReason']);
      const reason = '经考察仅两名人选符合条件，经研究同意进行等额选举';
      ok(await organiser.command('POST', `/campaigns/${campaignId}/inspection/close`, { exceptionReason: reason }));
      const overview = ok(await organiser.get(`/campaigns/${campaignId}/election`));
      expect(overview.inspectionException).toEqual({ reason, finalists: 2, seats: 2 });

      await delegates(campaignId, 10);
      const uncontested = await organiser.command('POST', `/campaigns/${campaignId}/election/rounds`, { positionKey: 'standing-member', method: 'paper' });
      expect(uncontested.status).toBe(409);
      // Each still needs more than half of the 10 present: c1 with 5 is not elected, and a further round follows.
      const first = await paperRound(campaignId, 'standing-member', { [c[0]]: 8, [c[1]]: 5 }, { reason });
      expect(first.closed).toMatchObject({ status: 'further-round-required', positionElected: [c[0]] });
      const second = await paperRound(campaignId, 'standing-member', { [c[1]]: 6 }, { reason });
      expect(second.closed).toMatchObject({ status: 'elected', positionElected: [c[0], c[1]], electionCompleted: true });

      // 0 of 2 grassroots (needs 1) and no qualifying finalist left: no further round, only a written exception.
      const round = await organiser.command('POST', `/campaigns/${campaignId}/election/quota-further-round`);
      expect([round.status, round.body.code]).toEqual([409, 'election.quota-no-eligible']);
      const quotaReason = '唯一符合基层一线条件的人选考察未通过，经研究同意';
      const published = ok(await organiser.command('POST', `/campaigns/${campaignId}/results/publish`, { quotaExceptionReason: quotaReason })).result;
      expect(published.quotaViolations).toHaveLength(1);
      ok(await organiser.command('POST', `/campaigns/${campaignId}/results/certify`));
      const view = ok(await new ApiClient(stack.baseUrl).get(`/public/campaigns/${campaignId}/results`));
      expect(view.exceptions).toEqual({ inspection: { reason, finalists: 2, seats: 2 }, quota: { reason: quotaReason } });
      // The notice, its PDF and the CSV each state both exceptions in a plain sentence with the written reason.
      const uncontestedSentence = `经考察，正式候选人2人，与职位名额2个相等，经批准实行等额选举。理由：${reason}`;
      const quotaSentence = `当选人员未满足结构比例要求，且已无符合条件的人选，经批准作为例外确认结果。理由：${quotaReason}`;
      const notice = await (await fetch(`${stack.baseUrl}/public/campaigns/${campaignId}/notice`)).text();
      expect(notice).toContain('<h2>特别说明</h2>');
      expect(notice).toContain(uncontestedSentence);
      expect(notice).toContain(quotaSentence);
      const pdf = await fetch(`${stack.baseUrl}/public/campaigns/${campaignId}/notice.pdf`);
      expect(pdf.status).toBe(200);
      const printed = pdfText(Buffer.from(await pdf.arrayBuffer()));
      expect(printed).toContain('特别说明');
      expect(printed).toContain(reason);
      expect(printed).toContain(quotaReason);
      expect(printed).toContain('经批准实行等额选举');
      const csv = parse((await (await fetch(`${stack.baseUrl}/public/campaigns/${campaignId}/results.csv`)).text()).replace(/^\uFEFF/, '')) as string[][];
      expect(csv[0][1]).toBe('姓名 name');
      expect(csv.slice(-2).map((r) => r.slice(0, 2))).toEqual([
        ['说明 note', uncontestedSentence],
        ['说明 note', quotaSentence],
      ]);
      const report = await verified(campaignId);
      expect(report.problems).toEqual([]);
    }, 240_000);
  });
});
