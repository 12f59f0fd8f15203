import type { Page } from 'playwright-core';
import { ApiClient, campaignBody, candidacyBody } from '@app/testing';
import { newPerson, screenshot, seriousA11yViolations, signIn } from './browser-harness';
import { browserSuite } from './browser-suite';

const ok = (what: string, res: { status: number; body: any }) => {
  if (res.status !== 200) throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
};

/** One of the committee's positions, a body with sitting members, and its grassroots quota (issue 16). */
const committee = (title: string) =>
  campaignBody({
    title,
    positions: [
      { key: 'vice-chair', title: '兼职副主席', seats: 1 },
      { key: 'standing-member', title: '兼职常委', seats: 3 },
    ],
    competitiveMarginPercent: 50,
    weights: { projectReview: '50', panelOpinion: '0', jury: '50' },
    bodies: [
      {
        key: 'standing-committee',
        title: '常务委员会',
        positionKeys: ['standing-member'],
        sittingMembers: [
          { count: 1, attributes: { grassrootsFrontline: true, employment: 'part-time' } },
          { count: 2, attributes: { grassrootsFrontline: false, employment: 'full-time' } },
        ],
      },
    ],
    quotas: [{ attribute: 'grassrootsFrontline', minSharePercent: 30, appliesTo: 'elected', body: 'standing-committee' }],
  });

const NAMES = ['周晓雯', '林淑芬', '黄丽娟', '陈美玲', '刘芳', '张丽', '王红'];

/**
 * Through the api: seven candidacies (the fifth and sixth grassroots), the ranking in submission order, six
 * finalists, a vice-chair and three standing members elected on paper, none grassroots — the committee has 1 of 6.
 */
async function electedBreakingTheQuota(organiser: ApiClient, title: string): Promise<{ campaignId: string; ids: string[] }> {
  const campaignId: string = ok('create', await organiser.command('POST', '/campaigns', committee(title))).result.campaignId;
  ok('open', await organiser.command('POST', `/campaigns/${campaignId}/candidacy/open`));
  const ids: string[] = [];
  for (const [i, name] of NAMES.entries()) {
    const candidate = await ApiClient.login(organiser.baseUrl, ['candidate'], `quotas-ui-candidate-${i + 1}`);
    const body = candidacyBody(name, { details: { grassrootsFrontline: i === 4 || i === 5 } });
    ids.push(ok('candidacy', await candidate.command('POST', `/campaigns/${campaignId}/candidacies`, body)).result.candidacyId);
  }
  ok('close', await organiser.command('POST', `/campaigns/${campaignId}/candidacy/close`));
  for (const id of ids) ok('qualify', await organiser.command('POST', `/candidacies/${id}/qualification`, { decision: 'accepted', reason: '材料齐全' }));
  ok('project review', await organiser.command('POST', `/campaigns/${campaignId}/stage`, { to: 'project-review' }));
  ok('close review', await organiser.command('POST', `/campaigns/${campaignId}/evaluation/project-review/close`, {}));
  ok('jury', await organiser.command('POST', `/campaigns/${campaignId}/stage`, { to: 'jury' }));
  ok('ranking', await organiser.command('POST', `/campaigns/${campaignId}/stage`, { to: 'ranking' }));
  ok('jury result', await organiser.command('POST', `/campaigns/${campaignId}/jury/result`, {}));
  ok('freeze', await organiser.command('POST', `/campaigns/${campaignId}/ranking/freeze`));
  ok('grant', await organiser.command('POST', `/campaigns/${campaignId}/grants`, { personId: 'quotas-ui-inspector', name: '考察组', role: 'inspector' }));
  const inspector = await ApiClient.login(organiser.baseUrl, ['inspector'], 'quotas-ui-inspector');
  for (const id of ids.slice(0, 6))
    ok('inspect', await inspector.command('POST', `/campaigns/${campaignId}/inspections`, { candidacyId: id, result: 'pass', findings: '群众评价好' }));
  ok('close inspection', await organiser.command('POST', `/campaigns/${campaignId}/inspection/close`));
  ok('delegates', await organiser.command('POST', `/campaigns/${campaignId}/election/delegates`, { count: 10 }));
  ok(
    'check in',
    await organiser.command('POST', `/campaigns/${campaignId}/election/check-ins`, {
      delegateIds: Array.from({ length: 10 }, (_, i) => `D${String(i + 1).padStart(4, '0')}`),
    }),
  );
  const round = async (positionKey: string, approvals: Record<string, number>) => {
    const open = ok('open round', await organiser.command('POST', `/campaigns/${campaignId}/election/rounds`, { positionKey, method: 'paper' })).result;
    const perCandidate = Object.fromEntries(
      (open.candidateIds as string[]).map((id) => [id, { approve: approvals[id] ?? 0, oppose: 10 - (approvals[id] ?? 0), abstain: 0 }]),
    );
    ok(
      'paper count',
      await organiser.command('POST', `/campaigns/${campaignId}/election/rounds/${open.roundId}/paper-count`, {
        ballotsIssued: 10,
        ballotsReturned: 10,
        invalidBallots: 0,
        perCandidate,
      }),
    );
    ok('close round', await organiser.command('POST', `/campaigns/${campaignId}/election/rounds/${open.roundId}/close`));
  };
  await round('vice-chair', { [ids[0]]: 9, [ids[1]]: 1 });
  await round('standing-member', { [ids[1]]: 8, [ids[2]]: 7, [ids[3]]: 6, [ids[4]]: 3, [ids[5]]: 2 });
  return { campaignId, ids };
}

/**
 * Quotas on a governing body in Chromium against the real api + worker: the campaign form's bodies section (title,
 * positions, sitting members by attribute counts) and a quota row checked on the body; the election tab's "quota
 * broken: open a further round" with who gives up a seat and who may stand, opened after a confirmation.
 */
describe('body quotas and the quota further round in Chromium', () => {
  const suite = browserSuite('browser_quotas');
  let organiser: Page;
  let api: ApiClient;

  beforeAll(async () => {
    organiser = (await newPerson(suite.browser, suite.pageErrors)).page;
    api = await ApiClient.login(suite.stack.baseUrl, ['organiser'], 'organiser-quotas', '李主任');
    await signIn(organiser, suite.stack.baseUrl, '组织方', '李主任', 'organiser-quotas');
  });

  /** Picks an option of a select by its label; waits for the open list so the click is not lost in its animation. */
  const choose = async (label: string, option: string) => {
    await organiser.getByLabel(label, { exact: true }).click();
    const item = organiser.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', { hasText: option }).first();
    await item.waitFor();
    await organiser.waitForTimeout(300);
    await item.click();
  };

  it('campaign form: a standing committee with its positions and sitting members, and a quota checked on it', async () => {
    await organiser.goto(`${suite.stack.baseUrl}/app/campaigns/new`);
    await organiser.fill('#campaign_title', '常委会结构比例测试');
    await organiser.fill('#campaign_organisingBody', '某区妇女联合会');

    await organiser.getByRole('checkbox', { name: '无党派人士' }).check();
    const bodies = organiser.getByTestId('bodies-section');
    await bodies.getByRole('button', { name: '添加机构' }).click();
    await organiser.fill('#campaign_bodies_0_title', '常务委员会');
    await choose('当选后进入该机构的职位 1', '兼职常委');
    await organiser.keyboard.press('Escape');
    await bodies.getByRole('button', { name: '添加现任成员' }).click();
    await organiser.fill('#campaign_bodies_0_sittingMembers_0_count', '2');
    await organiser.getByLabel('基层一线 1.1', { exact: true }).click();
    await bodies.getByRole('button', { name: '添加现任成员' }).click();
    await organiser.fill('#campaign_bodies_0_sittingMembers_1_count', '3');
    await organiser.getByRole('checkbox', { name: '无党派人士' }).nth(2).check();
    await bodies.scrollIntoViewIfNeeded();
    await screenshot(organiser, '60-campaign-form-bodies');

    // The first quota row: on the elected, checked on the committee (its elected and its sitting members).
    await choose('适用于 1', '当选名单');
    await choose('机构 1', '常务委员会');
    const a11y = await seriousA11yViolations(organiser);

    await organiser.getByRole('button', { name: '创建活动' }).click();
    await organiser.waitForURL(/\/app\/campaigns\/[0-9a-f-]{36}$/);
    const saved = ok('campaign', await api.get(`/campaigns/${organiser.url().split('/').pop()}`));
    expect(saved.config.candidateAttributes).toEqual([{ key: 'nonParty', label: '无党派人士', kind: 'boolean' }]);
    expect(saved.config.bodies).toEqual([
      {
        key: 'body-1',
        title: '常务委员会',
        positionKeys: ['standing-committee'],
        sittingMembers: [
          { count: 2, attributes: { grassrootsFrontline: true, employment: 'part-time', gender: 'female', nonParty: false } },
          { count: 3, attributes: { grassrootsFrontline: false, employment: 'part-time', gender: 'female', nonParty: true } },
        ],
      },
    ]);
    expect(saved.config.quotas).toEqual([{ attribute: 'grassrootsFrontline', equals: true, minSharePercent: 30, appliesTo: 'elected', body: 'body-1' }]);
    expect(a11y).toEqual([]);
  });

  it('election tab: "quota broken" shows who gives up a seat and who may stand; the further round opens after a confirmation', async () => {
    const { campaignId, ids } = await electedBreakingTheQuota(api, '常委会另行选举测试');
    await organiser.goto(`${suite.stack.baseUrl}/app/campaigns/${campaignId}`);
    await organiser.getByRole('tab', { name: '代表大会选举' }).click();
    const panel = organiser.getByTestId('quota-further-round');
    await panel.waitFor();
    await panel.getByText('未满足结构比例要求：发起另行选举').waitFor();
    // 1 of 6 (three elected + three sitting, one grassroots) needs 2: 陈美玲 (6 votes) gives up her seat; 刘芳 and 张丽 may stand.
    expect(await organiser.getByTestId('quota-round-vacated').innerText()).toBe('陈美玲');
    expect(await organiser.getByTestId('quota-round-eligible').innerText()).toBe('刘芳、张丽');
    await panel.scrollIntoViewIfNeeded();
    await screenshot(organiser, '61-election-quota-further-round');
    expect(await seriousA11yViolations(organiser)).toEqual([]);

    await organiser.getByTestId('open-quota-further-round').click();
    const dialog = organiser.getByRole('dialog');
    await dialog.waitFor();
    await dialog.getByRole('button', { name: /确\s*定|确认/ }).click();
    await dialog.waitFor({ state: 'detached' });
    await organiser.getByText('席位已空出：请在下方开始另行选举投票。').waitFor();
    const overview = ok('overview', await api.get(`/campaigns/${campaignId}/election`));
    expect(overview.completed).toBe(false);
    expect(overview.positions[1].next).toMatchObject({ kind: 'further', seats: 1 });
    expect(overview.positions[1].next.candidates.map((c: { candidacyId: string }) => c.candidacyId)).toEqual([ids[4], ids[5]]);
    await panel.waitFor({ state: 'detached' });
  }, 180_000);
});
