import { existsSync } from 'node:fs';
import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import type { Browser } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * One Chromium for the whole api process, launched on the first PDF and closed on shutdown: a browser per
 * request cost ~700 MB each (8 readers at once took 5.7 GB). Each print gets its own context, closed after it.
 * If the browser dies it is launched again on the next print.
 */
@Injectable()
export class SharedChromium implements OnApplicationShutdown {
  private readonly logger = new Logger(SharedChromium.name);
  private browser?: Promise<Browser>;

  /** Whether this machine has a Chromium to print with (CHROMIUM_PATH, default /usr/bin/chromium). */
  get available(): boolean {
    return existsSync(CHROMIUM);
  }

  /** Landscape by default (the notice's wide table); the printable forms (报名表, 评分表) print portrait. */
  async printPdf(html: string, { landscape = true }: { landscape?: boolean } = {}): Promise<Buffer> {
    const context = await (await this.launched()).newContext();
    try {
      const page = await context.newPage();
      await page.setContent(html, { waitUntil: 'load' });
      return await page.pdf({ format: 'A4', landscape, printBackground: true, margin: { top: '12mm', bottom: '12mm', left: '10mm', right: '10mm' } });
    } finally {
      await context.close().catch(() => undefined);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    const browser = this.browser;
    this.browser = undefined;
    await browser?.then((b) => b.close()).catch(() => undefined);
  }

  private launched(): Promise<Browser> {
    this.browser ??= this.launch();
    return this.browser;
  }

  private async launch(): Promise<Browser> {
    const { chromium } = await import('playwright-core');
    try {
      const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
      browser.on('disconnected', () => {
        this.logger.warn('Chromium for notice PDFs went away; the next PDF launches it again');
        this.browser = undefined;
      });
      return browser;
    } catch (err) {
      this.browser = undefined; // a failed launch is tried again by the next request
      throw err;
    }
  }
}
