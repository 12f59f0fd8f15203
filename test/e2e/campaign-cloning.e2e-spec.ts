import { DataSource } from 'typeorm';
import { exportCampaignLog } from '@app/database';
import { verifyCampaignLog } from '@app/domain';
import { ApiClient, type Stack, startStack } from '@app/testing';
import { demoCampaignBody, demoCandidates } from '../../apps/demo/src/demo-campaign';
import { publishedDemoCampaign } from '../fixtures/demo-campaign-fixtures';

const DAY = 86_400_000;
const at = (offsetDays: number) => new Date(Date.now() + offsetDays * DAY).toISOString();
const TIMELINE_KEYS = ['candidacyOpensAt', 'candidacyClosesAt', 'projectReviewClosesAt', 'juryClosesAt', 'congressAt'] as const;

/**
 * A district copies last round's campaign instead of entering it again: the copy has the demo campaign's positions,
 * rubric, weights and quotas, every date moved by the same number of days, and nothing of the source's people,
 * candidacies or scores. The copy then runs the demo's whole flow to a certified result whose exported log verifies.
 */
describe('campaign cloning: a copy of the demo campaign runs to certified', () => {
  let stack: Stack;
  let organiser: ApiClient;
  let sourceId: string;
  const sourceTimeline = {
    candidacyOpensAt: at(-30.05),
    candidacyClosesAt: at(30),
    projectReviewClosesAt: at(40),
    juryClosesAt: at(50),
    congressAt: at(60),
  };

  beforeAll(async () => {
    stack = await startStack('campaign_cloning');
    organiser = await ApiClient.login(stack.baseUrl, ['organiser'], 'organiser-li', '李主任');
    const created = await organiser.command('POST', '/campaigns', { ...demoCampaignBody(), timeline: sourceTimeline }, 'source');
    expect(created.status).toBe(200);
    sourceId = created.body.result.campaignId;
    expect((await organiser.command('POST', `/campaigns/${sourceId}/candidacy/open`)).status).toBe(200);
    for (const candidate of demoCandidates().slice(0, 2)) {
      const client = await ApiClient.login(stack.baseUrl, ['candidate'], `source-${candidate.key}`, candidate.name);
      expect((await client.command('POST', `/campaigns/${sourceId}/candidacies`, candidate.body)).status).toBe(200);
    }
  }, 60_000);

  afterAll(() => stack?.stop());

  it('lists the templates, and records the one a campaign started from', async () => {
    const templates = (await organiser.get('/campaign-templates')).body as { key: string; config: any }[];
    const template = templates.find((t) => t.key === 'open-selection')!;
    expect(template.config.positions.map((p: { seats: number }) => p.seats)).toEqual([3, 2]);
    const created = await organiser.command('POST', '/campaigns', {
      ...template.config,
      title: '从模板新建',
      organisingBody: '某区妇女联合会',
      template: 'open-selection',
    });
    expect(created.status).toBe(200);
    const campaign = (await organiser.get(`/campaigns/${created.body.result.campaignId}`)).body;
    expect(campaign.origin).toEqual({ template: 'open-selection' });
    expect(campaign.config.quotas).toEqual(template.config.quotas);
    const unknown = await organiser.command('POST', '/campaigns', { ...template.config, title: 't', organisingBody: 'b', template: 'no-such' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors.map((e: { field: string }) => e.field)).toEqual(['template']);
  });

  it('fills every field the body leaves out from the template: title and organising body make an honours campaign', async () => {
    const named = { title: '某市十佳家庭评选', organisingBody: '某市妇女联合会' };
    const created = await organiser.command('POST', '/campaigns', { template: 'honours', ...named });
    expect(created.status).toBe(200);
    const campaign = (await organiser.get(`/campaigns/${created.body.result.campaignId}`)).body;
    expect(campaign.origin).toEqual({ template: 'honours' });
    expect(campaign.config).toMatchObject({ ...named, juryMode: 'approval', weights: { projectReview: '0', panelOpinion: '0', jury: '100' } });
    expect(campaign.config.pipeline.template).toBe('honours');
    expect(campaign.config.pipeline.awardTiers.map((t: { key: string; size: number }) => [t.key, t.size])).toEqual([
      ['winner', 10],
      ['nominee', 10],
    ]);
    expect(campaign.stages.map((d: { stage: string }) => d.stage)).toEqual(expect.arrayContaining(['award']));
    expect(campaign.stages.map((d: { stage: string }) => d.stage)).not.toContain('project-review');

    // What she does send is hers.
    const own = await organiser.command('POST', '/campaigns', { template: 'honours', ...named, publicityWorkingDays: 0, approvalLimit: 3 });
    const ownConfig = (await organiser.get(`/campaigns/${own.body.result.campaignId}`)).body.config;
    expect([ownConfig.publicityWorkingDays, ownConfig.approvalLimit, ownConfig.pipeline.template]).toEqual([0, 3, 'honours']);

    const unknown = await organiser.command('POST', '/campaigns', { template: 'no-such', ...named });
    expect([unknown.status, unknown.body.errors.map((e: { field: string }) => e.field)]).toEqual([400, ['template']]);
    const bare = await organiser.command('POST', '/campaigns', named);
    expect(bare.status).toBe(400);
    expect(bare.body.errors.map((e: { field: string }) => e.field)).toContain('positions');
  });

  it('moves every date to the day the copy’s candidacy opens, keeping the time of day', async () => {
    const opensOn = new Date(Date.parse(sourceTimeline.candidacyOpensAt) + 100 * DAY).toISOString().slice(0, 10);
    const copied = await organiser.command('POST', `/campaigns/${sourceId}/clone`, { title: '下一届', candidacyOpensOn: opensOn });
    expect(copied.status).toBe(200);
    const copy = (await organiser.get(`/campaigns/${copied.body.result.campaignId}`)).body;
    for (const key of TIMELINE_KEYS) expect(Date.parse(copy.config.timeline[key]) - Date.parse(sourceTimeline[key])).toBe(100 * DAY);
    const both = await organiser.command('POST', `/campaigns/${sourceId}/clone`, { shiftDays: 1, candidacyOpensOn: opensOn });
    expect(both.status).toBe(400);
  });

  it('refuses to copy a campaign of an organisation she does not organise', async () => {
    const source = (await organiser.get(`/campaigns/${sourceId}`)).body;
    // An organisation below hers, with its own organiser: she runs its campaigns, not those of the one above.
    const made = await organiser.request('POST', '/organisations', { parentId: source.organisationId, name: '外区妇联', level: 'city' });
    expect(made).toMatchObject({ status: 201 });
    expect(
      (await organiser.request('POST', `/organisations/${made.body.organisationId}/organisers`, { personId: 'organiser-elsewhere', name: '外区主任' })).status,
    ).toBe(201);
    const outsider = await ApiClient.login(stack.baseUrl, ['organiser'], 'organiser-elsewhere', '外区主任');
    const refused = await outsider.command('POST', `/campaigns/${sourceId}/clone`, { shiftDays: 30 });
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('campaign.outside-your-organisations');
  });

  it('copies configuration only, shifted, and the copy runs the demo flow to a certified result that verifies', async () => {
    const copied = await organiser.command('POST', `/campaigns/${sourceId}/clone`, { title: '区妇联兼职副主席、兼职常委公开选配（下一届）', shiftDays: 30 });
    expect(copied.status).toBe(200);
    const copyId: string = copied.body.result.campaignId;
    const source = (await organiser.get(`/campaigns/${sourceId}`)).body;
    const copy = (await organiser.get(`/campaigns/${copyId}`)).body;

    expect(copy.stage).toBe('draft');
    expect(copy.origin).toEqual({ clonedFrom: sourceId });
    const { title: _t, timeline: sourceDates, ...sourceRules } = source.config;
    const { title, timeline: copyDates, ...copyRules } = copy.config;
    expect(title).toBe('区妇联兼职副主席、兼职常委公开选配（下一届）');
    expect(copyRules).toEqual(sourceRules); // positions, rubric, weights, quotas, jury mode, margin, …
    expect(copyRules.positions).toEqual(demoCampaignBody().positions);
    for (const key of TIMELINE_KEYS) expect(Date.parse(copyDates[key]) - Date.parse(sourceDates[key])).toBe(30 * DAY);

    // Nothing of the source's people: no candidacies, and the copy's only event names none of them.
    expect((await organiser.get(`/campaigns/${copyId}/candidacies`)).body).toEqual([]);
    const events = (await organiser.get(`/campaigns/${copyId}/events`)).body as { type: string }[];
    expect(events.map((e) => e.type)).toEqual(['CampaignCreated']);
    const text = JSON.stringify(events);
    for (const c of demoCandidates().slice(0, 2)) expect(text).not.toContain(c.name);
    expect((await organiser.get(`/campaigns/${sourceId}/candidacies`)).body).toHaveLength(2);

    await publishedDemoCampaign(stack.baseUrl, 'copy', undefined, undefined, copyId);
    const certified = await organiser.command('POST', `/campaigns/${copyId}/results/certify`);
    expect(certified.status).toBe(200);
    expect((await organiser.get(`/campaigns/${copyId}`)).body.stage).toBe('certified');

    const ds = new DataSource({ type: 'postgres', url: stack.database.url });
    await ds.initialize();
    try {
      const log = await exportCampaignLog(ds.manager, copyId);
      const report = verifyCampaignLog(JSON.parse(JSON.stringify(log)));
      expect(report.problems).toEqual([]);
      expect(report.ok).toBe(true);
    } finally {
      await ds.destroy();
    }
  }, 300_000);
});
