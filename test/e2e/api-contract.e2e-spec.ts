import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { seedDemoCampaign } from '../../apps/demo/src/seed-demo-campaign';
import { ApiClient, type ApiExchange, type OpenApiDocument, operationFor, responseSchema, schemaViolations, type Stack, startStack } from '@app/testing';

const document: OpenApiDocument = JSON.parse(readFileSync(join(__dirname, '../../apps/admin-web/src/api/generated/openapi.json'), 'utf8'));

/**
 * What the api really sends, checked against the OpenAPI document the web UI's types are made from: every JSON
 * answer of the whole demo campaign (draft to certified) and then of each view read once more at the end, with
 * every field where the schema says and no field it leaves out. A response that drifts from its controller's
 * type fails here; a type that drifts from the generated files fails the unit contract test.
 */
describe('the api answers as its OpenAPI document says', () => {
  let stack: Stack;
  const exchanges: ApiExchange[] = [];
  let stopObserving: () => void;

  beforeAll(async () => {
    stack = await startStack('contract');
    stopObserving = ApiClient.observe((exchange) => exchanges.push(exchange));
    const demo = await seedDemoCampaign(stack.baseUrl, () => undefined);
    const base = `/campaigns/${demo.campaignId}`;
    const organiser = new ApiClient(stack.baseUrl, demo.organiserToken);
    const [candidacy] = demo.candidacies;
    const rounds = (await organiser.get(`${base}/election/rounds`)).body as { roundId?: string; id?: string; positionKey: string }[];
    const organisations = (await organiser.get('/organisations')).body as { id: string }[];
    for (const path of [
      '/campaigns',
      base,
      `${base}/candidacies`,
      `/candidacies/${candidacy.id}`,
      `${base}/events`,
      `${base}/audit?limit=50`,
      `${base}/audit/refused`,
      `${base}/audit/people`,
      `${base}/grants`,
      `${base}/invitations`,
      `${base}/evaluation/panel`,
      `${base}/evaluation/candidacies/${candidacy.id}`,
      `${base}/evaluation/candidacies/${candidacy.id}/sheets`,
      `${base}/evaluation/missing-sheets`,
      `${base}/evaluation/project-review-scores`,
      `${base}/evaluation/statistics`,
      `${base}/evaluation/panel-opinion`,
      `${base}/jury/jurors`,
      `${base}/jury/tally`,
      `${base}/jury/ballot-paper`,
      `${base}/jury/receipts`,
      `${base}/ranking`,
      `${base}/ranking/what-if?projectReview=50&panelOpinion=20&jury=30`,
      `${base}/shortlist`,
      `${base}/election`,
      `${base}/election/delegates`,
      `${base}/election/elected`,
      `${base}/election/quota-check`,
      `${base}/election/rounds/${rounds[0].roundId ?? rounds[0].id}`,
      `${base}/election/positions/${rounds[0].positionKey}/rounds`,
      `${base}/results`,
      `/public/campaigns/${demo.campaignId}/results`,
      `/organisations/${organisations[0].id}/invitations`,
      '/auth/me',
      '/auth/options',
      '/stages',
    ]) {
      await organiser.get(path);
    }
    const candidate = await ApiClient.login(stack.baseUrl, ['candidate'], 'demo-candidate-01');
    await candidate.get('/me/data');
    const expert = await ApiClient.login(stack.baseUrl, ['expert'], 'demo-expert-1');
    await expert.get(`${base}/evaluation/assignments/mine`);
    await expert.get(`${base}/evaluation/candidacies/${candidacy.id}`);
    stopObserving();
  }, 600_000);

  afterAll(() => {
    stopObserving?.();
    return stack?.stop();
  });

  const checked = () => exchanges.filter((e) => e.status >= 200 && e.status < 300 && e.contentType?.includes('application/json'));

  it('every JSON answer fits the schema of its route and status', () => {
    const problems: string[] = [];
    for (const exchange of checked()) {
      const found = operationFor(document, exchange.method, exchange.path);
      if (!found) {
        problems.push(`${exchange.method} ${exchange.path}: no such route in the document`);
        continue;
      }
      const schema = responseSchema(found.operation, exchange.status);
      if (!schema) {
        problems.push(`${exchange.method} ${found.template} ${exchange.status}: the document declares no JSON body`);
        continue;
      }
      problems.push(...schemaViolations(document, schema, exchange.body).map((v) => `${exchange.method} ${found.template} ${exchange.status}: ${v}`));
    }
    expect([...new Set(problems)].slice(0, 40)).toEqual([]);
  });

  it('covers a good part of the routes', () => {
    const covered = new Set(checked().map((e) => operationFor(document, e.method, e.path)?.operation.operationId));
    expect(covered.size).toBeGreaterThanOrEqual(60);
  });
});
