import type { Page } from 'playwright-core';
import { ApiClient, openQuickCampaign, runQuickCampaignToCertified, submitQuickCandidacies } from '@app/testing';
import { fieldError, newPerson, screenshot, seriousA11yViolations, signIn } from './browser-harness';
import { browserSuite } from './browser-suite';

const ok = (what: string, res: { status: number; body: any }) => {
  if (res.status !== 200 && res.status !== 201) throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
};

/**
 * Nomination channels and community rounds feeding a city round, in Chromium against the real api + worker: a
 * candidate says how she comes forward (a joint nomination short of the campaign's minimum is stopped at the
 * field), and the city's organiser ticks a certified district campaign and takes its finalists, who then show
 * where they came from.
 */
describe('nomination channels and child campaigns in Chromium', () => {
  const suite = browserSuite('browser_child_campaigns', { startTimeoutMs: 180_000 });
  let candidate: Page;
  let organiser: Page;
  let city: ApiClient;
  let cityCampaign: string;
  let districtCampaign: string;
  const districtTitle = '东区妇联最美家庭评选';

  beforeAll(async () => {
    const base = suite.stack.baseUrl;
    const root = await ApiClient.login(base, ['organiser'], 'bc-root', '省妇联');
    const cityId = ok(
      'city',
      await root.request('POST', '/organisations', { parentId: '00000000-0000-4000-8000-00000000d001', name: '某市妇联', level: 'city' }),
    ).organisationId;
    ok('staff city', await root.request('POST', `/organisations/${cityId}/organisers`, { personId: 'bc-city', name: '市妇联周部长' }));
    city = await ApiClient.login(base, ['organiser'], 'bc-city', '市妇联周部长');
    const districtId = ok('district', await city.request('POST', '/organisations', { parentId: cityId, name: '东区妇联', level: 'district' })).organisationId;
    ok('staff district', await city.request('POST', `/organisations/${districtId}/organisers`, { personId: 'bc-district', name: '东区王主任' }));
    const district = await ApiClient.login(base, ['organiser'], 'bc-district', '东区王主任');
    districtCampaign = await openQuickCampaign(district, { title: districtTitle, seats: 2 });
    await submitQuickCandidacies(base, districtCampaign, [
      { userId: 'bc-family-1', name: '东区家庭甲' },
      { userId: 'bc-family-2', name: '东区家庭乙' },
      { userId: 'bc-family-3', name: '东区家庭丙' },
    ]);
    await runQuickCampaignToCertified(district, districtCampaign);
    cityCampaign = await openQuickCampaign(city, { title: '某市最美家庭评选', seats: 2, config: { nomination: { jointNominatorsMinimum: 3 } } });
    candidate = (await newPerson(suite.browser, suite.pageErrors)).page;
    organiser = (await newPerson(suite.browser, suite.pageErrors)).page;
  }, 240_000);

  it('the candidacy form asks how she comes forward; a joint nomination short of the minimum is stopped at the field', async () => {
    await signIn(candidate, suite.stack.baseUrl, '报名人', '孙玉梅', 'bc-candidate');
    await candidate.goto(`${suite.stack.baseUrl}/app/candidate/campaigns/${cityCampaign}`);
    await candidate.fill('#candidacy_details_name', '孙玉梅');
    await candidate.fill('#candidacy_details_contact', '137-0000-0000');
    await candidate.fill('#candidacy_details_birthYear', '1985');
    await candidate.fill('#candidacy_proposal_title', '邻里守望互助');
    await candidate.fill('#candidacy_proposal_problem', '独居老人缺少照应。');
    await candidate.fill('#candidacy_proposal_beneficiaries', '社区独居老人');
    await candidate.fill('#candidacy_proposal_actions', '组织邻里结对，每周上门探访。');
    await candidate.fill('#candidacy_proposal_budget', '3000');
    await candidate.fill('#candidacy_proposal_expectedOutcomes', '结对 50 户。');
    await candidate.click('#candidacy_consent_processing');

    await candidate.locator('label.ant-radio-wrapper', { hasText: '联名推荐' }).click();
    await candidate.fill('#candidacy_nomination_nominatorsText', '赵秀英\n钱桂兰\n赵秀英');
    await candidate.getByRole('button', { name: '提交报名' }).click();
    await expect(fieldError(candidate, 'candidacy_nomination_nominatorsText').innerText()).resolves.toContain('至少需要 3 名不同的推荐人（已填写 2 人）');
    expect(ok('list', await city.get(`/campaigns/${cityCampaign}/candidacies`))).toEqual([]);
    await screenshot(candidate, '60-nomination-joint-too-few');

    await candidate.fill('#candidacy_nomination_nominatorsText', '赵秀英\n钱桂兰\n李桂芝');
    await candidate.getByRole('button', { name: '提交报名' }).click();
    await candidate.getByTestId('candidacy-status').getByText('已报名').waitFor();
    await expect(candidate.getByTestId('nomination-details').innerText()).resolves.toContain('推荐人：赵秀英、钱桂兰、李桂芝');
    expect(await seriousA11yViolations(candidate)).toEqual([]);
    const [saved] = ok('list', await city.get(`/campaigns/${cityCampaign}/candidacies`));
    expect(saved.nomination).toMatchObject({ channel: 'joint', nominators: ['赵秀英', '钱桂兰', '李桂芝'] });
  });

  it('the city organiser takes the finalists of a certified district campaign; they show where they came from', async () => {
    await signIn(organiser, suite.stack.baseUrl, '组织方', '市妇联周部长', 'bc-city');
    await organiser.goto(`${suite.stack.baseUrl}/app/campaigns/${cityCampaign}`);
    await organiser.getByRole('tab', { name: '报名与资格审查' }).click();
    const panel = organiser.getByTestId('child-campaigns');
    await panel.getByText(districtTitle).waitFor();
    await panel.getByRole('checkbox', { name: districtTitle }).check();
    await screenshot(organiser, '61-child-campaigns');
    await panel.getByRole('button', { name: '选取所选评选的入围人选' }).click();
    const dialog = organiser.getByRole('dialog');
    await dialog.getByText('所选评选的 2 名入围人选将成为本次活动的报名人').waitFor();
    await dialog.getByRole('button', { name: '选取所选评选的入围人选' }).click();
    await panel.getByText('已选取').waitFor();
    await organiser.getByText(`来自：${districtTitle}`).first().waitFor();
    expect(await organiser.getByText(`来自：${districtTitle}`).count()).toBe(2);
    await expect(organiser.locator('[data-testid="nomination-channel"]').allInnerTexts()).resolves.toEqual(
      expect.arrayContaining(['联名推荐', '下级评选产生', '下级评选产生']),
    );
    expect(await seriousA11yViolations(organiser)).toEqual([]);
    await screenshot(organiser, '62-adopted-finalists');

    const list: any[] = ok('list', await city.get(`/campaigns/${cityCampaign}/candidacies`));
    expect(list.filter((c) => c.nomination.channel === 'child-campaign').map((c) => c.nomination.childCampaignId)).toEqual([
      districtCampaign,
      districtCampaign,
    ]);
  });
});
