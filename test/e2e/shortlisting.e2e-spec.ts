import { ApiClient, campaignBody, candidacyBody, type Stack, startStack } from '@app/testing';

/** name, project review total (one expert), panel grade, grassroots front-line */
const PEOPLE: [string, number, string, boolean][] = [
  ['A', 90, 'excellent', false],
  ['B', 85, 'good', false],
  ['C', 80, 'good', false],
  ['D', 88, 'fair', false],
  ['E', 75, 'good', false],
  ['F', 70, 'fair', false],
  ['H', 85, 'fair', true],
  ['G', 60, 'poor', true],
];
const RUBRIC_MAX: [string, number][] = [
  ['needs-fit', 30],
  ['feasibility', 25],
  ['innovation', 20],
  ['sustainability', 15],
  ['presentation', 10],
];

/** Fills the criteria in order up to their maxima so that they sum to `total`. */
function sheetFor(total: number): Record<string, string> {
  let left = total;
  return Object.fromEntries(
    RUBRIC_MAX.map(([key, max]) => {
      const take = Math.min(max, left);
      left -= take;
      return [key, String(take)];
    }),
  );
}

describe('ranking, what-if, shortlist and inspection through the API', () => {
  let stack: Stack;
  let organiser: ApiClient;
  let expert: ApiClient;
  let inspector: ApiClient;
  let campaignId: string;
  const ids = new Map<string, string>();
  const nameOf = (id: string) => [...ids].find(([, v]) => v === id)![0];

  beforeAll(async () => {
    stack = await startStack('shortlisting');
    organiser = await ApiClient.login(stack.baseUrl, ['organiser'], 'organiser-sl');
    expert = await ApiClient.login(stack.baseUrl, ['expert'], 'expert-sl');
    inspector = await ApiClient.login(stack.baseUrl, ['inspector'], 'inspector-sl');
    campaignId = (await organiser.command('POST', '/campaigns', campaignBody())).body.result.campaignId;
    expect((await organiser.command('POST', `/campaigns/${campaignId}/grants`, { personId: 'inspector-sl', name: '考察组', role: 'inspector' })).status).toBe(
      200,
    );
    await organiser.command('POST', `/campaigns/${campaignId}/candidacy/open`);
    for (const [name, , , grassroots] of PEOPLE) {
      const candidate = await ApiClient.login(stack.baseUrl, ['candidate'], `candidate-${name}`);
      const res = await candidate.command(
        'POST',
        `/campaigns/${campaignId}/candidacies`,
        candidacyBody(name, { details: { grassrootsFrontline: grassroots } }),
      );
      ids.set(name, res.body.result.candidacyId);
    }
    await organiser.command('POST', `/campaigns/${campaignId}/candidacy/close`);
    for (const id of ids.values()) await organiser.command('POST', `/candidacies/${id}/qualification`, { decision: 'accepted', reason: '符合条件' });
    expect((await organiser.command('POST', `/campaigns/${campaignId}/evaluation/experts`, { expertId: 'expert-sl', name: '王教授' })).status).toBe(200);
    expect((await organiser.command('POST', `/campaigns/${campaignId}/stage`, { to: 'project-review' })).status).toBe(200);
    for (const [name, total] of PEOPLE) {
      const res = await expert.command('POST', `/campaigns/${campaignId}/evaluation/candidacies/${ids.get(name)}/sheet/submit`, {
        scores: sheetFor(total),
        comment: '评分',
      });
      expect(res.status).toBe(200);
    }
    expect((await organiser.command('POST', `/campaigns/${campaignId}/evaluation/project-review/close`, {})).status).toBe(200);
    for (const [name, , grade] of PEOPLE) {
      const res = await expert.command('PUT', `/campaigns/${campaignId}/evaluation/candidacies/${ids.get(name)}/panel-grade`, { grade, opinion: '答辩清楚' });
      expect(res.status).toBe(200);
    }
    expect((await organiser.command('POST', `/campaigns/${campaignId}/stage`, { to: 'jury' })).status).toBe(200);
    expect((await organiser.command('POST', `/campaigns/${campaignId}/stage`, { to: 'ranking' })).status).toBe(200);
  });

  afterAll(() => stack?.stop());

  it('keeps a live ranking with every part (no jury result yet: counted as 0 and reported)', async () => {
    const ranking = (await organiser.get(`/campaigns/${campaignId}/ranking`)).body;
    expect(ranking.frozen).toBe(false);
    // composite = 0.4 × review + 0.3 × panel + 0.3 × 0
    expect(ranking.lines.map((l: any) => [l.name, l.projectReview, l.panelPoints, l.jury, l.composite, l.rank])).toEqual([
      ['A', '90.00', '100.00', '0.00', '66.0000', 1],
      ['B', '85.00', '85.00', '0.00', '59.5000', 2],
      ['C', '80.00', '85.00', '0.00', '57.5000', 3],
      ['D', '88.00', '70.00', '0.00', '56.2000', 4],
      ['E', '75.00', '85.00', '0.00', '55.5000', 5],
      ['H', '85.00', '70.00', '0.00', '55.0000', 6],
      ['F', '70.00', '70.00', '0.00', '49.0000', 7],
      ['G', '60.00', '50.00', '0.00', '39.0000', 8],
    ]);
    expect(ranking.lines[0].missingParts).toEqual(['jury']);
  });

  it('previews other weights without changing anything', async () => {
    const before = (await stack.pool.query(`SELECT count(*)::int AS n FROM events`)).rows[0].n;
    const res = await organiser.get(`/campaigns/${campaignId}/ranking/what-if?projectReview=100&panelOpinion=0&jury=0`);
    expect(res.status).toBe(200);
    // By project review alone: A 90, D 88, B 85 = H 85 (tie broken by panel grade: B good > H fair), C 80, E 75 → top 6 A D B H C E,
    // then G swapped in for E to reach two grassroots members.
    expect(res.body.alternative.shortlist.members.map((m: any) => nameOf(m.candidacyId))).toEqual(['A', 'D', 'B', 'H', 'C', 'G']);
    expect(res.body.movedIn).toEqual([]);
    expect(res.body.movedOut).toEqual([]);
    expect(res.body.rankChanges.map((c: any) => `${nameOf(c.candidacyId)}:${c.from}→${c.to}`)).toContain('D:4→2');
    const bad = await organiser.get(`/campaigns/${campaignId}/ranking/what-if?projectReview=50&panelOpinion=30&jury=30`);
    expect(bad.status).toBe(422);
    expect(bad.body.code).toBe('weights.sum-not-100');
    expect((await stack.pool.query(`SELECT count(*)::int AS n FROM events`)).rows[0].n).toBe(before);
  });

  it('refuses to skip the freeze with a bare stage transition', async () => {
    const res = await organiser.command('POST', `/campaigns/${campaignId}/stage`, { to: 'inspection' });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('stage.use-freeze-ranking');
  });

  it('refuses to freeze while the jury result is not recorded (409, in words), and says so on the ranking beforehand', async () => {
    const before = (await stack.pool.query(`SELECT count(*)::int AS n FROM events`)).rows[0].n;
    expect((await organiser.get(`/campaigns/${campaignId}/ranking`)).body.freezeBlockers).toEqual([
      { part: 'jury', reason: 'jury-result-not-recorded', candidacyIds: [], overridable: false },
    ]);
    const refused = await organiser.command('POST', `/campaigns/${campaignId}/ranking/freeze`, {}, 'freeze-too-early');
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('ranking.parts-missing');
    expect(refused.body.message).toMatch(/jury result has not been recorded/);
    expect((await stack.pool.query(`SELECT count(*)::int AS n FROM events`)).rows[0].n).toBe(before);
    expect((await organiser.get(`/campaigns/${campaignId}`)).body.stage).toBe('ranking');

    // Nobody voted: the result is recorded all the same (every jury score missing, counted as 0), and the freeze may go ahead.
    expect((await organiser.command('POST', `/campaigns/${campaignId}/jury/result`, {}, 'jury-result')).status).toBe(200);
    expect((await organiser.get(`/campaigns/${campaignId}/ranking`)).body.freezeBlockers).toEqual([]);
  });

  it('freezes the ranking and forms the quota-aware shortlist, saying who was swapped and why', async () => {
    const res = await organiser.command('POST', `/campaigns/${campaignId}/ranking/freeze`);
    expect(res.status).toBe(200);
    const shortlist = (await inspector.get(`/campaigns/${campaignId}/shortlist`)).body;
    expect(shortlist.size).toBe(6);
    expect(shortlist.members.map((m: any) => `${m.name}${m.rank}:${m.via}`)).toEqual(['A1:rank', 'B2:rank', 'C3:rank', 'D4:rank', 'H6:rank', 'G8:quota-swap']);
    expect(shortlist.swaps).toHaveLength(1);
    expect(shortlist.swaps[0].reason).toMatch(/grassrootsFrontline/);
    expect((await organiser.get(`/campaigns/${campaignId}/ranking`)).body.frozen).toBe(true);
    expect((await organiser.get(`/campaigns/${campaignId}`)).body.stage).toBe('inspection');
  });

  it('replaces a candidate who fails inspection and closes inspection once all have passed', async () => {
    const fail = await inspector.command('POST', `/campaigns/${campaignId}/inspections`, {
      candidacyId: ids.get('C'),
      result: 'fail',
      findings: '考察中发现群众反映问题，经核实属实',
    });
    expect(fail.status).toBe(200);
    expect(nameOf(fail.body.result.replacement)).toBe('E');
    expect((await organiser.command('POST', `/campaigns/${campaignId}/inspection/close`)).status).toBe(409);
    for (const name of ['A', 'B', 'D', 'E', 'H', 'G']) {
      const res = await inspector.command('POST', `/campaigns/${campaignId}/inspections`, {
        candidacyId: ids.get(name),
        result: 'pass',
        findings: '德才兼备，群众认可',
      });
      expect(res.status).toBe(200);
    }
    const closed = await organiser.command('POST', `/campaigns/${campaignId}/inspection/close`);
    expect(closed.status).toBe(200);
    expect(closed.body.result.finalists.map(nameOf)).toEqual(['A', 'B', 'D', 'E', 'H', 'G']);
    const shortlist = (await organiser.get(`/campaigns/${campaignId}/shortlist`)).body;
    expect(shortlist.members.find((m: any) => m.name === 'C')).toMatchObject({ status: 'failed-inspection', inspectionResult: 'fail' });
    expect((await organiser.get(`/campaigns/${campaignId}`)).body.stage).toBe('election');
  });
});
