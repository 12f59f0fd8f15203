import { ApiClient } from '@app/api-client';
import { demoCampaignBody, demoCandidates } from './demo-campaign';
import { formatTable } from './text-table';

export type Report = (line: string) => void;

/** Fails loudly with the API's own explanation when a step of the demo does not succeed. */
function expectOk<T>(step: string, res: { status: number; body: T }): T {
  if (res.status !== 200) throw new Error(`${step} failed (${res.status}): ${JSON.stringify(res.body)}`);
  return res.body;
}

/**
 * Runs the demo campaign through the public HTTP API, as the organiser and candidates would. Every command has
 * a fixed idempotency key, so running the seed again returns the first outcomes and changes nothing.
 */
export async function seedDemoCampaign(baseUrl: string, report: Report = console.log) {
  const organiser = await ApiClient.login(baseUrl, ['organiser'], 'demo-organiser', '李主任');
  const created = expectOk('Create campaign', await organiser.command('POST', '/campaigns', demoCampaignBody(), 'demo-create-campaign'));
  const campaignId: string = (created as any).result.campaignId;
  report(`✔ campaign created: ${campaignId}`);

  const campaign = expectOk('Read campaign', await organiser.get(`/campaigns/${campaignId}`)) as any;
  if (campaign.stage === 'draft') {
    expectOk('Open candidacy', await organiser.command('POST', `/campaigns/${campaignId}/candidacy/open`, undefined, 'demo-open-candidacy'));
  }
  report('✔ candidacy open (报名)');

  const candidates = demoCandidates();
  let submitted = 0;
  for (const candidate of candidates) {
    const client = await ApiClient.login(baseUrl, ['candidate'], `demo-${candidate.key}`, candidate.name);
    const res = await client.command('POST', `/campaigns/${campaignId}/candidacies`, candidate.body, `demo-submit-${candidate.key}`);
    if (res.status === 200) submitted += 1;
    else if (res.body?.code !== 'stage.wrong') expectOk(`Submit candidacy of ${candidate.name}`, res);
  }
  report(`✔ ${submitted} candidacies submitted with project proposals`);

  if ((expectOk('Read campaign', await organiser.get(`/campaigns/${campaignId}`)) as any).stage === 'candidacy-open') {
    expectOk('Close candidacy', await organiser.command('POST', `/campaigns/${campaignId}/candidacy/close`, undefined, 'demo-close-candidacy'));
  }
  report('✔ candidacy closed; qualification review (资格审查)');

  const candidacies = expectOk('List candidacies', await organiser.get(`/campaigns/${campaignId}/candidacies`)) as any[];
  for (const c of candidacies.filter((c) => c.status === 'submitted')) {
    expectOk(
      `Qualification of ${c.name}`,
      await organiser.command('POST', `/candidacies/${c.id}/qualification`, { decision: 'accepted', reason: '报名材料齐全，符合报名条件' }, `demo-qualify-${c.id}`),
    );
  }
  const reviewed = expectOk('List candidacies', await organiser.get(`/campaigns/${campaignId}/candidacies`)) as any[];
  report(`✔ qualification review recorded for ${reviewed.length} candidacies\n`);
  report(
    formatTable(reviewed, [
      { title: '#', value: (c) => String(reviewed.indexOf(c) + 1), align: 'right' },
      { title: '姓名 Name', value: (c) => c.name },
      { title: '出生 Born', value: (c) => String(c.details.birthYear) },
      { title: '学历 Education', value: (c) => c.details.education || '—' },
      { title: '单位 Employer', value: (c) => c.details.employer },
      { title: '基层一线', value: (c) => (c.details.grassrootsFrontline ? '是' : '否') },
      { title: '竞职项目 Project', value: (c) => c.proposal.title },
      { title: '资格 Status', value: (c) => c.status },
    ]),
  );
  return { campaignId, organiserToken: organiser.token!, candidacies: reviewed };
}
