import { seedDemoCampaign } from '../../apps/demo/src/seed-demo-campaign';
import { type Stack, startStack } from '@app/testing';

describe('the demo campaign (npm start)', () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack('demo');
  });

  afterAll(() => stack?.stop());

  it('loads through the public API, and loading it again changes nothing', async () => {
    const lines: string[] = [];
    const first = await seedDemoCampaign(stack.baseUrl, (line) => lines.push(line));
    expect(first.candidacies).toHaveLength(12);
    expect(first.candidacies.every((c: { status: string }) => c.status === 'accepted')).toBe(true);
    expect(first.candidacies.map((c: { name: string }) => c.name).slice(0, 3)).toEqual(['周晓雯', '林淑芬', '黄丽娟']);
    expect(lines.join('\n')).toContain('周晓雯');

    const eventsBefore = (await stack.pool.query(`SELECT count(*)::int AS n FROM events`)).rows[0].n;
    const second = await seedDemoCampaign(stack.baseUrl, () => undefined);
    expect(second.campaignId).toBe(first.campaignId);
    expect((await stack.pool.query(`SELECT count(*)::int AS n FROM events`)).rows[0].n).toBe(eventsBefore);
    const { rows } = await stack.pool.query(`SELECT stage FROM campaigns`);
    expect(rows).toEqual([{ stage: 'qualification-review' }]);
  });
});
