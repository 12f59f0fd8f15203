import { ApiClient, campaignBody, candidacyBody, type Stack, startStack } from '@app/testing';

const PHONE = '139-8765-4321';
const NAME = '林小雨';
const STATEMENT = '我的身份证号码是一个秘密';

/**
 * A failing database statement carries what it was writing: its parameters, and PostgreSQL's own detail ("Failing
 * row contains (…)"), and a value PostgreSQL cannot read is quoted in its message. None of it may reach a log, at
 * any level, in the api or the worker: logs are kept longer and read by more people than the candidacies table.
 * The failures here come from constraints the test adds.
 */
describe('personal data never reaches the logs', () => {
  let stack: Stack;
  let organiser: ApiClient;
  let campaignId: string;

  beforeAll(async () => {
    stack = await startStack('pdlogs', { LOG_LEVEL: 'debug' });
    organiser = await ApiClient.login(stack.baseUrl, ['organiser'], 'organiser-pdlogs');
    campaignId = (await organiser.command('POST', '/campaigns', campaignBody())).body.result.campaignId;
    await organiser.command('POST', `/campaigns/${campaignId}/candidacy/open`);
  });

  afterAll(() => stack?.stop());

  const body = () => candidacyBody(NAME, { details: { contact: PHONE, statement: STATEMENT } });

  const waitForLog = async (process: 'api' | 'worker', text: string) => {
    const deadline = Date.now() + 15_000;
    while (!stack[process].log.includes(text)) {
      if (Date.now() > deadline) throw new Error(`the ${process} did not log "${text}":\n${stack[process].log.slice(-3000)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };

  const expectNoPersonalData = (log: string) => {
    for (const personal of [PHONE, NAME, STATEMENT]) expect(log).not.toContain(personal);
  };

  it('the api logs a failed write without its parameters or the failing row', async () => {
    // PostgreSQL quotes the value it cannot read in the message itself: `invalid input syntax for type bigint: "…"`.
    await stack.pool.query(`ALTER TABLE commands ADD CONSTRAINT test_contact_is_a_number CHECK ((payload->'details'->>'contact')::bigint > 0) NOT VALID`);
    try {
      const candidate = await ApiClient.login(stack.baseUrl, ['candidate'], 'candidate-pdlogs-1');
      const res = await candidate.request('POST', `/campaigns/${campaignId}/candidacies`, body());
      expect(res.status).toBe(500);
      expectNoPersonalData(JSON.stringify(res.body));
      await waitForLog('api', 'invalid input syntax for type bigint'); // the failure is logged, and says what broke …
    } finally {
      await stack.pool.query(`ALTER TABLE commands DROP CONSTRAINT test_contact_is_a_number`);
    }
    expectNoPersonalData(stack.api.log); // … but not what was being written
  });

  it('the worker logs a failed write without its parameters or the failing row', async () => {
    await stack.pool.query(`ALTER TABLE candidacies ADD CONSTRAINT test_refuses_every_row CHECK (false) NOT VALID`);
    try {
      const candidate = await ApiClient.login(stack.baseUrl, ['candidate'], 'candidate-pdlogs-2');
      const res = await candidate.request('POST', `/campaigns/${campaignId}/candidacies`, body());
      expect(res.status).toBe(202);
      await waitForLog('worker', 'test_refuses_every_row');
    } finally {
      await stack.pool.query(`ALTER TABLE candidacies DROP CONSTRAINT test_refuses_every_row`);
    }
    expectNoPersonalData(stack.worker.log);
    expectNoPersonalData(stack.api.log);
  });
});
