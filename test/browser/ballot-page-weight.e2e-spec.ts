import { request as httpRequest } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { ApiClient } from '@app/testing';
import { delegateSlipLinks, jurorCodes } from './ballot-fixtures';
import { voteAsDelegate, voteAsJuror } from './ballot-flows';
import { newPerson } from './browser-harness';
import { browserSuite } from './browser-suite';

/** What a juror's or delegate's phone may download on her first visit, compressed (issue 11: was ~1.66 MB). */
const BALLOT_PAGE_BUDGET = 250 * 1024;

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A GET whose body stays as sent (fetch would decode it). */
function rawGet(url: string, headers: Record<string, string>): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    httpRequest(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    })
      .on('error', reject)
      .end();
  });
}

const decode = (res: RawResponse) =>
  res.headers['content-encoding'] === 'br' ? brotliDecompressSync(res.body) : res.headers['content-encoding'] === 'gzip' ? gunzipSync(res.body) : res.body;

/** Every byte the page fetched over the network (headers and bodies, as sent), per URL. */
async function measureTransfer(page: Page): Promise<{ total: () => number; resources: () => string[] }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  const urls = new Map<string, string>();
  const sizes = new Map<string, number>();
  cdp.on('Network.requestWillBeSent', (e: { requestId: string; request: { url: string } }) => urls.set(e.requestId, e.request.url));
  cdp.on('Network.loadingFinished', (e: { requestId: string; encodedDataLength: number }) => sizes.set(e.requestId, e.encodedDataLength));
  return {
    total: () => [...sizes.values()].reduce((a, b) => a + b, 0),
    resources: () =>
      [...sizes.entries()].map(([id, bytes]) => `${(bytes / 1024).toFixed(1).padStart(7)} KB  ${new URL(urls.get(id) ?? 'http://x/?').pathname}`),
  };
}

/**
 * Item 3 of issue 11: the UI's files are compressed at build time (brotli and gzip) and served by Accept-Encoding;
 * API JSON is compressed on the fly (not the event stream); the juror and delegate ballot pages load only what
 * they need, under 250 KB on a first visit.
 */
describe('compressed delivery and a small ballot bundle', () => {
  const suite = browserSuite('ballot-page-weight');
  let organiser: ApiClient;

  beforeAll(async () => {
    organiser = await ApiClient.login(suite.stack.baseUrl, ['organiser'], 'organiser-weight');
  }, 120_000);

  it('serves the UI files pre-compressed by Accept-Encoding, with Content-Encoding, Vary and their own Content-Type', async () => {
    const html = await (await fetch(`${suite.stack.baseUrl}/app/`)).text();
    const script = /src="(\/app\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    const stylesheet = /href="(\/app\/assets\/[^"]+\.css)"/.exec(html)?.[1];
    for (const [file, type] of [
      [script, /^(text|application)\/javascript/],
      [stylesheet, /^text\/css/],
    ] as const) {
      const plain = await rawGet(`${suite.stack.baseUrl}${file}`, {});
      expect(plain.status).toBe(200);
      expect(plain.headers['content-encoding']).toBeUndefined();
      for (const [accept, encoding] of [
        ['gzip, deflate, br, zstd', 'br'],
        ['gzip, deflate', 'gzip'],
        ['identity', undefined],
      ] as const) {
        const res = await rawGet(`${suite.stack.baseUrl}${file}`, { 'accept-encoding': accept });
        expect({ file, accept, status: res.status, encoding: res.headers['content-encoding'], vary: res.headers.vary }).toEqual({
          file,
          accept,
          status: 200,
          encoding,
          vary: 'Accept-Encoding',
        });
        expect(res.headers['content-type']).toMatch(type);
        expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
        expect(Number(res.headers['content-length'])).toBe(res.body.length);
        if (encoding) expect(res.body.length).toBeLessThan(plain.body.length / 2);
        expect(decode(res).equals(plain.body)).toBe(true);
      }
    }
  });

  it('compresses API JSON, but not the jury progress stream, whose events must arrive at once', async () => {
    const docs = await rawGet(`${suite.stack.baseUrl}/api/docs-json`, { 'accept-encoding': 'gzip, deflate, br' });
    expect([docs.status, docs.headers['content-encoding'], docs.headers['content-type']]).toEqual([200, 'br', 'application/json; charset=utf-8']);
    expect(JSON.parse(decode(docs).toString('utf8')).info.title).toBe('Open Selection API');

    const { campaignId } = await jurorCodes(organiser, 1, '压缩测试');
    const campaign = await rawGet(`${suite.stack.baseUrl}/campaigns/${campaignId}`, { 'accept-encoding': 'gzip', authorization: `Bearer ${organiser.token}` });
    expect([campaign.status, campaign.headers['content-encoding']]).toEqual([200, 'gzip']);
    expect(JSON.parse(decode(campaign).toString('utf8')).stage).toBe('jury');

    const controller = new AbortController();
    const stream = await fetch(`${suite.stack.baseUrl}/campaigns/${campaignId}/jury/progress`, {
      headers: { authorization: `Bearer ${organiser.token}`, 'accept-encoding': 'gzip, br' },
      signal: controller.signal,
    });
    expect(stream.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect(stream.headers.get('content-encoding')).toBeNull();
    // The stream may open with a bare newline before the first event, in a chunk of its own on a busy machine: read
    // until the first event (or 5 s), as an EventSource would.
    const reader = stream.body!.getReader();
    const deadline = Date.now() + 5000;
    let received = '';
    while (!/^data: /m.test(received) && Date.now() < deadline) {
      const chunk = await Promise.race([reader.read(), new Promise<'late'>((resolve) => setTimeout(() => resolve('late'), deadline - Date.now()))]);
      if (chunk === 'late' || chunk.done) break;
      received += new TextDecoder().decode(chunk.value);
    }
    controller.abort();
    expect(received).toMatch(/^data: /m);
  });

  // Chromium offers brotli only over https (or localhost); at a venue the QR links point to the api's LAN address
  // over plain HTTP, where it asks for gzip alone: the budget holds for both.
  describe.each([
    ['brotli', 'gzip, deflate, br, zstd', 'br'],
    ['gzip only (plain HTTP at a venue)', 'gzip, deflate', 'gzip'],
  ] as const)('with %s', (_label, acceptEncoding, encoding) => {
    it(`a juror's first visit, from her link to her receipt, transfers under ${BALLOT_PAGE_BUDGET / 1024} KB`, async () => {
      const { codes } = await jurorCodes(organiser, 1, `页面大小测试（评审团，${encoding}）`);
      const { page, context, assetEncodings } = await phoneAsking(acceptEncoding);
      const transfer = await measureTransfer(page);
      await voteAsJuror(page, `${suite.stack.baseUrl}/jury/vote?code=${codes[0]}`, ['候选人1', '候选人2', '候选人3']);
      await page.waitForLoadState('networkidle');
      console.log(`juror page, first visit, ${encoding}: ${(transfer.total() / 1024).toFixed(1)} KB\n${transfer.resources().join('\n')}`);
      expect(assetEncodings()).toEqual([encoding]);
      expect(transfer.total()).toBeLessThan(BALLOT_PAGE_BUDGET);
      await context.close();
    }, 120_000);

    it(`a delegate's first visit, from her slip's link to the thank-you, transfers under ${BALLOT_PAGE_BUDGET / 1024} KB`, async () => {
      const { links } = await delegateSlipLinks(organiser, 3, `页面大小测试（代表大会，${encoding}）`);
      const { page, context, assetEncodings } = await phoneAsking(acceptEncoding);
      const transfer = await measureTransfer(page);
      await voteAsDelegate(page, `${suite.stack.baseUrl}${links[0]}`, '周晓雯');
      await page.waitForLoadState('networkidle');
      console.log(`delegate page, first visit, ${encoding}: ${(transfer.total() / 1024).toFixed(1)} KB\n${transfer.resources().join('\n')}`);
      expect(assetEncodings()).toEqual([encoding]);
      expect(transfer.total()).toBeLessThan(BALLOT_PAGE_BUDGET);
      await context.close();
    }, 120_000);
  });

  /**
   * A phone whose browser asks for `acceptEncoding`. The tests check which encodings the UI files came in (files
   * under 1 KB come plain), so that the figure measured is the one of that encoding and not of whatever the
   * browser would have asked for on its own.
   */
  async function phoneAsking(acceptEncoding: string) {
    const person = await newPerson(suite.browser, suite.pageErrors, { width: 390, height: 844 });
    await person.context.setExtraHTTPHeaders({ 'accept-encoding': acceptEncoding });
    const encodings = new Set<string>();
    person.page.on('response', (res) => {
      const got = res.headers()['content-encoding'];
      if (new URL(res.url()).pathname.startsWith('/app/assets/') && got) encodings.add(got);
    });
    return { ...person, assetEncodings: () => [...encodings] };
  }
});
