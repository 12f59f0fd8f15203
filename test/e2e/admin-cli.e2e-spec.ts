import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ApiClient, campaignBody, type Stack, startStack } from '@app/testing';

const run = promisify(execFile);
const ROOT = join(__dirname, '..', '..');

/** `npm run admin -- …` against a real database: the administrator sets up an organisation and its organiser. */
describe('admin command line: organisations', () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack('admin_cli');
  });

  afterAll(() => stack?.stop());

  async function admin(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
    try {
      const { stdout, stderr } = await run('node', ['-r', './scripts/register-paths.js', 'dist/apps/admin/src/main.js', ...args], {
        cwd: ROOT,
        env: { ...process.env, DATABASE_URL: stack.database.url, LOG_LEVEL: 'warn' },
      });
      return { code: 0, stdout, stderr };
    } catch (err) {
      const e = err as { code: number; stdout: string; stderr: string };
      return { code: e.code, stdout: e.stdout, stderr: e.stderr };
    }
  }

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
});
