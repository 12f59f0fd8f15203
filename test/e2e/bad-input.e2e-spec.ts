import { ApiClient, campaignBody, candidacyBody, type Stack, startStack } from '@app/testing';

/** Each malformed request gets a clear 4xx naming the field and the rule, and leaves the database as it was. */
describe('bad input changes nothing', () => {
  let stack: Stack;
  let organiser: ApiClient;
  let candidate: ApiClient;
  let campaignId: string;

  beforeAll(async () => {
    stack = await startStack('badinput');
    organiser = await ApiClient.login(stack.baseUrl, ['organiser'], 'organiser-bad');
    candidate = await ApiClient.login(stack.baseUrl, ['candidate'], 'candidate-bad');
    campaignId = (await organiser.command('POST', '/campaigns', campaignBody())).body.result.campaignId;
    await organiser.command('POST', `/campaigns/${campaignId}/candidacy/open`);
  });

  afterAll(() => stack?.stop());

  const snapshot = async () => {
    const { rows } = await stack.pool.query(
      `SELECT (SELECT count(*) FROM commands)::int AS commands, (SELECT count(*) FROM events)::int AS events,
              (SELECT count(*) FROM campaigns)::int AS campaigns, (SELECT count(*) FROM candidacies)::int AS candidacies`,
    );
    return rows[0];
  };

  const { details: goodDetails, proposal: goodProposal } = candidacyBody();
  const without = (obj: Record<string, unknown>, key: string) => Object.fromEntries(Object.entries(obj).filter(([k]) => k !== key));

  const cases: Array<[string, () => ApiClient, string, () => string, unknown, string, string]> = [
    ['missing title', () => organiser, 'POST', () => '/campaigns', without(campaignBody(), 'title'), 'title', 'isNotEmpty'],
    [
      'wrong type for seats',
      () => organiser,
      'POST',
      () => '/campaigns',
      campaignBody({ positions: [{ key: 'vice-chair', title: '副主席', seats: 'three' }] }),
      'positions.0.seats',
      'isInt',
    ],
    [
      'negative seats',
      () => organiser,
      'POST',
      () => '/campaigns',
      campaignBody({ positions: [{ key: 'vice-chair', title: '副主席', seats: -1 }] }),
      'positions.0.seats',
      'min',
    ],
    ['unknown field', () => organiser, 'POST', () => '/campaigns', campaignBody({ secretBonus: 10 }), 'secretBonus', 'unknownField'],
    ['over-long title', () => organiser, 'POST', () => '/campaigns', campaignBody({ title: '长'.repeat(201) }), 'title', 'maxLength'],
    ['bad jury mode', () => organiser, 'POST', () => '/campaigns', campaignBody({ juryMode: 'lottery' }), 'juryMode', 'isIn'],
    [
      'weights not summing to 100',
      () => organiser,
      'POST',
      () => '/campaigns',
      campaignBody({ weights: { projectReview: 40, panelOpinion: 30, jury: 20 } }),
      'weights',
      'sumTo100',
    ],
    [
      'weights with 3 decimals',
      () => organiser,
      'POST',
      () => '/campaigns',
      campaignBody({ weights: { projectReview: '33.333', panelOpinion: '33.333', jury: '33.334' } }),
      'weights.projectReview',
      'matches',
    ],
    ['empty positions', () => organiser, 'POST', () => '/campaigns', campaignBody({ positions: [] }), 'positions', 'arrayMinSize'],
    [
      'rubric step as text',
      () => organiser,
      'POST',
      () => '/campaigns',
      campaignBody({ rubric: [{ key: 'a', title: 'A', max: '100', step: 'half' }] }),
      'rubric.0.step',
      'matches',
    ],
    [
      'bad quota value',
      () => organiser,
      'POST',
      () => '/campaigns',
      campaignBody({ quotas: [{ attribute: 'employment', equals: 'retired', maxSharePercent: 50, appliesTo: 'elected' }] }),
      'quotas.0.equals',
      'isQuotaValue',
    ],
    ['margin over 100', () => organiser, 'POST', () => '/campaigns', campaignBody({ competitiveMarginPercent: 150 }), 'competitiveMarginPercent', 'max'],
    ['missing proposal', () => candidate, 'POST', () => `/campaigns/${campaignId}/candidacies`, { details: goodDetails }, 'proposal', 'isDefined'],
    [
      'bad employment type',
      () => candidate,
      'POST',
      () => `/campaigns/${campaignId}/candidacies`,
      { details: { ...goodDetails, employment: 'freelance' }, proposal: goodProposal },
      'details.employment',
      'isIn',
    ],
    [
      'birth year as text',
      () => candidate,
      'POST',
      () => `/campaigns/${campaignId}/candidacies`,
      { details: { ...goodDetails, birthYear: '1990年' }, proposal: goodProposal },
      'details.birthYear',
      'isInt',
    ],
    [
      'budget as float with 3 decimals',
      () => candidate,
      'POST',
      () => `/campaigns/${campaignId}/candidacies`,
      { details: goodDetails, proposal: { ...goodProposal, budget: 100.005 } },
      'proposal.budget',
      'matches',
    ],
    [
      'grassroots flag as text',
      () => candidate,
      'POST',
      () => `/campaigns/${campaignId}/candidacies`,
      { details: { ...goodDetails, grassrootsFrontline: 'yes' }, proposal: goodProposal },
      'details.grassrootsFrontline',
      'isBoolean',
    ],
    [
      'over-long statement',
      () => candidate,
      'POST',
      () => `/campaigns/${campaignId}/candidacies`,
      { details: { ...goodDetails, statement: 'x'.repeat(2001) }, proposal: goodProposal },
      'details.statement',
      'maxLength',
    ],
    ['bad stage name', () => organiser, 'POST', () => `/campaigns/${campaignId}/stage`, { to: 'finished' }, 'to', 'isIn'],
    [
      'qualification without reason',
      () => organiser,
      'POST',
      () => `/candidacies/00000000-0000-4000-8000-000000000000/qualification`,
      { decision: 'accepted' },
      'reason',
      'isNotEmpty',
    ],
  ];

  it.each(cases)('%s → 400 naming the field and rule, nothing stored', async (_name, who, method, path, body, field, rule) => {
    const before = await snapshot();
    const res = await who().command(method, path(), body);
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field, rule })]));
    expect(res.body.message).toContain(field);
    expect(await snapshot()).toEqual(before);
  });

  it('rejects malformed JSON with 400', async () => {
    const before = await snapshot();
    const res = await organiser.request('POST', '/campaigns?wait=true', '{"title": "未闭合', { 'content-type': 'application/json' });
    expect(res.status).toBe(400);
    expect(await snapshot()).toEqual(before);
  });

  it('rejects a bad Idempotency-Key header with 400', async () => {
    const res = await organiser.request('POST', '/campaigns', campaignBody(), { 'idempotency-key': 'has spaces & symbols!' });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].field).toBe('Idempotency-Key');
  });

  it('rejects a rubric whose maximum is not a multiple of its step in the domain (422) and stores only the rejection', async () => {
    const before = await snapshot();
    const res = await organiser.command('POST', '/campaigns', campaignBody({ rubric: [{ key: 'a', title: 'A', max: '10', step: '3' }] }));
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('rubric.max-not-multiple-of-step');
    const after = await snapshot();
    expect({ ...after, commands: before.commands }).toEqual(before);
    expect(after.commands).toBe(before.commands + 1);
  });
});
