import type { Page } from 'playwright-core';
import { ApiClient } from '@app/testing';
import { newPerson, screenshot, seriousA11yViolations, signIn } from './browser-harness';
import { browserSuite } from './browser-suite';
import { honoursCampaignToAward } from '../fixtures/honours-campaign-fixtures';

const byName = new Intl.Collator('zh-CN');

/**
 * An honours campaign in Chromium against the real api + worker: the organiser chooses the honours pipeline in the
 * campaign form (expert review left out, two tiers of 2 and 3 places, in no particular order), the campaign page
 * shows its own stages (nomination, no expert review, award tiers instead of the congress), the awards tab shows
 * the lists the ranking gives and publishes them, and the public page shows both tiers, 排名不分先后.
 * Nominations, the vote and inspection run through the API (their screens are tested elsewhere).
 */
describe('honours campaign in Chromium: the pipeline in the form, the awards tab, the public award lists', () => {
  const suite = browserSuite('browser_honours');
  let organiser: Page;
  let visitor: Page;
  let api: ApiClient;
  let campaignId: string;
  const a11y: Record<string, unknown[]> = {};

  beforeAll(async () => {
    organiser = (await newPerson(suite.browser, suite.pageErrors)).page;
    visitor = (await newPerson(suite.browser, suite.pageErrors)).page;
    api = await ApiClient.login(suite.stack.baseUrl, ['organiser'], 'organiser-honours', '李主任');
    await signIn(organiser, suite.stack.baseUrl, '组织方', '李主任', 'organiser-honours');
  });

  afterAll(() => {
    expect(a11y).toEqual(Object.fromEntries(Object.keys(a11y).map((k) => [k, []])));
  });

  it('creates an honours campaign in the form: the template fills sensible defaults, tiers and publication are chosen', async () => {
    await organiser.goto(`${suite.stack.baseUrl}/app/campaigns/new`);
    await organiser.fill('#campaign_title', '十佳家庭评选');
    await organiser.fill('#campaign_organisingBody', '某市妇女联合会');
    await organiser.getByLabel(/评选表彰/).check();
    // Honours: positions follow from the tiers; expert review left out, so the public vote weighs 100.
    expect(await organiser.locator('#campaign_positions_0_title').isVisible()).toBe(false);
    expect(await organiser.inputValue('#campaign_weights_jury')).toBe('100');
    expect(await organiser.getByLabel('不进行专家评审（项目评审和专家评审组意见）').isChecked()).toBe(true);
    await organiser.fill('#campaign_pipeline_awardTiers_0_title', '十佳家庭');
    await organiser.fill('#campaign_pipeline_awardTiers_0_size', '2');
    await organiser.fill('#campaign_pipeline_awardTiers_1_size', '3');
    await organiser.getByText('共 5 个获奖名额').waitFor();
    await organiser.fill('#campaign_approvalLimit', '6');
    await organiser.getByLabel('排名不分先后').check();
    a11y.form = await seriousA11yViolations(organiser);
    await screenshot(organiser, '60-honours-campaign-form', true);
    await organiser.getByRole('button', { name: '创建活动' }).click();
    await organiser.waitForURL(/\/app\/campaigns\/[0-9a-f-]{36}$/);
    campaignId = organiser.url().split('/').pop()!;
    const saved = (await api.get(`/campaigns/${campaignId}`)).body;
    expect(saved.config.pipeline).toEqual({
      template: 'honours',
      skippedStages: ['project-review', 'panel-opinion'],
      awardTiers: [
        { key: 'tier-1', title: '十佳家庭', size: 2 },
        { key: 'tier-2', title: '提名奖', size: 3 },
      ],
      publication: 'unranked',
    });
    expect(saved.config.weights).toEqual({ projectReview: '0', panelOpinion: '0', jury: '100' });
  });

  it("shows the campaign's own stages: nomination, no expert review, award tiers instead of the congress", async () => {
    const steps = organiser.locator('[aria-label="阶段进度"]');
    await steps.waitFor();
    const text = await steps.innerText();
    expect(text).toContain('推荐');
    expect(text).toContain('评选表彰');
    expect(text).not.toContain('项目评审');
    expect(text).not.toContain('代表大会选举');
    expect(await organiser.getByRole('tab', { name: '表彰名单' }).count()).toBe(1);
    expect(await organiser.getByRole('tab', { name: '代表大会选举' }).count()).toBe(0);
  });

  it('calls the candidacy stage nomination (推荐) on the candidate’s pages too (the expert’s use the same tag)', async () => {
    // A second honours campaign, created from the template with a title and body only.
    const created = await api.command('POST', '/campaigns', { template: 'honours', title: '最美家庭评选', organisingBody: '某市妇女联合会' });
    const other: string = created.body.result.campaignId;
    expect((await api.command('POST', `/campaigns/${other}/candidacy/open`)).status).toBe(200);
    const candidate = (await newPerson(suite.browser, suite.pageErrors)).page;
    await signIn(candidate, suite.stack.baseUrl, '报名人', '周晓雯', 'honours-tag-candidate');
    await candidate.goto(`${suite.stack.baseUrl}/app/candidate/campaigns/${other}`);
    expect(await candidate.getByTestId('stage-tag').innerText()).toBe('推荐');
    await candidate.goto(`${suite.stack.baseUrl}/app/candidate`);
    await candidate.getByText('最美家庭评选').first().waitFor();
    expect(await candidate.getByTestId('stage-tag').allInnerTexts()).toContain('推荐');
    expect(await candidate.getByTestId('stage-tag').allInnerTexts()).not.toContain('报名');
    await candidate.close();
  });

  it('shows the award lists in stage award and publishes them behind a confirmation', async () => {
    await honoursCampaignToAward(api, campaignId, 'honours-ui');
    await organiser.goto(`${suite.stack.baseUrl}/app/campaigns/${campaignId}`);
    await organiser.getByRole('tab', { name: '表彰名单' }).click();
    const winners = organiser.getByTestId('award-tier-tier-1');
    await winners.locator('.ant-table-tbody tr.ant-table-row').nth(1).waitFor();
    expect(await winners.locator('.ant-table-tbody tr.ant-table-row td:nth-child(1)').allInnerTexts()).toEqual(['李家', '王家'].sort(byName.compare));
    expect(await organiser.getByTestId('award-tier-tier-2').locator('.ant-table-tbody tr.ant-table-row td:nth-child(1)').allInnerTexts()).toEqual(
      ['张家', '陈家', '赵家'].sort(byName.compare),
    );
    a11y.awards = await seriousA11yViolations(organiser);
    await screenshot(organiser, '61-honours-awards-tab', true);
    await organiser.getByTestId('publish-awards').click();
    await organiser.getByRole('dialog').getByRole('button', { name: '确认' }).click();
    await organiser.getByText('表彰名单已发布，公示期开始').waitFor();
    expect((await api.get(`/campaigns/${campaignId}`)).body.stage).toBe('publicity');
  });

  it('the public page lists both tiers with each family’s unit, in no particular order', async () => {
    await visitor.goto(`${suite.stack.baseUrl}/app/public/results/${campaignId}`);
    await visitor.getByTestId('award-lists').waitFor();
    expect(await visitor.getByTestId('award-publication').innerText()).toBe('排名不分先后');
    const rows = (tier: string) => visitor.getByTestId(`award-tier-${tier}`).locator('.ant-table-tbody tr.ant-table-row').allInnerTexts();
    expect((await rows('tier-1')).map((r) => r.replace(/\s+/g, ' '))).toEqual(['李家 西山社区', '王家 东湖街道'].sort(byName.compare));
    expect(await visitor.getByText('综合成绩 =').count()).toBe(0);
    a11y.public = await seriousA11yViolations(visitor);
    await screenshot(visitor, '62-honours-public-results', true);
  });

  it('the printable notice page lists the tiers under the awards heading, with no scoring formula', async () => {
    await visitor.goto(`${suite.stack.baseUrl}/app/public/results/${campaignId}/notice`);
    await visitor.getByTestId('award-lists').waitFor();
    expect(await visitor.getByRole('heading', { level: 2, name: '各奖项名单' }).count()).toBe(1);
    expect(await visitor.getByRole('heading', { level: 2, name: '当选人员' }).count()).toBe(0);
    expect(await visitor.getByTestId('award-publication').innerText()).toBe('排名不分先后');
    expect(await visitor.getByText('综合成绩 =').count()).toBe(0);
  });
});
