import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { type Browser, type BrowserContext, chromium, type Locator, type Page } from 'playwright-core';

const ROOT = path.resolve(__dirname, '../..');
export const UI_DIST = path.join(ROOT, 'apps/admin-web/dist/index.html');
/**
 * Where screenshots go: test-output/screenshots (ignored by git) when testing; `npm run screenshots` points
 * SCREENSHOTS_DIR at docs/screenshots to refresh the README's pictures.
 */
export const SCREENSHOTS = path.resolve(ROOT, process.env.SCREENSHOTS_DIR ?? 'test-output/screenshots');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Debian's Chromium, headless, with nothing that reaches out to the network on its own; `extraArgs` e.g. host mappings. */
export function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get update && apt-get install -y chromium (.ci/run does it)`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      ...extraArgs,
    ],
  });
}

export function assertUiBuilt(): void {
  if (!existsSync(UI_DIST))
    throw new Error(`${UI_DIST} is missing: npm ci --prefix apps/admin-web && npm run build --prefix apps/admin-web (scripts/test.sh does it)`);
}

/** A fresh browser profile (own localStorage) per person, Chinese by default; uncaught page errors go to `errors`. */
export async function newPerson(browser: Browser, errors: string[], viewport = { width: 1280, height: 860 }): Promise<{ context: BrowserContext; page: Page }> {
  // Reduced motion (the UI then turns antd's animations off): a transition caught half-way — a button's loading
  // icon still leaving, a message still fading — is neither state, and tests would wait on it.
  const context = await browser.newContext({ viewport, locale: 'zh-CN', deviceScaleFactor: 1, reducedMotion: 'reduce' });
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(`${e.name}: ${e.message}`));
  // Generous: a command waits for the worker, and a busy CI machine can take seconds where a quiet one takes milliseconds.
  page.setDefaultTimeout(45_000);
  return { context, page };
}

/** Saves a screenshot under SCREENSHOTS. */
export async function screenshot(page: Page, name: string, fullPage = false): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  // Let antd's animations (messages, modals, drawers) settle first.
  await page.waitForTimeout(400);
  // Toasts ("saved", "stage entered") would cover the page's own title: hidden in the picture only. Through the
  // element's style (CSSOM): the page's Content-Security-Policy refuses the <style> element screenshot({ style }) adds.
  const toasts = (visibility: string) =>
    page.evaluate(`document.querySelectorAll('.ant-message').forEach((el) => el.style.setProperty('visibility', '${visibility}', 'important'))`);
  await toasts('hidden');
  await page.screenshot({ path: file, fullPage, animations: 'disabled', caret: 'hide' });
  await toasts('');
  return file;
}

let axeSource: string | undefined;

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** Runs axe-core (from its npm package) in the page; returns the serious and critical violations. */
export async function seriousA11yViolations(page: Page): Promise<AxeViolation[]> {
  // Let finite CSS transitions finish first (at most 2 s): a button caught fading from disabled to enabled has
  // a colour contrast of neither state, and axe would report it.
  await page.evaluate(`Promise.race([
    Promise.all(document.getAnimations().filter((a) => Number.isFinite(a.effect?.getComputedTiming().endTime ?? Infinity)).map((a) => a.finished.catch(() => undefined))),
    new Promise((resolve) => setTimeout(resolve, 2000)),
  ])`);
  axeSource ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  // evaluate() is not subject to the page's Content-Security-Policy, unlike an injected <script>.
  await page.evaluate(axeSource);
  // Runs in the page (a string: the test code is compiled without the DOM's types).
  const result = (await page.evaluate(
    `axe.run(document, { resultTypes: ['violations'], runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } })`,
  )) as { violations: AxeViolation[] };
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
}

/** The error shown under a form field (antd's Form.Item, or the ballot pages' PlainField), found from the field's input id. */
export function fieldError(page: Page, inputId: string): Locator {
  return page.locator('.ant-form-item, .plain-field', { has: page.locator(`[id="${inputId}"]`) }).locator('.ant-form-item-explain-error, .plain-field-error');
}

/** Signs in through the sign-in page as one person with one role. */
export async function signIn(page: Page, baseUrl: string, roleLabel: string, name: string, userId: string): Promise<void> {
  await page.goto(`${baseUrl}/app/login`);
  await page.locator('label.ant-radio-button-wrapper', { hasText: roleLabel }).click();
  await page.fill('#name', name);
  await page.fill('#userId', userId);
  await page.getByRole('button', { name: '登录' }).click();
  await page.waitForURL((url) => !url.pathname.endsWith('/login'));
}
