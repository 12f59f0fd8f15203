import { ApiClient, campaignBody, campaignInJuryStage, candidacyBody, type Stack, startStack } from '@app/testing';

const ok = (res: { status: number; body: any }) => {
  if (res.status >= 300) throw new Error(`${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
};

/** Who may act in a campaign through a role held in it: counting officers where granted; experts never as candidates there. */
describe('per-campaign roles', () => {
  let stack: Stack;
  let organiser: ApiClient;

  beforeAll(async () => {
    stack = await startStack('campaign-roles');
    organiser = await ApiClient.login(stack.baseUrl, ['organiser'], 'roles-organiser');
  });

  afterAll(() => stack?.stop());

  it('a counting officer granted on the campaign records the jury’s paper count; one granted elsewhere is refused', async () => {
    const paper = await campaignInJuryStage(organiser, { candidates: 2, juryMode: 'score', label: 'co' });
    const elsewhere = await campaignInJuryStage(organiser, { candidates: 1, juryMode: 'score', label: 'co-elsewhere' });
    ok(await organiser.command('POST', `/campaigns/${paper.campaignId}/grants`, { personId: 'co-here', name: '计票甲', role: 'counting-officer' }));
    ok(await organiser.command('POST', `/campaigns/${elsewhere.campaignId}/grants`, { personId: 'co-there', name: '计票乙', role: 'counting-officer' }));
    const here = await ApiClient.login(stack.baseUrl, ['counting-officer'], 'co-here');
    const there = await ApiClient.login(stack.baseUrl, ['counting-officer'], 'co-there');
    const [a, b] = paper.candidacyIds;
    const count = {
      issued: 60,
      returned: 58,
      invalid: 3,
      candidates: [
        { candidacyId: a, ballots: 55, sum: 4400, highest: 100, lowest: 20 },
        { candidacyId: b, ballots: 55, sum: 3850, highest: 95, lowest: 40 },
      ],
    };

    const refused = await there.command('POST', `/campaigns/${paper.campaignId}/jury/paper-count`, count);
    expect([refused.status, refused.body.code]).toEqual([403, 'grant.not-granted']);
    expect((await there.get('/campaigns')).body.map((c: any) => c.id)).toEqual([elsewhere.campaignId]);
    // The grant reaches only the count: the organiser's other work stays hers.
    expect((await here.command('POST', `/campaigns/${paper.campaignId}/jury/jurors`, { name: '某人' })).status).toBe(403);

    const counted = await here.command('POST', `/campaigns/${paper.campaignId}/jury/paper-count`, count);
    expect(counted.status).toBe(200);
    const tally = (await organiser.get(`/campaigns/${paper.campaignId}/jury/tally`)).body;
    expect([tally.source, tally.validBallots]).toEqual(['paper', 55]);
    const recorded = await stack.pool.query(`SELECT actor_id FROM events WHERE campaign_id = $1 AND type = 'JuryPaperCountRecorded'`, [paper.campaignId]);
    expect(recorded.rows).toEqual([{ actor_id: 'co-here' }]);
  });

  it('an expert on a campaign’s panel cannot apply to it, yet may apply to another campaign', async () => {
    const open = async () => {
      const id = ok(await organiser.command('POST', '/campaigns', campaignBody())).result.campaignId;
      ok(await organiser.command('POST', `/campaigns/${id}/candidacy/open`));
      return id as string;
    };
    const judged = await open();
    const other = await open();
    ok(await organiser.command('POST', `/campaigns/${judged}/evaluation/experts`, { expertId: 'two-hats', name: '王双' }));
    const person = await ApiClient.login(stack.baseUrl, ['candidate', 'expert'], 'two-hats');

    const refused = await person.command('POST', `/campaigns/${judged}/candidacies`, candidacyBody('王双'));
    expect([refused.status, refused.body.code]).toEqual([422, 'candidacy.person-is-expert']);
    expect((await stack.pool.query(`SELECT count(*)::int AS n FROM candidacies WHERE campaign_id = $1`, [judged])).rows[0].n).toBe(0);

    expect((await person.command('POST', `/campaigns/${other}/candidacies`, candidacyBody('王双'))).status).toBe(200);
    const asExpert = await organiser.command('POST', `/campaigns/${other}/evaluation/experts`, { expertId: 'two-hats', name: '王双' });
    expect([asExpert.status, asExpert.body.code]).toEqual([422, 'panel.expert-is-candidate']);
  });
});
