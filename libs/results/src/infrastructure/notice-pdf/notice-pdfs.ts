import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { NoticePdfStore } from './notice-pdf-store';
import { RenderGate } from './render-gate';
import { SharedChromium } from './shared-chromium';

/**
 * The notice as PDF: rendered once per version of the notice and stored; readers of a stored version never
 * touch Chromium. Renders of new versions go through one shared browser, a few at a time (RenderGate), and
 * readers arriving while a version renders wait for that same render instead of starting another.
 */
@Injectable()
export class NoticePdfs {
  private readonly gate: RenderGate;
  private readonly inFlight = new Map<string, Promise<Buffer>>();

  constructor(
    private readonly store: NoticePdfStore,
    private readonly chromium: SharedChromium,
    config: AppConfig,
  ) {
    this.gate = new RenderGate({ concurrency: config.NOTICE_PDF_CONCURRENCY, maxWaiting: config.NOTICE_PDF_MAX_WAITING, retryAfterSeconds: 5 });
  }

  /** undefined when the server has no Chromium and the version is not stored; throws RenderQueueFull when busy. */
  async pdfFor(campaignId: string, noticeHtml: string): Promise<Buffer | undefined> {
    const version = createHash('sha256').update(noticeHtml).digest('hex');
    const stored = await this.store.find(campaignId, version);
    if (stored) return stored;
    if (!this.chromium.available) return undefined;
    const key = `${campaignId}/${version}`;
    let render = this.inFlight.get(key);
    if (!render) {
      render = this.gate
        .run(() => this.chromium.printPdf(noticeHtml))
        .then((pdf) => this.store.save(campaignId, version, pdf))
        .finally(() => this.inFlight.delete(key));
      this.inFlight.set(key, render);
    }
    return render;
  }
}
