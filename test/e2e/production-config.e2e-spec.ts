import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import * as path from 'node:path';
import { ApiClient, type Stack, startStack } from '@app/testing';

const ROOT = path.resolve(__dirname, '../..');
const CONSENT = 'i-understand-anyone-can-sign-in-as-anyone';
const newSecret = () => randomBytes(32).toString('hex');

/** Starts one of our processes from dist/ as production would, and waits for it to exit (or gives up). */
function runUntilExit(app: 'api' | 'worker', env: Record<string, string>, timeoutMs = 20_000): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-r', path.join(ROOT, 'scripts/register-paths.js'), path.join(ROOT, `dist/apps/${app}/src/main.js`)], {
      cwd: ROOT,
      env: { ...process.env, MIGRATE_ON_START: 'false', DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/os_test_never_created', PORT: '0', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${app} was still running after ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

/** Production refuses to start on settings that would make it unsafe, and says which and why. */
describe('production configuration', () => {
  const noSecrets = { NODE_ENV: 'production', JWT_SECRET: '', JURY_SECRET: '', DELEGATE_CODE_SECRET: '' };

  it.each(['api', 'worker'] as const)('the %s exits non-zero without its secrets, naming each one', async (app) => {
    const { code, output } = await runUntilExit(app, noSecrets);
    expect(code).not.toBe(0);
    for (const name of ['JWT_SECRET', 'JURY_SECRET', 'DELEGATE_CODE_SECRET']) expect(output).toContain(`${name} must be set in production`);
  });

  it('the api exits non-zero when two secrets are the same, without printing the secret', async () => {
    const shared = newSecret();
    const { code, output } = await runUntilExit('api', { NODE_ENV: 'production', JWT_SECRET: shared, JURY_SECRET: shared, DELEGATE_CODE_SECRET: newSecret() });
    expect(code).not.toBe(0);
    expect(output).toContain('JWT_SECRET and JURY_SECRET must differ');
    expect(output).not.toContain(shared);
  });

  it('the api exits non-zero with the development login on and no written consent', async () => {
    const { code, output } = await runUntilExit('api', {
      NODE_ENV: 'production',
      JWT_SECRET: newSecret(),
      JURY_SECRET: newSecret(),
      DELEGATE_CODE_SECRET: newSecret(),
      AUTH_DEV_LOGIN: 'true',
    });
    expect(code).not.toBe(0);
    expect(output).toContain(`AUTH_DEV_LOGIN=true is refused in production`);
    expect(output).toContain(`AUTH_DEV_LOGIN_IN_PRODUCTION=${CONSENT}`);
  });

  describe('with the written consent to the development login', () => {
    let stack: Stack;

    beforeAll(async () => {
      stack = await startStack('prodconfig', {
        NODE_ENV: 'production',
        JWT_SECRET: newSecret(),
        JURY_SECRET: newSecret(),
        DELEGATE_CODE_SECRET: newSecret(),
        AUTH_DEV_LOGIN: 'true',
        AUTH_DEV_LOGIN_IN_PRODUCTION: CONSENT,
      });
    });

    afterAll(() => stack?.stop());

    it('starts, and says loudly that anyone can sign in as anyone', async () => {
      expect(stack.api.log).toContain('WARNING: the development login is ON in production');
      const organiser = await ApiClient.login(stack.baseUrl, ['organiser'], 'organiser-prodconfig');
      expect((await organiser.get('/campaigns')).status).toBe(200);
    });
  });
});
