import { ApiClient, campaignBody, type Stack, startStack } from '@app/testing';

/**
 * A refusal carries its variable parts as params beside the English message, so the web UI can say it in Chinese:
 * in the HTTP answer, in GET /commands/:id, and in the audit trail's refused attempts.
 */
describe('refusal params (api → BullMQ → worker → PostgreSQL → api)', () => {
  let stack: Stack;
  let organiser: ApiClient;
  let campaignId: string;

  beforeAll(async () => {
    stack = await startStack('refusal_params');
    organiser = await ApiClient.login(stack.baseUrl, ['organiser'], 'organiser-params');
    const created = await organiser.command('POST', '/campaigns', campaignBody());
    expect(created.status).toBe(200);
    campaignId = created.body.result.campaignId;
  }, 60_000);

  afterAll(() => stack?.stop());

  it('a refused command answers with params, and GET /commands/:id and the audit trail keep them', async () => {
    const delegates = `/campaigns/${campaignId}/election/delegates`;
    expect((await organiser.command('POST', delegates, { delegates: [{ delegateId: 'hz-07', name: '王芳' }] })).status).toBe(200);

    const refused = await organiser.command('POST', delegates, { delegates: [{ delegateId: 'hz-07' }] });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ code: 'election.delegate-exists', params: { delegate: 'hz-07' } });

    const outcome = await organiser.get(`/commands/${refused.body.commandId}`);
    expect(outcome.body).toMatchObject({ status: 'rejected', error: { code: 'election.delegate-exists', params: { delegate: 'hz-07' } } });

    const audit = await organiser.get(`/campaigns/${campaignId}/audit/refused`);
    expect(audit.status).toBe(200);
    const attempt = audit.body.find((a: { commandId: string }) => a.commandId === refused.body.commandId);
    expect(attempt.reason).toMatchObject({ code: 'election.delegate-exists', params: { delegate: 'hz-07' } });
  });

  it('a stage refusal names the stage the campaign is in', async () => {
    expect((await organiser.command('POST', `/campaigns/${campaignId}/candidacy/open`)).status).toBe(200);
    const refused = await organiser.command('PUT', `/campaigns/${campaignId}/config`, campaignBody());
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ code: 'campaign.not-draft', params: { stage: 'candidacy-open' } });
  });
});
