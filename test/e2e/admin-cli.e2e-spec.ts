import { ApiClient, campaignBody, runAdmin, type Stack, startStack } from '@app/testing';

/** `npm run admin -- …` against a real database: the administrator sets up an organisation and its organiser. */
describe('admin command line: organisations', () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack('admin_cli');
  });

  afterAll(() => stack?.stop());

  const admin = (...args: string[]) => runAdmin(stack, args);

  it('creates a top organisation and a district below it, adds an organiser, who then runs campaigns there', async () => {
    const province = await admin('create-organisation', '--name', '湖北省妇联', '--level', 'province');
    expect(province.code).toBe(0);
    const provinceId = /created organisation ([0-9a-f-]{36})/.exec(province.stdout)![1];
    const district = await admin('create-organisation', '--name', '某某区妇联', '--level', 'district', '--parent', provinceId);
    expect(district.code).toBe(1);
    expect(district.stderr).toContain('organisation.level-not-below-parent');
    const city = await admin('create-organisation', '--name', '武汉市妇联', '--level', 'city', '--parent', provinceId);
    const cityId = /created organisation ([0-9a-f-]{36})/.exec(city.stdout)![1];

    const added = await admin('add-organiser', '--organisation', cityId, '--person', 'cli-organiser', '--name', '王主任');
    expect(added.code).toBe(0);
    const organiser = await ApiClient.login(stack.baseUrl, ['organiser'], 'cli-organiser');
    const created = await organiser.command('POST', '/campaigns', campaignBody());
    expect(created.status).toBe(200);
    expect((await organiser.get(`/campaigns/${created.body.result.campaignId}`)).body.organisationId).toBe(cityId);
    expect((await organiser.get('/organisations')).body.map((o: any) => o.name)).toEqual(['武汉市妇联']);
  });

  it('says how to call it when a flag is missing or unknown, and changes nothing', async () => {
    const before = (await stack.pool.query('SELECT count(*) FROM organisations')).rows[0].count;
    const missing = await admin('create-organisation', '--level', 'city');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--name is required');
    expect((await admin('add-organiser', '--organisation', 'x', '--person', 'y', '--bogus')).code).toBe(2);
    expect((await admin('no-such-command')).code).toBe(2);
    expect((await stack.pool.query('SELECT count(*) FROM organisations')).rows[0].count).toBe(before);
  });

  it('sets up a fresh install in one command: the top organisation and its first organiser, who signs in and runs a campaign there', async () => {
    const password = '春风十里不如你-2026';
    const init = await runAdmin(
      stack,
      ['init', '--organisation', '广东省妇联', '--level', 'province', '--name', '陈主任', '--email', 'Chen@example.org', '--password-stdin'],
      `${password}\n`,
    );
    expect(init.code).toBe(0);
    const organisationId = /created organisation ([0-9a-f-]{36})/.exec(init.stdout)![1];
    const signedIn = await new ApiClient(stack.baseUrl).request('POST', '/auth/sign-in', { login: 'chen@example.org', password });
    expect(signedIn.status).toBe(200);
    const chen = new ApiClient(stack.baseUrl, signedIn.body.accessToken);
    const created = await chen.command('POST', '/campaigns', campaignBody());
    expect(created.status).toBe(200);
    expect((await chen.get(`/campaigns/${created.body.result.campaignId}`)).body.organisationId).toBe(organisationId);
    expect((await chen.get('/organisations')).body.map((o: any) => o.name)).toEqual(['广东省妇联']);

    // The same address twice creates nobody and no organisation.
    const organisations = (await stack.pool.query('SELECT count(*)::int AS n FROM organisations')).rows[0].n;
    const again = await runAdmin(
      stack,
      ['init', '--organisation', '广东省妇联', '--level', 'province', '--name', '陈主任', '--email', 'chen@example.org', '--password-stdin'],
      `${password}\n`,
    );
    expect(again.code).toBe(2);
    expect((await stack.pool.query('SELECT count(*)::int AS n FROM organisations')).rows[0].n).toBe(organisations);
  });
});
