import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { ApiClient, campaignBody } from '@app/testing';
import { fieldError, newPerson, screenshot, seriousA11yViolations, signIn } from './browser-harness';
import { browserSuite } from './browser-suite';

/** The privacy notice and consents of the candidacy form, and the My data page, in Chromium. */
describe('personal data in Chromium: consent at submission, My data', () => {
  const suite = browserSuite('browser-personal-data');
  let page: Page;
  let campaignId: string;

  beforeAll(async () => {
    page = (await newPerson(suite.browser, suite.pageErrors)).page;
    const organiser = await ApiClient.login(suite.stack.baseUrl, ['organiser'], 'pd-organiser');
    campaignId = (await organiser.command('POST', '/campaigns', campaignBody({ title: '隐私测试选配' }))).body.result.campaignId;
    expect((await organiser.command('POST', `/campaigns/${campaignId}/candidacy/open`)).status).toBe(200);
  }, 120_000);

  it('shows the privacy notice and refuses to submit without consent to processing; the publication consents are recorded as chosen', async () => {
    await signIn(page, suite.stack.baseUrl, '报名人', '陈静', 'pd-candidate');
    await page.goto(`${suite.stack.baseUrl}/app/candidate/campaigns/${campaignId}`);
    const notice = page.getByTestId('privacy-notice');
    await notice.getByText('进入差额人选和当选人员的姓名依法必须公示').waitFor();
    await notice.getByText('保存 3 年').waitFor();
    await page.fill('#candidacy_details_name', '陈静');
    await page.fill('#candidacy_details_contact', '137-0000-0000');
    await page.fill('#candidacy_details_employer', '区民政局');
    await page.fill('#candidacy_proposal_title', '社区婚姻家庭调解室');
    await page.fill('#candidacy_proposal_problem', '家庭纠纷缺少就近调解。');
    await page.fill('#candidacy_proposal_beneficiaries', '辖区家庭');
    await page.fill('#candidacy_proposal_actions', '每周两次驻点调解。');
    await page.fill('#candidacy_proposal_budget', '8000');
    await page.fill('#candidacy_proposal_expectedOutcomes', '调解成功率八成以上。');
    await page.getByRole('button', { name: '提交报名' }).click();
    await expect(fieldError(page, 'candidacy_consent_processing').innerText()).resolves.toContain('须同意为本次选配处理个人信息才能报名');
    await screenshot(page, '50-candidacy-consent');

    await page.click('#candidacy_consent_processing');
    await page.click('#candidacy_consent_publishProjectTitle');
    await page.getByRole('button', { name: '提交报名' }).click();
    await page.getByTestId('candidacy-status').getByText('已报名').waitFor();
    const organiser = await ApiClient.login(suite.stack.baseUrl, ['organiser'], 'pd-organiser');
    const [candidacy] = (await organiser.get(`/campaigns/${campaignId}/candidacies`)).body;
    expect(candidacy.consent).toEqual({ processing: true, publishName: false, publishEmployer: false, publishProjectTitle: true });
  });

  it('My data downloads everything held about her and takes a request for erasure', async () => {
    await page.getByRole('link', { name: '我的数据' }).first().click();
    await page.waitForURL('**/app/my-data');
    await page.getByText('报名 1 项').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-my-data').click()]);
    const exported = JSON.parse(await readFile((await download.path())!, 'utf8'));
    expect(exported.account).toMatchObject({ id: 'pd-candidate', name: '陈静' });
    expect(exported.candidacies).toEqual([expect.objectContaining({ campaignId, details: expect.objectContaining({ employer: '区民政局' }) })]);
    expect(exported.candidacies[0].events.map((e: { type: string }) => e.type)).toEqual(['CandidacySubmitted']);

    await page.getByRole('button', { name: '申请删除我的数据' }).click();
    await page.getByTestId('erasure-request').getByText('尚未确认结果').waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, '51-my-data');
  });
});
