import { ApiClient } from '@app/testing';
import { delegateSlipLinks, jurorCodes } from './ballot-fixtures';
import { voteAsDelegate, voteAsJuror } from './ballot-flows';
import { newPerson } from './browser-harness';
import { browserSuite } from './browser-suite';

/** A name that is not localhost: Chromium treats only localhost and 127.x as secure over plain HTTP. */
const VENUE_HOST = 'venue.test';

/**
 * Item 2 of issue 11: at a venue the ballot pages are reached over plain HTTP at a LAN address (every QR link).
 * Headers that only make sense over https (upgrade-insecure-requests, HSTS) must not come with plain HTTP, or the
 * browser rewrites the page's scripts to https and shows a blank page; behind a trusted TLS proxy they still come.
 */
describe('plain HTTP on a venue network', () => {
  const suite = browserSuite('venue-network', {
    env: () => ({ TRUST_PROXY: 'loopback' }),
    chromiumArgs: [`--host-resolver-rules=MAP ${VENUE_HOST} 127.0.0.1`],
  });
  let organiser: ApiClient;
  let port: string;
  let jury: { campaignId: string; codes: string[] };
  let congress: { campaignId: string; links: string[] };

  beforeAll(async () => {
    port = new URL(suite.stack.baseUrl).port;
    organiser = await ApiClient.login(suite.stack.baseUrl, ['organiser'], 'organiser-venue');
    jury = await jurorCodes(organiser, 2, '会场网络测试（评审团）');
    congress = await delegateSlipLinks(organiser, 3, '会场网络测试（代表大会）');
  }, 180_000);

  it('sends neither upgrade-insecure-requests nor HSTS over plain HTTP, and both over https through a trusted proxy', async () => {
    const routes = [
      ['GET', '/app/jury/vote'],
      ['GET', '/health'],
      ['POST', '/jury/ballots'],
    ] as const;
    const scheme = async (headers: Record<string, string>) => {
      const seen: Record<string, { hsts: string | null; upgrade: boolean }> = {};
      for (const [method, path] of routes) {
        const res = await fetch(`${suite.stack.baseUrl}${path}`, {
          method,
          headers: { ...headers, 'content-type': 'application/json' },
          body: method === 'POST' ? '{}' : undefined,
        });
        seen[`${method} ${path}`] = {
          hsts: res.headers.get('strict-transport-security'),
          upgrade: /upgrade-insecure-requests/.test(res.headers.get('content-security-policy') ?? ''),
        };
      }
      return seen;
    };
    const none = { hsts: null, upgrade: false };
    const both = { hsts: 'max-age=31536000; includeSubDomains', upgrade: true };
    expect(await scheme({ host: `${VENUE_HOST}:${port}` })).toEqual({ 'GET /app/jury/vote': none, 'GET /health': none, 'POST /jury/ballots': none });
    expect(await scheme({ 'x-forwarded-proto': 'https' })).toEqual({ 'GET /app/jury/vote': both, 'GET /health': both, 'POST /jury/ballots': both });
  });

  it(`a juror and a delegate open their links at http://${VENUE_HOST} and vote: the page renders and works`, async () => {
    const venue = `http://${VENUE_HOST}:${port}`;

    const juror = await newPerson(suite.browser, suite.pageErrors, { width: 390, height: 844 });
    await voteAsJuror(juror.page, `${venue}/jury/vote?code=${jury.codes[0]}`, ['候选人1', '候选人2', '候选人3']);
    expect(new URL(juror.page.url()).origin).toBe(venue);
    await juror.context.close();

    const delegate = await newPerson(suite.browser, suite.pageErrors, { width: 390, height: 844 });
    await voteAsDelegate(delegate.page, `${venue}${congress.links[0]}`, '周晓雯');
    expect(new URL(delegate.page.url()).origin).toBe(venue);
    await delegate.context.close();

    // What the service recorded, not only what the pages said: both ballots arrived.
    const deadline = Date.now() + 30_000;
    while ((await organiser.get(`/campaigns/${jury.campaignId}/jury/tally`)).body.progress.counted !== 1) {
      if (Date.now() > deadline) throw new Error('the juror ballot was not counted');
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    // A congress ballot waits, secret, in the round's ballot box until the round closes.
    const cast = await suite.stack.pool.query(`SELECT count(*)::int AS n FROM election_ballot_box WHERE campaign_id = $1`, [congress.campaignId]);
    expect(cast.rows[0].n).toBe(1);
  }, 180_000);
});
