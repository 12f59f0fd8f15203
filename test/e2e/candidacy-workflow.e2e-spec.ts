import { eventHash, GENESIS_HASH } from '@app/domain';
import { ApiClient, campaignBody, candidacyBody, type Stack, startStack } from '@app/testing';

describe('campaign and candidacy workflow (api → BullMQ → worker → PostgreSQL)', () => {
  let stack: Stack;
  let organiser: ApiClient;
  let zhou: ApiClient;
  let lin: ApiClient;
  let huang: ApiClient;
  let campaignId: string;

  beforeAll(async () => {
    stack = await startStack('workflow');
    organiser = await ApiClient.login(stack.baseUrl, ['organiser'], 'organiser-li');
    zhou = await ApiClient.login(stack.baseUrl, ['candidate'], 'candidate-zhou');
    lin = await ApiClient.login(stack.baseUrl, ['candidate'], 'candidate-lin');
    huang = await ApiClient.login(stack.baseUrl, ['candidate'], 'candidate-huang');
  });

  afterAll(() => stack?.stop());

  it('creates a campaign in draft with the documented defaults filled in', async () => {
    const res = await organiser.command('POST', '/campaigns', campaignBody({ weights: undefined, rubric: undefined }));
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('succeeded');
    campaignId = res.body.result.campaignId;

    const campaign = await organiser.get(`/campaigns/${campaignId}`);
    expect(campaign.status).toBe(200);
    expect(campaign.body.stage).toBe('draft');
    expect(campaign.body.config.weights).toEqual({ projectReview: '40', panelOpinion: '30', jury: '30' });
    expect(campaign.body.config.rubric.map((c: { key: string; max: string }) => `${c.key}:${c.max}`)).toEqual([
      'needs-fit:30',
      'feasibility:25',
      'innovation:20',
      'sustainability:15',
      'presentation:10',
    ]);
    expect(campaign.body.config.positions).toEqual([
      { key: 'vice-chair', title: '兼职副主席', seats: 3 },
      { key: 'standing-committee', title: '兼职常委', seats: 2 },
    ]);
  });

  it('edits the configuration in draft', async () => {
    const res = await organiser.command('PUT', `/campaigns/${campaignId}/config`, campaignBody({ weights: { projectReview: 50, panelOpinion: 25, jury: 25 } }));
    expect(res.status).toBe(200);
    const campaign = await organiser.get(`/campaigns/${campaignId}`);
    expect(campaign.body.config.weights).toEqual({ projectReview: '50', panelOpinion: '25', jury: '25' });
  });

  it('refuses to submit before candidacy opens', async () => {
    const res = await zhou.command('POST', `/campaigns/${campaignId}/candidacies`, candidacyBody('周晓雯'));
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('stage.wrong');
    expect(res.body.message).toContain('draft');
  });

  let zhouCandidacy: string;
  let linCandidacy: string;
  let huangCandidacy: string;

  it('opens candidacy; candidates submit, edit and withdraw', async () => {
    expect((await organiser.command('POST', `/campaigns/${campaignId}/candidacy/open`)).status).toBe(200);
    expect((await organiser.command('PUT', `/campaigns/${campaignId}/config`, campaignBody())).status).toBe(409);

    const submitted = await zhou.command('POST', `/campaigns/${campaignId}/candidacies`, candidacyBody('周晓雯'));
    expect(submitted.status).toBe(200);
    zhouCandidacy = submitted.body.result.candidacyId;

    // Age and education never exclude: a 75-year-old with no formal education is as welcome as anyone.
    const older = await lin.command('POST', `/campaigns/${campaignId}/candidacies`, candidacyBody('林淑芬', { details: { birthYear: 1951, education: '' } }));
    expect(older.status).toBe(200);
    linCandidacy = older.body.result.candidacyId;

    const third = await huang.command('POST', `/campaigns/${campaignId}/candidacies`, candidacyBody('黄丽娟', { details: { grassrootsFrontline: false } }));
    huangCandidacy = third.body.result.candidacyId;

    const twice = await zhou.command('POST', `/campaigns/${campaignId}/candidacies`, candidacyBody('周晓雯'));
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('candidacy.duplicate');

    const edited = await zhou.command(
      'PUT',
      `/candidacies/${zhouCandidacy}`,
      candidacyBody('周晓雯', { proposal: { title: '爱心助力困难家庭（修订）', budget: '15000' } }),
    );
    expect(edited.status).toBe(200);
    const mine = await zhou.get(`/candidacies/${zhouCandidacy}`);
    expect(mine.body.proposal.title).toBe('爱心助力困难家庭（修订）');
    expect(mine.body.proposal.budget).toBe('15000');

    const withdrawn = await huang.command('POST', `/candidacies/${huangCandidacy}/withdraw`, { reason: '工作调动' });
    expect(withdrawn.status).toBe(200);
    expect((await huang.get(`/candidacies/${huangCandidacy}`)).body.status).toBe('withdrawn');
    const editAfterWithdraw = await huang.command('PUT', `/candidacies/${huangCandidacy}`, candidacyBody('黄丽娟'));
    expect(editAfterWithdraw.status).toBe(409);
  });

  it('closes candidacy; a late submission or edit is rejected with a reason', async () => {
    expect((await organiser.command('POST', `/campaigns/${campaignId}/candidacy/close`)).status).toBe(200);
    const late = await ApiClient.login(stack.baseUrl, ['candidate'], 'candidate-late');
    const res = await late.command('POST', `/campaigns/${campaignId}/candidacies`, candidacyBody('迟到者'));
    expect(res.status).toBe(409);
    expect(res.body.message).toMatch(/Cannot submit a candidacy: the campaign is in stage "qualification-review"/);
    const edit = await zhou.command('PUT', `/candidacies/${zhouCandidacy}`, candidacyBody('周晓雯'));
    expect(edit.status).toBe(409);
    // A closed stage never re-opens.
    const reopen = await organiser.command('POST', `/campaigns/${campaignId}/stage`, { to: 'candidacy-open' });
    expect(reopen.status).toBe(409);
    expect(reopen.body.code).toBe('stage.out-of-order');
  });

  it('records qualification decisions with their written reasons', async () => {
    const accept = await organiser.command('POST', `/candidacies/${zhouCandidacy}/qualification`, { decision: 'accepted', reason: '材料齐全，符合条件' });
    expect(accept.status).toBe(200);
    const reject = await organiser.command('POST', `/candidacies/${linCandidacy}/qualification`, { decision: 'rejected', reason: '项目书缺少预算明细' });
    expect(reject.status).toBe(200);
    const withdrawn = await organiser.command('POST', `/candidacies/${huangCandidacy}/qualification`, { decision: 'accepted', reason: 'x' });
    expect(withdrawn.status).toBe(409);

    const list = await organiser.get(`/campaigns/${campaignId}/candidacies`);
    expect(list.body.map((c: any) => [c.name, c.status, c.qualificationReason])).toEqual([
      ['周晓雯', 'accepted', '材料齐全，符合条件'],
      ['林淑芬', 'rejected', '项目书缺少预算明细'],
      ['黄丽娟', 'withdrawn', null],
    ]);
  });

  it('holds every event in order, hash-chained, and the read models match a replay', async () => {
    const res = await organiser.get(`/campaigns/${campaignId}/events`);
    const events = res.body as any[];
    expect(events.map((e) => e.type)).toEqual([
      'CampaignCreated',
      'CampaignReconfigured',
      'CampaignStageAdvanced',
      'CandidacySubmitted',
      'CandidacySubmitted',
      'CandidacySubmitted',
      'CandidacyEdited',
      'CandidacyWithdrawn',
      'CampaignStageAdvanced',
      'CandidacyQualificationDecided',
      'CandidacyQualificationDecided',
    ]);
    expect(events.map((e) => e.version)).toEqual(events.map((_, i) => i + 1));
    let prev = GENESIS_HASH;
    for (const e of events) {
      expect(e.prevHash).toBe(prev);
      expect(e.hash).toBe(
        eventHash({
          campaignId,
          version: e.version,
          type: e.type,
          payload: e.payload,
          actorId: e.actorId,
          occurredAt: new Date(e.occurredAt).toISOString(),
          prevHash: prev,
        }),
      );
      prev = e.hash;
    }
    const seqs = events.map((e) => BigInt(e.seq));
    expect([...seqs].sort((a, b) => (a < b ? -1 : 1))).toEqual(seqs);

    const campaign = await organiser.get(`/campaigns/${campaignId}`);
    expect(campaign.body.stage).toBe('qualification-review');
    expect(campaign.body.version).toBe(events.length);

    const { rows } = await stack.pool.query(`SELECT status, count(*)::int AS n FROM commands GROUP BY status ORDER BY status`);
    expect(rows).toEqual([
      { status: 'rejected', n: 8 },
      { status: 'succeeded', n: 11 },
    ]);
  });

  it('feeds the audit log from the events queue (outbox relay → BullMQ → projection)', async () => {
    const deadline = Date.now() + 15000;
    let audit: any[] = [];
    while (Date.now() < deadline) {
      audit = (await organiser.get(`/campaigns/${campaignId}/audit`)).body;
      if (audit.length === 11) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(audit.map((a) => a.actorId)).toEqual([
      'organiser-li',
      'organiser-li',
      'organiser-li',
      'candidate-zhou',
      'candidate-lin',
      'candidate-huang',
      'candidate-zhou',
      'candidate-huang',
      'organiser-li',
      'organiser-li',
      'organiser-li',
    ]);
  });
});
