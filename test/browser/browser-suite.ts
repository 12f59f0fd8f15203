import type { Browser } from 'playwright-core';
import { type Stack, startStack } from '@app/testing';
import { assertUiBuilt, launchChromium } from './browser-harness';

/** What every browser test file shares: its own api + worker stack, one Chromium, and the pages' uncaught errors. */
export interface BrowserSuite {
  readonly stack: Stack;
  readonly browser: Browser;
  /** Give it to newPerson(); each test fails if a page threw while it ran. */
  readonly pageErrors: string[];
}

export interface BrowserSuiteOptions {
  /** The stack's extra environment, worked out when the suite starts (e.g. after a mail catcher is listening). */
  readonly env?: () => Record<string, string> | Promise<Record<string, string>>;
  readonly chromiumArgs?: string[];
  readonly startTimeoutMs?: number;
}

/**
 * Registers the hooks of a browser test file (call it inside its describe): before all, the built UI is checked and
 * the stack and Chromium start; after each test, no page may have thrown; after all, both stop. The returned
 * object's stack and browser are there once the tests (and the file's own beforeAll, declared after) run.
 */
export function browserSuite(label: string, options: BrowserSuiteOptions = {}): BrowserSuite {
  const suite: { stack?: Stack; browser?: Browser; pageErrors: string[] } = { pageErrors: [] };
  beforeAll(async () => {
    assertUiBuilt();
    suite.stack = await startStack(label, (await options.env?.()) ?? {});
    suite.browser = await launchChromium(options.chromiumArgs);
  }, options.startTimeoutMs ?? 120_000);
  afterAll(async () => {
    await suite.browser?.close();
    await suite.stack?.stop();
  });
  afterEach(() => {
    expect(suite.pageErrors.splice(0)).toEqual([]);
  });
  return suite as BrowserSuite;
}
