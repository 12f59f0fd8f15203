import type { BrowserContext, Page } from 'playwright-core';
import { ApiClient } from '@app/testing';
import { delegateSlipLinks, jurorCodes } from './ballot-fixtures';
import { voteAsDelegate, voteAsJuror } from './ballot-flows';
import { newPerson, signIn } from './browser-harness';
import { browserSuite } from './browser-suite';

/** The headers a browser acts on for security; all of them are compared, so a route missing one shows. */
const SECURITY_HEADERS = [
  'content-security-policy',
  'cross-origin-opener-policy',
  'cross-origin-resource-policy',
  'origin-agent-cluster',
  'referrer-policy',
  'strict-transport-security',
  'x-content-type-options',
  'x-dns-prefetch-control',
  'x-download-options',
  'x-frame-options',
  'x-permitted-cross-domain-policies',
  'x-powered-by',
  'x-xss-protection',
];

/** The nonce is per response by design; everything else must be identical. */
const withoutNonce = (csp: string) => csp.replace(/ 'nonce-[A-Za-z0-9+/=]+'/g, '');

function securityHeaders(res: Response): Record<string, string | null> {
  const headers = Object.fromEntries(SECURITY_HEADERS.map((name) => [name, res.headers.get(name)]));
  if (headers['content-security-policy']) headers['content-security-policy'] = withoutNonce(headers['content-security-policy']);
  return headers;
}

const directive = (csp: string, name: string) =>
  csp
    .split(';')
    .map((d) => d.trim())
    .find((d) => d.startsWith(`${name} `)) ?? '';

/**
 * Item 1 of issue 11: every route family answers with the same security headers (the ballot fast path too), and
 * the Content-Security-Policy allows no inline script or style — antd's injected <style> elements carry a
 * per-response nonce instead. In Chromium, the main screens, both ballot pages and Swagger UI run with no violation.
 */
describe('security headers and a Content-Security-Policy without unsafe-inline', () => {
  const suite = browserSuite('security-headers');
  let organiserApi: ApiClient;

  beforeAll(async () => {
    organiserApi = await ApiClient.login(suite.stack.baseUrl, ['organiser'], 'organiser-csp');
  }, 120_000);

  it('sends one set of security headers on API JSON, the ballot fast path, static assets, index.html and /api/docs', async () => {
    const page = await fetch(`${suite.stack.baseUrl}/app/jury/vote`);
    const html = await page.text();
    const asset = /src="(\/app\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(asset).toBeDefined();
    const families: Record<string, Response> = {
      'api json': await fetch(`${suite.stack.baseUrl}/health`),
      'api json error': await fetch(`${suite.stack.baseUrl}/campaigns`),
      'ballot fast path': await fetch(`${suite.stack.baseUrl}/jury/ballots`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"scores":[]}',
      }),
      'static asset': await fetch(`${suite.stack.baseUrl}${asset}`),
      'index.html': page,
      'api docs': await fetch(`${suite.stack.baseUrl}/api/docs`),
      'api docs json': await fetch(`${suite.stack.baseUrl}/api/docs-json`),
    };
    expect(Object.fromEntries(Object.entries(families).map(([family, res]) => [family, res.status]))).toEqual({
      'api json': 200,
      'api json error': 401,
      'ballot fast path': 401,
      'static asset': 200,
      'index.html': 200,
      'api docs': 200,
      'api docs json': 200,
    });
    const reference = securityHeaders(families['api json']);
    for (const [family, res] of Object.entries(families)) expect({ family, headers: securityHeaders(res) }).toEqual({ family, headers: reference });

    expect(reference['x-powered-by']).toBeNull();
    const csp = reference['content-security-policy']!;
    expect(csp).toBeTruthy();
    expect(directive(csp, 'script-src')).toBe("script-src 'self'");
    expect(directive(csp, 'style-src')).toBe("style-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
  });

  it('gives index.html a fresh nonce per response, in its Content-Security-Policy and its csp-nonce meta element', async () => {
    const nonces: string[] = [];
    for (let i = 0; i < 2; i += 1) {
      const res = await fetch(`${suite.stack.baseUrl}/app/campaigns`);
      const html = await res.text();
      const inHeader = /style-src 'self' 'nonce-([A-Za-z0-9+/=]+)'/.exec(res.headers.get('content-security-policy') ?? '')?.[1];
      const inMeta = /<meta property="csp-nonce" nonce="([^"]+)"/.exec(html)?.[1];
      expect(inHeader).toBeDefined();
      expect(inMeta).toBe(inHeader);
      // Vite's own tags carry it too; the build's placeholder never leaks.
      expect(html).toContain(`<script type="module" crossorigin src="/app/assets/`);
      expect(html).not.toMatch(/PLACEHOLDER/i);
      nonces.push(inHeader!);
    }
    expect(nonces[0]).not.toBe(nonces[1]);
    expect(nonces[0]).toMatch(/^[A-Za-z0-9+/]{22}==$/); // 16 random bytes
  });

  /** Collects every CSP violation a page reports (as events in the page and as console messages). */
  async function watchedPerson(viewport?: { width: number; height: number }): Promise<{ context: BrowserContext; page: Page; violations: string[] }> {
    const { context, page } = await newPerson(suite.browser, suite.pageErrors, viewport);
    const violations: string[] = [];
    await context.exposeBinding('reportCspViolation', (_source, text: string) => violations.push(text));
    await context.addInitScript(
      `document.addEventListener('securitypolicyviolation', (e) => window.reportCspViolation(e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at ' + e.sourceFile + ':' + e.lineNumber + ' (' + (e.sample || '') + ')'))`,
    );
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to (apply|load|execute|evaluate)/i.test(message.text())) violations.push(`console: ${message.text()}`);
    });
    return { context, page, violations };
  }

  const settle = async (page: Page) => {
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
  };

  it('runs the organiser screens in Chromium without one CSP violation', async () => {
    const { campaignId } = await jurorCodes(organiserApi, 1, '内容安全策略测试（组织方）');
    const { context, page, violations } = await watchedPerson();
    const seen: Record<string, string[]> = {};
    const look = async (screen: string) => {
      await settle(page);
      seen[screen] = violations.splice(0);
    };
    await page.goto(`${suite.stack.baseUrl}/app/login`);
    await page.getByRole('button', { name: '登录' }).waitFor();
    await look('sign-in');
    await signIn(page, suite.stack.baseUrl, '组织方', '李组织', 'organiser-csp');
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await look('campaign list');
    await page.goto(`${suite.stack.baseUrl}/app/campaigns/new`);
    await page.locator('form').first().waitFor();
    await look('campaign form');
    await page.goto(`${suite.stack.baseUrl}/app/campaigns/${campaignId}`);
    const tabs = page.getByRole('tab');
    await tabs.first().waitFor();
    for (let i = 0; i < (await tabs.count()); i += 1) {
      const tab = tabs.nth(i);
      const name = (await tab.innerText()).trim();
      await tab.click();
      await look(`campaign tab ${name}`);
    }
    // A confirmation dialog: antd locks the page's scrolling with a style element of its own.
    await page.getByRole('button', { name: /进入下一阶段/ }).click();
    await page.getByRole('dialog').waitFor();
    await look('confirmation dialog');
    await page.getByRole('dialog').getByRole('button', { name: '取消' }).click();
    await page.goto(`${suite.stack.baseUrl}/app/public/results/${campaignId}`);
    await page.locator('.ant-alert').first().waitFor(); // not published yet: said in an alert
    await look('public results');
    await context.close();
    expect(seen).toEqual(Object.fromEntries(Object.keys(seen).map((screen) => [screen, []])));
    expect(Object.keys(seen).length).toBeGreaterThanOrEqual(9);
  }, 180_000);

  it('runs the juror and delegate ballots on a phone without one CSP violation', async () => {
    const jury = await jurorCodes(organiserApi, 1, '内容安全策略测试（评审团）');
    const congress = await delegateSlipLinks(organiserApi, 3, '内容安全策略测试（代表大会）');
    const juror = await watchedPerson({ width: 390, height: 844 });
    await voteAsJuror(juror.page, `${suite.stack.baseUrl}/jury/vote?code=${jury.codes[0]}`, ['候选人1', '候选人2', '候选人3']);
    await settle(juror.page);
    const delegate = await watchedPerson({ width: 390, height: 844 });
    await voteAsDelegate(delegate.page, `${suite.stack.baseUrl}${congress.links[0]}`, '周晓雯');
    await settle(delegate.page);
    expect({ juror: juror.violations, delegate: delegate.violations }).toEqual({ juror: [], delegate: [] });
    await juror.context.close();
    await delegate.context.close();
  }, 180_000);

  it('runs Swagger UI at /api/docs without one CSP violation', async () => {
    const { context, page, violations } = await watchedPerson();
    await page.goto(`${suite.stack.baseUrl}/api/docs`);
    await page.locator('.swagger-ui .info .title', { hasText: 'Open Selection API' }).waitFor();
    // Swagger UI renders only the operations near the viewport of a long document: scroll until the jury's appear.
    const juryOperation = page.locator('.opblock-summary', { hasText: '/jury/session' }).first();
    for (let i = 0; i < 40 && (await juryOperation.count()) === 0; i += 1) {
      await page.mouse.wheel(0, 1500);
      await page.waitForTimeout(100);
    }
    await juryOperation.click();
    await page.getByRole('button', { name: 'Try it out' }).first().waitFor();
    await settle(page);
    // The hidden icon sprite keeps no room on the page (its inline style is moved into the nonce'd style element).
    expect(await page.evaluate(`document.querySelector('body > svg').getBoundingClientRect().height`)).toBe(0);
    expect(violations).toEqual([]);
    await context.close();
  }, 60_000);
});
