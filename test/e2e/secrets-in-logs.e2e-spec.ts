import { randomUUID } from 'node:crypto';
import { ApiClient, type Stack, startStack } from '@app/testing';

/**
 * Credentials travel in headers, bodies and (for EventSource) the query string; the request log at level info
 * must show that the requests happened and never what they carried.
 */
describe('secrets and credentials never reach the logs', () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack('secretlogs', { LOG_LEVEL: 'info' });
  });

  afterAll(() => stack?.stop());

  it('logs the requests with their credentials redacted', async () => {
    const organiser = await ApiClient.login(stack.baseUrl, ['organiser'], 'organiser-secret-logs');
    const campaignId = randomUUID();
    const delegateCode = 'QWERT-YUPAS';
    const jurorCode = 'ZXCVB-NMKHJ';
    const ballotToken = `ballot-token-${randomUUID()}`;
    const anonymous = new ApiClient(stack.baseUrl);
    await organiser.get(`/campaigns/${campaignId}`);
    await anonymous.request('GET', `/campaigns/${campaignId}/election/ballot`, undefined, { 'x-delegate-code': delegateCode });
    await anonymous.request('POST', '/jury/session', { code: jurorCode });
    await anonymous.request('POST', '/jury/ballots', { scores: [] }, { 'x-ballot-token': ballotToken });
    await anonymous.request('GET', `/campaigns/${campaignId}/jury/progress?access_token=${organiser.token}`);
    await new Promise((r) => setTimeout(r, 300)); // let the log lines reach us

    const log = stack.api.log;
    // The requests are there …
    expect(log).toContain(`/campaigns/${campaignId}/election/ballot`);
    expect(log).toContain('/jury/session');
    expect(log).toContain('[redacted]');
    // … what they carried is not.
    for (const secret of [organiser.token!, delegateCode, jurorCode, ballotToken]) expect(log).not.toContain(secret);
  });
});
