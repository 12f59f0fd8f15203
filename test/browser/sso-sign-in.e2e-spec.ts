import { type ChildProcess, spawn } from 'node:child_process';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { freePort } from '@app/testing';
import { newPerson, screenshot, seriousA11yViolations } from './browser-harness';
import { browserSuite } from './browser-suite';

/** Single sign-on in Chromium: the sign-in page's button, the real provider's pages, and back signed in. */
describe('single sign-on in Chromium', () => {
  let provider: ChildProcess;
  let baseUrl: string;
  let page: Page;

  /** Starts the provider; the stack is configured to use it. */
  const startProvider = async (): Promise<Record<string, string>> => {
    // The provider sends the browser back to PUBLIC_URL, so the api's port is chosen here, before it starts.
    const apiPort = await freePort();
    baseUrl = `http://127.0.0.1:${apiPort}`;
    const providerPort = await freePort();
    provider = spawn(process.execPath, [path.join(__dirname, '../oidc/oidc-provider.mjs'), String(providerPort), `${baseUrl}/auth/oidc/callback`], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const issuer = await new Promise<string>((resolve, reject) => {
      provider.stdout!.on('data', (chunk: Buffer) => {
        const ready = /ready (\S+)/.exec(chunk.toString());
        if (ready) resolve(ready[1]);
      });
      provider.on('exit', (code) => reject(new Error(`the OIDC provider stopped (${code})`)));
    });
    return {
      PORT: String(apiPort),
      PUBLIC_URL: baseUrl,
      OIDC_ISSUER: issuer,
      OIDC_CLIENT_ID: 'open-selection',
      OIDC_CLIENT_SECRET: 'open-selection-test-client-secret',
      OIDC_LABEL: '省妇联统一身份认证',
    };
  };
  const suite = browserSuite('browser-sso', { env: startProvider });

  beforeAll(async () => {
    page = (await newPerson(suite.browser, suite.pageErrors)).page;
  });

  afterAll(() => {
    provider?.kill('SIGTERM');
  });

  it('signs in through the provider and lands on her candidacies as a candidate, the code gone from the address', async () => {
    await page.goto(`${baseUrl}/app/login`);
    const button = page.getByRole('link', { name: '使用省妇联统一身份认证登录' });
    await button.waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, '48-sso-sign-in');

    await button.click();
    await page.fill('#login', 'idp-zhou');
    await page.getByRole('button', { name: '登录' }).click();
    await page.waitForURL('**/app/candidate');
    expect(page.url()).not.toContain('ssoCode');
    const session = JSON.parse((await page.evaluate(`localStorage.getItem('open-selection.session')`)) as string);
    expect(session).toMatchObject({ name: '周晓雯', roles: ['candidate'], refreshToken: expect.any(String) });
  });

  it('says in words why she was not signed in when she refuses at the provider', async () => {
    // Another browser: this one holds the provider's session from the first sign-in, so it would ask nothing.
    page = (await newPerson(suite.browser, suite.pageErrors)).page;
    await page.goto(`${baseUrl}/app/login`);
    await page.getByRole('link', { name: '使用省妇联统一身份认证登录' }).click();
    await page.getByRole('button', { name: '拒绝' }).click();
    await page.waitForURL('**/app/login?ssoError=sso.access-denied');
    await page.getByRole('alert').filter({ hasText: '统一身份认证未让您登录（已拒绝或取消）' }).waitFor();
    await screenshot(page, '49-sso-refused');
  });
});
