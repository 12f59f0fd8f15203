import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApiClient, ballotToken, campaignBody, candidacyBody, importJurors, pdfText, type Stack, startStack } from '@app/testing';
import { parse } from 'csv-parse/sync';
import type { CampaignLog } from '@app/domain';
import { drained } from './jury-helpers';
import { HONOURS_NOMINEES } from '../fixtures/honours-campaign-fixtures';

const NOMINEES = HONOURS_NOMINEES;
const JURORS = 6;

const HONOURS = {
  title: '十佳家庭评选',
  organisingBody: '某市妇女联合会',
  positions: [{ key: 'family', title: '十佳家庭', seats: 5 }],
  weights: { projectReview: '0', panelOpinion: '0', jury: '100' },
  juryMode: 'approval',
  approvalLimit: JURORS,
  competitiveMarginPercent: 0,
  quotas: [],
  publicityWorkingDays: 0,
  pipeline: {
    template: 'honours',
    skippedStages: ['project-review', 'panel-opinion'],
    awardTiers: [
      { key: 'winner', title: '十佳家庭', size: 2 },
      { key: 'nominee', title: '提名奖', size: 3 },
    ],
    publication: 'unranked',
  },
};

const byName = new Intl.Collator('zh-CN');

/**
 * An honours campaign (十佳家庭: nomination, public vote by approval, inspection, two award tiers published in no
 * particular order), with expert review left out, through the real API from draft to a certified list whose
 * exported log verifies; and an open selection's stages, unchanged beside it.
 */
describe('honours campaign: nomination → public vote → inspection → award tiers → publicity → certified', () => {
  let stack: Stack;
  let organiser: ApiClient;
  let inspector: ApiClient;
  let campaignId: string;
  const ids = new Map<string, string>();
  const nameOf = (id: string) => [...ids].find(([, v]) => v === id)?.[0];
  const ok = (step: string, res: { status: number; body: any }) => {
    if (res.status !== 200 && res.status !== 202) throw new Error(`${step} failed (${res.status}): ${JSON.stringify(res.body)}`);
    return res.body;
  };
  const campaign = async () => (await organiser.get(`/campaigns/${campaignId}`)).body;
  const stage = (to: string) => organiser.command('POST', `/campaigns/${campaignId}/stage`, { to });

  beforeAll(async () => {
    stack = await startStack('honours');
    organiser = await ApiClient.login(stack.baseUrl, ['organiser'], 'organiser-honours');
    inspector = await ApiClient.login(stack.baseUrl, ['inspector'], 'inspector-honours');
  });

  afterAll(() => stack?.stop());

  it("leaves an open selection's stages and allows as they were", async () => {
    const stages = (await new ApiClient(stack.baseUrl).get('/stages')).body;
    expect(stages.map((d: any) => d.stage)).toEqual([
      'draft',
      'candidacy-open',
      'qualification-review',
      'project-review',
      'panel-opinion',
      'jury',
      'ranking',
      'inspection',
      'election',
      'publicity',
      'certified',
    ]);
    expect(stages.find((d: any) => d.stage === 'election').allows).toEqual(expect.arrayContaining(['hold-election', 'publish-results']));
    expect(stages.flatMap((d: any) => d.allows)).not.toContain('read-awards');
    const open = ok('create open selection', await organiser.command('POST', '/campaigns', campaignBody())).result.campaignId;
    const view = (await organiser.get(`/campaigns/${open}`)).body;
    expect(view.stages).toEqual(stages);
    expect(view.allows).toEqual(['edit-configuration', 'edit-expert-panel']);
    expect(view.nextStage).toBe('candidacy-open');
  });

  it('refuses a pipeline that leaves out a weighted stage, naming the field', async () => {
    const res = await organiser.command('POST', '/campaigns', { ...HONOURS, weights: { projectReview: '40', panelOpinion: '0', jury: '60' } });
    expect([res.status, res.body.code, res.body.field]).toEqual([422, 'pipeline.skipped-stage-weighted', 'weights.projectReview']);
  });

  it('creates the honours campaign with its own stages: no expert review, award instead of election', async () => {
    campaignId = ok('create honours', await organiser.command('POST', '/campaigns', HONOURS)).result.campaignId;
    const view = await campaign();
    expect(view.stages.map((d: any) => d.stage)).toEqual([
      'draft',
      'candidacy-open',
      'qualification-review',
      'jury',
      'ranking',
      'inspection',
      'award',
      'publicity',
      'certified',
    ]);
    expect(view.stages.find((d: any) => d.stage === 'award').enteredBy.command).toBe('CloseInspection');
    expect(view.stages.find((d: any) => d.stage === 'publicity').enteredBy.command).toBe('PublishResults');
    expect(view.allows).toEqual(['edit-configuration']);
    // Expert review is left out: the domain refuses its work too, not only the screens hiding it.
    const expert = await organiser.command('POST', `/campaigns/${campaignId}/evaluation/experts`, { expertId: 'expert-wang', name: '王教授' });
    expect([expert.status, expert.body.code, expert.body.params]).toEqual([409, 'pipeline.stage-left-out', { stage: 'project-review' }]);
    expect((await new ApiClient(stack.baseUrl).get('/stages?template=honours')).body.map((d: any) => d.stage)).toContain('award');
  });

  it('takes nominations, accepts them and goes from qualification review straight to the public vote', async () => {
    ok(
      'grant inspector',
      await organiser.command('POST', `/campaigns/${campaignId}/grants`, { personId: 'inspector-honours', name: '考察组', role: 'inspector' }),
    );
    ok('open nomination', await organiser.command('POST', `/campaigns/${campaignId}/candidacy/open`));
    for (const [i, [name, unit]] of NOMINEES.entries()) {
      const nominee = await ApiClient.login(stack.baseUrl, ['candidate'], `nominee-${i}`);
      const res = await nominee.command('POST', `/campaigns/${campaignId}/candidacies`, candidacyBody(name, { details: { employer: unit } }));
      ids.set(name, ok(`nominate ${name}`, res).result.candidacyId);
    }
    ok('close nomination', await organiser.command('POST', `/campaigns/${campaignId}/candidacy/close`));
    for (const id of ids.values())
      ok('accept', await organiser.command('POST', `/candidacies/${id}/qualification`, { decision: 'accepted', reason: '事迹属实' }));
    const skipped = await stage('project-review');
    expect([skipped.status, skipped.body.code]).toEqual([409, 'stage.out-of-order']);
    ok('to jury', await stage('jury'));
    expect((await campaign()).allows).toEqual(['register-jurors', 'cast-jury-ballots', 'read-jury-tally']);
  });

  it('counts the public vote by approval and freezes a ranking on it alone', async () => {
    const jurors = await importJurors(organiser, campaignId, JURORS);
    const anyone = new ApiClient(stack.baseUrl);
    for (let j = 0; j < JURORS; j++) {
      const approvals = NOMINEES.filter(([, , n]) => n > j).map(([name]) => ids.get(name)!);
      const token = await ballotToken(stack.baseUrl, jurors[j].code);
      expect((await anyone.request('POST', '/jury/ballots', { approvals }, { 'x-ballot-token': token })).status).toBe(202);
    }
    await drained(organiser, campaignId, JURORS);
    ok('to ranking', await stage('ranking'));
    ok('jury result', await organiser.command('POST', `/campaigns/${campaignId}/jury/result`, {}));
    ok('freeze', await organiser.command('POST', `/campaigns/${campaignId}/ranking/freeze`));
    const shortlist = (await organiser.get(`/campaigns/${campaignId}/shortlist`)).body;
    // 5 places at 0 % margin: 6 on the shortlist (the places and one more).
    expect(shortlist.members.map((m: any) => m.name)).toEqual(['王家', '李家', '张家', '陈家', '赵家', '刘家']);
  });

  it('closes inspection into award and shows the tiers it would publish', async () => {
    for (const name of ['王家', '李家', '张家', '陈家', '赵家', '刘家']) {
      ok(
        'inspect',
        await inspector.command('POST', `/campaigns/${campaignId}/inspections`, { candidacyId: ids.get(name), result: 'pass', findings: '家风良好，邻里认可' }),
      );
    }
    ok('close inspection', await organiser.command('POST', `/campaigns/${campaignId}/inspection/close`));
    const view = await campaign();
    expect(view.stage).toBe('award');
    expect(view.allows).toEqual(expect.arrayContaining(['read-awards', 'publish-results', 'read-results']));
    expect(view.allows).not.toContain('hold-election');
    const bare = await stage('publicity');
    expect([bare.status, bare.body.code]).toEqual([409, 'stage.use-publish-results']);
    const preview = (await organiser.get(`/campaigns/${campaignId}/results`)).body.awards;
    expect(preview).toMatchObject({ publication: 'unranked', published: false });
    expect(preview.tiers.map((t: any) => [t.tierKey, t.members.map((m: any) => m.name)])).toEqual([
      ['winner', ['李家', '王家'].sort(byName.compare)],
      ['nominee', ['张家', '陈家', '赵家'].sort(byName.compare)],
    ]);
  });

  it('publishes the two tiers in no particular order, with each family’s unit, and certifies', async () => {
    ok('publish', await organiser.command('POST', `/campaigns/${campaignId}/results/publish`));
    expect((await campaign()).stage).toBe('publicity');
    const published = (await new ApiClient(stack.baseUrl).get(`/public/campaigns/${campaignId}/results`)).body;
    expect(published.pipeline).toBe('honours');
    expect(published.awards.publication).toBe('unranked');
    expect(published.awards.tiers.map((t: any) => [t.title, t.members.map((m: any) => `${m.name}·${m.unit}`)])).toEqual([
      ['十佳家庭', ['李家·西山社区', '王家·东湖街道'].sort(byName.compare)],
      ['提名奖', ['张家·南湖小区', '陈家·北苑街道', '赵家·光明社区'].sort(byName.compare)],
    ]);
    // In no particular order: the public lines carry no rank and no score to read one from.
    expect(published.lines.every((l: any) => l.rank === null && l.composite === null && l.jury === null)).toBe(true);
    expect(
      published.lines
        .filter((l: any) => l.status === 'awarded')
        .map((l: any) => l.name)
        .sort(),
    ).toEqual(['张家', '李家', '王家', '赵家', '陈家'].sort());
    const row = (await stack.pool.query(`SELECT payload FROM events WHERE campaign_id = $1 AND type = 'ResultsPublished'`, [campaignId])).rows[0].payload;
    expect(row).toMatchObject({ elected: [], publication: 'unranked' });
    // Recorded by candidacy id within each tier: an order that reveals no rank.
    expect(row.awards.map((t: any) => t.candidacyIds)).toEqual([
      [ids.get('王家'), ids.get('李家')].sort(),
      [ids.get('张家'), ids.get('陈家'), ids.get('赵家')].sort(),
    ]);
    const notice = await (await fetch(`${stack.baseUrl}/public/campaigns/${campaignId}/notice`)).text();
    expect(notice).toContain('表彰名单（排名不分先后）');
    expect(notice).toContain('王家（东湖街道）');
    expect(notice).not.toContain('综合成绩排名');
    // The PDF is the notice printed: the tiers with their titles and places, 排名不分先后, no scores.
    const pdf = await fetch(`${stack.baseUrl}/public/campaigns/${campaignId}/notice.pdf`);
    expect(pdf.status).toBe(200);
    const printed = pdfText(Buffer.from(await pdf.arrayBuffer()));
    expect(printed).toContain('表彰名单（排名不分先后）');
    expect(printed).toContain('十佳家庭（2名）');
    expect(printed).toContain('提名奖（3名）');
    expect(printed).toContain('王家（东湖街道）');
    expect(printed).not.toContain('综合成绩');
    // The CSV: a tier column after the (empty) rank, the lines by name.
    const csv = parse((await (await fetch(`${stack.baseUrl}/public/campaigns/${campaignId}/results.csv`)).text()).replace(/^\uFEFF/, '')) as string[][];
    expect(csv[0].slice(0, 3)).toEqual(['排名 rank', '奖项 award tier', '姓名 name']);
    const awardedRows = csv.slice(1).filter((r) => r[1] !== '');
    expect(awardedRows.map((r) => [r[0], r[1], r[2]]).sort()).toEqual(
      [
        ['', '十佳家庭', '王家'],
        ['', '十佳家庭', '李家'],
        ['', '提名奖', '张家'],
        ['', '提名奖', '陈家'],
        ['', '提名奖', '赵家'],
      ].sort(),
    );
    expect(csv.slice(1).map((r) => r[2])).toEqual(published.lines.map((l: any) => l.name));
    expect(csv.slice(1).every((r) => r[0] === '' && r[9] === '')).toBe(true);
    ok('certify', await organiser.command('POST', `/campaigns/${campaignId}/results/certify`, {}));
    expect((await campaign()).stage).toBe('certified');
    expect(row.awards[0].candidacyIds.map(nameOf).sort()).toEqual(['李家', '王家'].sort());
  });

  it('exports a log that verifies, the award tiers recomputed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'honours-'));
    const file = join(dir, 'honours.json');
    const env = { ...process.env, DATABASE_URL: stack.database.url };
    execFileSync('node', ['-r', './scripts/register-paths.js', 'dist/libs/database/src/cli/export-campaign.js', campaignId, file], { env, stdio: 'pipe' });
    const verified = execFileSync('node', ['-r', './scripts/register-paths.js', 'dist/apps/verifier/src/main.js', file], { env, encoding: 'utf8' });
    expect(verified).toContain('✔ verified');
    const log = JSON.parse(readFileSync(file, 'utf8')) as CampaignLog;
    expect(log.events.map((e) => e.type)).toEqual(expect.arrayContaining(['RankingFrozen', 'ShortlistFormed', 'ResultsPublished', 'ResultsCertified']));
  });
});
