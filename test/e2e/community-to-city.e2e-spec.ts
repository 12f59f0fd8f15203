import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApiClient, candidacyBody, openQuickCampaign, runQuickCampaignToCertified, type Stack, startStack, submitQuickCandidacies } from '@app/testing';

const ok = (what: string, res: { status: number; body: any }) => {
  if (res.status !== 200 && res.status !== 201) throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
};
const node = (stack: Stack, script: string, args: string[]) =>
  execFileSync('node', ['-r', './scripts/register-paths.js', script, ...args], {
    env: { ...process.env, DATABASE_URL: stack.database.url },
    encoding: 'utf8',
    stdio: 'pipe',
  });
const exportLog = (stack: Stack, dir: string, campaignId: string) => {
  const file = join(dir, `${campaignId}.json`);
  node(stack, 'dist/libs/database/src/cli/export-campaign.js', [campaignId, file]);
  return file;
};
const verify = (stack: Stack, parent: string, children: string[]): { code: number; out: string } => {
  try {
    return { code: 0, out: node(stack, 'dist/apps/verifier/src/main.js', [parent, '--child', ...children]) };
  } catch (err) {
    const e = err as { status: number; stdout: string };
    return { code: e.status, out: e.stdout };
  }
};

/** An organisation below `parentId`, with one organiser signed in. */
const organisation = async (stack: Stack, as: ApiClient, parentId: string, name: string, level: string, organiserId: string) => {
  const id: string = ok(`create ${name}`, await as.request('POST', '/organisations', { parentId, name, level })).organisationId;
  ok(`staff ${name}`, await as.request('POST', `/organisations/${id}/organisers`, { personId: organiserId, name: `${name}主任` }));
  return { id, organiser: await ApiClient.login(stack.baseUrl, ['organiser'], organiserId, `${name}主任`) };
};

/** The development root organisation every test organisation hangs below. */
const ROOT_ORGANISATION = '00000000-0000-4000-8000-00000000d001';

/**
 * Community rounds feeding a city round (issue 16, part B), and nomination channels (part D), through the real api
 * and worker: three district campaigns under one city organisation run to certified; the city campaign adopts
 * their finalists, runs to certified itself, and the verifier checks the city's exported log with the three
 * district logs (and finds a tampered one).
 *
 *   开发用根组织 → 某市妇联 (city) → 东区 / 西区 / 南区妇联 (districts); 邻市妇联 (another city)
 */
describe('community rounds feeding a city round', () => {
  let stack: Stack;
  let city: ApiClient;
  let cityCampaign: string;
  const districtCampaigns: { id: string; title: string; elected: string[] }[] = [];
  let neighbourCampaign: string;
  /** A district campaign still taking candidacies: not certified. */
  let openDistrictCampaign: string;
  const dir = mkdtempSync(join(tmpdir(), 'hand-over-'));

  beforeAll(async () => {
    stack = await startStack('community_to_city');
    const root = await ApiClient.login(stack.baseUrl, ['organiser'], 'hand-over-root', '省妇联');
    const cityOrg = await organisation(stack, root, ROOT_ORGANISATION, '某市妇联', 'city', 'hand-over-city');
    city = cityOrg.organiser;
    const neighbour = await organisation(stack, root, ROOT_ORGANISATION, '邻市妇联', 'city', 'hand-over-neighbour');
    for (const [i, name] of ['东区妇联', '西区妇联', '南区妇联'].entries()) {
      const district = await organisation(stack, city, cityOrg.id, name, 'district', `hand-over-district-${i}`);
      const title = `${name}最美家庭评选`;
      const id = await openQuickCampaign(district.organiser, { title, seats: i === 0 ? 2 : 1 });
      await submitQuickCandidacies(
        stack.baseUrl,
        id,
        Array.from({ length: 3 + (i % 2) }, (_, k) => ({ userId: `family-${i}-${k}`, name: `${name.slice(0, 2)}家庭${k + 1}` })),
      );
      districtCampaigns.push({ id, title, elected: await runQuickCampaignToCertified(district.organiser, id) });
      if (i === 0) openDistrictCampaign = await openQuickCampaign(district.organiser, { title: `${name}第二轮评选`, seats: 1 });
    }
    neighbourCampaign = await openQuickCampaign(neighbour.organiser, { title: '邻市评选', seats: 1 });
    await submitQuickCandidacies(stack.baseUrl, neighbourCampaign, [
      { userId: 'neighbour-1', name: '邻市家庭1' },
      { userId: 'neighbour-2', name: '邻市家庭2' },
    ]);
    await runQuickCampaignToCertified(neighbour.organiser, neighbourCampaign);
    cityCampaign = await openQuickCampaign(city, { title: '某市最美家庭评选', seats: 2 });
  }, 600_000);

  afterAll(() => stack?.stop());

  it('lists the certified campaigns of the organisations below, not those beside', async () => {
    const listed = ok('child campaigns', await city.get(`/campaigns/${cityCampaign}/child-campaigns`));
    expect(listed.map((c: any) => [c.title, c.finalists, c.adopted]).sort()).toEqual(districtCampaigns.map((d) => [d.title, d.elected.length, false]).sort());
    expect(districtCampaigns.map((d) => d.elected.length)).toEqual([2, 1, 1]);
  });

  it('refuses a campaign beside the city and a child not certified, changing nothing', async () => {
    const beside = await city.command('POST', `/campaigns/${cityCampaign}/child-campaigns`, { childCampaignIds: [neighbourCampaign] });
    expect([beside.status, beside.body.code, beside.body.field]).toEqual([409, 'hand-over.child-not-below', 'childCampaignIds']);
    const notCertified = await city.command('POST', `/campaigns/${cityCampaign}/child-campaigns`, { childCampaignIds: [openDistrictCampaign] });
    expect([notCertified.status, notCertified.body.code]).toEqual([409, 'hand-over.child-not-certified']);
    const own = await openQuickCampaign(city, { title: '市本级另一评选', seats: 1 });
    const refused = await city.command('POST', `/campaigns/${cityCampaign}/child-campaigns`, { childCampaignIds: [own] });
    expect(refused.body.code).toBe('hand-over.child-not-below'); // the city's own campaign is not below it
    // One refused child refuses the whole command: nothing is half-adopted.
    const mixed = await city.command('POST', `/campaigns/${cityCampaign}/child-campaigns`, {
      childCampaignIds: [districtCampaigns[0].id, openDistrictCampaign],
    });
    expect(mixed.body.code).toBe('hand-over.child-not-certified');
    const bad = await city.command('POST', `/campaigns/${cityCampaign}/child-campaigns`, { childCampaignIds: ['nope'] });
    expect([bad.status, bad.body.errors?.[0]?.field]).toEqual([400, 'childCampaignIds']);
    expect((await city.get(`/campaigns/${cityCampaign}/candidacies`)).body).toEqual([]);
  });

  it('adopts every finalist of every child once, with her details and the child it came from', async () => {
    const adopted = ok(
      'adopt',
      await city.command('POST', `/campaigns/${cityCampaign}/child-campaigns`, { childCampaignIds: districtCampaigns.map((d) => d.id) }),
    );
    expect(adopted.result.adopted.map((a: any) => a.candidacies)).toEqual([2, 1, 1]);
    const candidacies: any[] = ok('city candidacies', await city.get(`/campaigns/${cityCampaign}/candidacies`));
    expect(candidacies).toHaveLength(4);
    const fromChild = candidacies.map((c) => [c.nomination.childCampaignId, c.nomination.channel]);
    for (const d of districtCampaigns) expect(fromChild.filter(([id]) => id === d.id)).toHaveLength(d.elected.length);
    expect(candidacies.map((c) => c.nomination.childCampaignTitle).sort()).toEqual(districtCampaigns.flatMap((d) => d.elected.map(() => d.title)).sort());
    // The city's organiser does not act on the districts' campaigns: their finalists' names are read from the database.
    const elected = districtCampaigns.flatMap((d) => d.elected);
    const childNames = (await stack.pool.query(`SELECT name FROM candidacies WHERE id = ANY($1::uuid[])`, [elected])).rows.map((r) => r.name);
    expect(candidacies.map((c) => c.name).sort()).toEqual(childNames.sort());
    expect(candidacies.every((c) => c.status === 'submitted')).toBe(true);

    const twice = await city.command('POST', `/campaigns/${cityCampaign}/child-campaigns`, { childCampaignIds: [districtCampaigns[0].id] });
    expect([twice.status, twice.body.code]).toEqual([409, 'hand-over.already-adopted']);
    expect((await city.get(`/campaigns/${cityCampaign}/child-campaigns`)).body.every((c: any) => c.adopted)).toBe(true);
  });

  it('runs the city round to certified, and the verifier checks its log with the three district logs', async () => {
    const elected = await runQuickCampaignToCertified(city, cityCampaign, 'city-inspector');
    expect(elected).toHaveLength(2);
    const published = (await city.anonymous().get(`/public/campaigns/${cityCampaign}/results`)).body;
    expect(published.lines.map((l: any) => l.nomination)).toEqual(published.lines.map(() => 'child-campaign'));

    const parentFile = exportLog(stack, dir, cityCampaign);
    const childFiles = districtCampaigns.map((d) => exportLog(stack, dir, d.id));
    const verified = verify(stack, parentFile, childFiles);
    expect(verified.out).toContain('3 adoption(s) of child finalists match the child logs');
    expect(verified.code).toBe(0);

    // A district log whose published result names someone else no longer matches what the city adopted.
    const tampered = JSON.parse(readFileSync(childFiles[1], 'utf8'));
    const publishedEvent = tampered.events.find((e: any) => e.type === 'ResultsPublished');
    publishedEvent.payload.elected[0].candidacyIds = ['00000000-0000-4000-8000-000000000000'];
    writeFileSync(childFiles[1], JSON.stringify(tampered));
    const refused = verify(stack, parentFile, childFiles);
    expect(refused.code).toBe(1);
    expect(refused.out).toMatch(/ChildFinalistsAdopted: adopted .* but the child's certified finalists are/);
    expect(verify(stack, parentFile, childFiles.slice(0, 2)).out).toContain('was not given');
  });
});

/**
 * The real case (55 community rounds → ~200 families → a city selection), small: three honours community
 * campaigns under three communities of a district each award two tiers; the city's honours campaign adopts everyone
 * they awarded, awards its own two tiers, certifies, and its log verifies with the three community logs.
 *
 *   开发用根组织 → 某市妇联 (city) → 某区妇联 (district) → 东苑 / 西苑 / 南苑社区妇联 (communities)
 */
describe('honours community rounds feeding a city honours round', () => {
  let stack: Stack;
  let city: ApiClient;
  let cityCampaign: string;
  const communityTiers = [
    { key: 'winner', title: '最美家庭', size: 1 },
    { key: 'nominee', title: '提名奖', size: 2 },
  ];
  const cityTiers = [
    { key: 'winner', title: '十佳家庭', size: 2 },
    { key: 'nominee', title: '提名奖', size: 3 },
  ];
  /** Each community campaign with what it awarded, tier by tier. */
  const communities: { id: string; organiser: ApiClient; awarded: string[]; tiers: string[][] }[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'honours-hand-over-'));

  const tiersOf = async (organiser: ApiClient, campaignId: string): Promise<string[][]> =>
    ok('results', await organiser.get(`/campaigns/${campaignId}/results`)).awards.tiers.map((t: any) => t.members.map((m: any) => m.candidacyId));

  beforeAll(async () => {
    stack = await startStack('honours_community_to_city');
    const root = await ApiClient.login(stack.baseUrl, ['organiser'], 'honours-root', '省妇联');
    const cityOrg = await organisation(stack, root, ROOT_ORGANISATION, '某市妇联', 'city', 'honours-city');
    city = cityOrg.organiser;
    const district = await organisation(stack, city, cityOrg.id, '某区妇联', 'district', 'honours-district');
    for (const [i, name] of ['东苑社区妇联', '西苑社区妇联', '南苑社区妇联'].entries()) {
      const community = await organisation(stack, district.organiser, district.id, name, 'community', `honours-community-${i}`);
      const id = await openQuickCampaign(community.organiser, { title: `${name}最美家庭评选`, awardTiers: communityTiers });
      await submitQuickCandidacies(
        stack.baseUrl,
        id,
        Array.from({ length: 4 }, (_, k) => ({ userId: `honours-family-${i}-${k}`, name: `${name.slice(0, 2)}家庭${k + 1}` })),
      );
      const awarded = await runQuickCampaignToCertified(community.organiser, id, `honours-inspector-${i}`);
      communities.push({ id, organiser: community.organiser, awarded, tiers: await tiersOf(community.organiser, id) });
    }
    cityCampaign = await openQuickCampaign(city, { title: '某市十佳家庭评选', awardTiers: cityTiers });
  }, 600_000);

  afterAll(() => stack?.stop());

  it('certifies each community round with its two tiers', async () => {
    expect(communities.map((c) => c.tiers.map((t) => t.length))).toEqual([
      [1, 2],
      [1, 2],
      [1, 2],
    ]);
    for (const c of communities) expect([...c.awarded].sort()).toEqual(c.tiers.flat().sort());
    const listed = ok('child campaigns', await city.get(`/campaigns/${cityCampaign}/child-campaigns`));
    expect(listed.map((c: any) => [c.campaignId, c.finalists]).sort()).toEqual(communities.map((c) => [c.id, 3]).sort());
  });

  it('adopts exactly everyone the communities awarded, in both tiers', async () => {
    const adopted = ok('adopt', await city.command('POST', `/campaigns/${cityCampaign}/child-campaigns`, { childCampaignIds: communities.map((c) => c.id) }));
    expect(adopted.result.adopted.map((a: any) => a.candidacies)).toEqual([3, 3, 3]);
    const recorded = (
      await stack.pool.query(`SELECT payload FROM events WHERE campaign_id = $1 AND type = 'ChildFinalistsAdopted' ORDER BY seq`, [cityCampaign])
    ).rows.map((r) => r.payload);
    const adoptedFrom = recorded.flatMap((p) => p.candidacies.map((c: any) => `${p.childCampaignId}/${c.childCandidacyId}`)).sort();
    const awardedByCommunities = communities.flatMap((c) => c.tiers.flat().map((id) => `${c.id}/${id}`)).sort();
    expect(adoptedFrom).toEqual(awardedByCommunities);
    const candidacies: any[] = ok('city candidacies', await city.get(`/campaigns/${cityCampaign}/candidacies`));
    expect(candidacies).toHaveLength(9);
    expect(candidacies.every((c) => c.nomination.channel === 'child-campaign' && c.status === 'submitted')).toBe(true);
    const childNames = (await stack.pool.query(`SELECT name FROM candidacies WHERE id = ANY($1::uuid[])`, [communities.flatMap((c) => c.awarded)])).rows.map(
      (r) => r.name,
    );
    expect(candidacies.map((c) => c.name).sort()).toEqual(childNames.sort());
  });

  it('awards the city’s own two tiers, certifies, and the verifier checks its log with the three community logs', async () => {
    const awarded = await runQuickCampaignToCertified(city, cityCampaign, 'honours-city-inspector');
    const tiers = await tiersOf(city, cityCampaign);
    expect(tiers.map((t) => t.length)).toEqual([2, 3]);
    expect([...awarded].sort()).toEqual(tiers.flat().sort());
    expect((await city.get(`/campaigns/${cityCampaign}`)).body.stage).toBe('certified');
    const published = (await city.anonymous().get(`/public/campaigns/${cityCampaign}/results`)).body;
    expect(published.awards.tiers.map((t: any) => [t.title, t.members.length])).toEqual([
      ['十佳家庭', 2],
      ['提名奖', 3],
    ]);

    const verified = verify(
      stack,
      exportLog(stack, dir, cityCampaign),
      communities.map((c) => exportLog(stack, dir, c.id)),
    );
    expect(verified.out).toContain('3 adoption(s) of child finalists match the child logs');
    expect(verified.code).toBe(0);
  });
});

describe('nomination channels', () => {
  let stack: Stack;
  let organiser: ApiClient;
  let campaignId: string;

  beforeAll(async () => {
    stack = await startStack('nomination_channels');
    organiser = await ApiClient.login(stack.baseUrl, ['organiser'], 'nomination-organiser');
    campaignId = await openQuickCampaign(organiser, { title: '推荐渠道测试', seats: 1, config: { nomination: { jointNominatorsMinimum: 3 } } });
  }, 120_000);

  afterAll(() => stack?.stop());

  const submit = async (userId: string, name: string, nomination?: object) => {
    const candidate = await ApiClient.login(stack.baseUrl, ['candidate'], userId, name);
    return candidate.command('POST', `/campaigns/${campaignId}/candidacies`, { ...candidacyBody(name), ...(nomination ? { nomination } : {}) });
  };

  it('refuses a joint nomination below the campaign’s minimum, naming the field, and a recommendation without a body', async () => {
    const few = await submit('joint-few', '联名不足', { channel: 'joint', nominators: ['赵秀英', '钱桂兰', ' 赵秀英 '] });
    expect([few.status, few.body.code, few.body.field, few.body.params]).toEqual([
      422,
      'nomination.too-few-nominators',
      'nomination.nominators',
      { minimum: 3, given: 2 },
    ]);
    const bodiless = await submit('org-none', '无推荐单位', { channel: 'organisation' });
    expect([bodiless.status, bodiless.body.code, bodiless.body.field]).toEqual([422, 'nomination.body-required', 'nomination.nominatingBody']);
    const unknown = await submit('petition', '请愿', { channel: 'petition' });
    expect([unknown.status, unknown.body.errors?.[0]?.field]).toEqual([400, 'nomination.channel']);
    expect((await organiser.get(`/campaigns/${campaignId}/candidacies`)).body).toEqual([]);
  });

  it('records and shows the channel; nominators’ names are seen by the organiser and the candidate, never by the public or in clear in the log', async () => {
    const recommended = (await submit('org-rec', '组织推荐人', { channel: 'organisation', nominatingBody: '某街道妇联' })).body.result.candidacyId;
    const joint = (await submit('joint-ok', '联名推荐人', { channel: 'joint', nominators: ['赵秀英', '钱桂兰', '孙玉梅'] })).body.result.candidacyId;
    const self = (await submit('self-app', '自荐人')).body.result.candidacyId;

    const all = (await organiser.get(`/campaigns/${campaignId}/candidacies`)).body;
    const byId = new Map(all.map((c: any) => [c.id, c.nomination]));
    expect(byId.get(recommended)).toMatchObject({ channel: 'organisation', nominatingBody: '某街道妇联', nominators: [] });
    expect(byId.get(joint)).toMatchObject({ channel: 'joint', nominators: ['赵秀英', '钱桂兰', '孙玉梅'] });
    expect(byId.get(self)).toMatchObject({ channel: 'self' });
    const herOwn = await ApiClient.login(stack.baseUrl, ['candidate'], 'joint-ok', '联名推荐人');
    expect((await herOwn.get(`/candidacies/${joint}`)).body.nomination.nominators).toEqual(['赵秀英', '钱桂兰', '孙玉梅']);

    const events = (await stack.pool.query(`SELECT payload::text AS p FROM events WHERE campaign_id = $1 AND type = 'CandidacySubmitted'`, [campaignId])).rows;
    expect(events).toHaveLength(3);
    expect(events.map((r) => r.p).join()).not.toMatch(/赵秀英|钱桂兰|孙玉梅/);
    expect(events.map((r) => r.p).join()).toContain('某街道妇联');

    const elected = await runQuickCampaignToCertified(organiser, campaignId);
    expect(elected).toHaveLength(1);
    const published = (await organiser.anonymous().get(`/public/campaigns/${campaignId}/results`)).body;
    expect(published.lines.map((l: any) => l.nomination).sort()).toEqual(['joint', 'organisation', 'self']);
    expect(JSON.stringify(published)).not.toMatch(/赵秀英|钱桂兰|孙玉梅/);
  });
});
