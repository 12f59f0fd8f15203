import type { Page } from 'playwright-core';
import { ApiClient, campaignBody } from '@app/testing';
import { newPerson, screenshot, signIn } from './browser-harness';
import { browserSuite } from './browser-suite';
import { demoCampaignAtRanking } from '../fixtures/demo-campaign-fixtures';

const DAY = 86_400_000;
const ok = (what: string, res: { status: number; body: any }) => {
  if (res.status !== 200) throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
};

/**
 * Templates, copies and deadlines in Chromium against the real api + worker: a campaign is started from a template
 * (the form filled from it, the template recorded as its origin), a past campaign is copied with its dates moved to
 * a new opening day (previewed before), and a running campaign's deadline is extended with a reason, shown after.
 */
describe('campaign templates, copies and deadline extensions in Chromium', () => {
  const suite = browserSuite('browser_templates');
  let organiser: Page;
  let api: ApiClient;
  let sourceId: string;
  const sourceTimeline = {
    candidacyOpensAt: '2027-03-01T01:00:00.000Z',
    candidacyClosesAt: '2027-03-31T09:00:00.000Z',
    juryClosesAt: '2027-05-10T09:00:00.000Z',
  };

  beforeAll(async () => {
    organiser = (await newPerson(suite.browser, suite.pageErrors)).page;
    api = await ApiClient.login(suite.stack.baseUrl, ['organiser'], 'organiser-templates', '李主任');
    sourceId = ok('source', await api.command('POST', '/campaigns', campaignBody({ title: '2027年区妇联兼职副主席公开选配', timeline: sourceTimeline }))).result
      .campaignId;
    await signIn(organiser, suite.stack.baseUrl, '组织方', '李主任', 'organiser-templates');
  });

  it('creates a campaign from a template: the form is filled from it and the template is recorded', async () => {
    await organiser.goto(`${suite.stack.baseUrl}/app/campaigns/new`);
    await organiser.locator('label.ant-radio-button-wrapper', { hasText: '使用模板' }).click();
    await organiser.getByTestId('template-open-selection').click();
    await organiser.fill('#campaign_title', '从模板新建的选配');
    await organiser.fill('#campaign_organisingBody', '某区妇女联合会');
    await screenshot(organiser, '60-campaign-from-template');
    await organiser.getByRole('button', { name: '创建活动' }).click();
    await organiser.waitForURL(/\/app\/campaigns\/[0-9a-f-]{36}$/);
    const saved = ok('campaign', await api.get(`/campaigns/${organiser.url().split('/').pop()}`));
    expect(saved.origin).toEqual({ template: 'open-selection' });
    expect(saved.config.quotas).toEqual([
      { attribute: 'grassrootsFrontline', equals: true, minSharePercent: 30, appliesTo: 'shortlist' },
      { attribute: 'employment', equals: 'full-time', maxSharePercent: 50, appliesTo: 'elected' },
    ]);
    await expect(organiser.getByTestId('campaign-origin').innerText()).resolves.toContain('来自模板：兼职副主席、兼职常委公开选配');
  });

  it('copies a past campaign to a new candidacy opening day, previewing the moved dates', async () => {
    await organiser.goto(`${suite.stack.baseUrl}/app/campaigns/new`);
    await organiser.locator('label.ant-radio-button-wrapper', { hasText: '复制往届活动' }).click();
    await organiser.click('#copy-source');
    await organiser.locator('.ant-select-item-option', { hasText: '2027年区妇联兼职副主席公开选配' }).first().click();
    await organiser.fill('#copy-title', '2028年区妇联兼职副主席公开选配');
    await organiser.click('#copy-opens-on');
    await organiser.keyboard.type('2028-03-01');
    await organiser.keyboard.press('Enter');
    await expect(organiser.getByTestId('copy-preview').innerText()).resolves.toContain('2028-03-01');
    await screenshot(organiser, '61-copy-campaign-preview');
    await organiser.getByRole('button', { name: '复制并创建草稿' }).click();
    await organiser.waitForURL((url) => /\/app\/campaigns\/[0-9a-f-]{36}$/.test(url.pathname) && !url.pathname.endsWith(sourceId));
    const copy = ok('copy', await api.get(`/campaigns/${organiser.url().split('/').pop()}`));
    expect(copy.title).toBe('2028年区妇联兼职副主席公开选配');
    expect(copy.origin).toEqual({ clonedFrom: sourceId });
    const shift = (Date.UTC(2028, 2, 1) - Date.UTC(2027, 2, 1)) / DAY; // 366: 2028 has a 29 February
    for (const [key, was] of Object.entries(sourceTimeline)) expect(Date.parse(copy.config.timeline[key]) - Date.parse(was)).toBe(shift * DAY);
    // The origin links to the campaign copied.
    await organiser.getByTestId('campaign-origin').getByRole('link', { name: '2027年区妇联兼职副主席公开选配' }).waitFor();
  });

  it('extends a running campaign’s deadline with a reason, and shows the extension', async () => {
    ok('open candidacy', await api.command('POST', `/campaigns/${sourceId}/candidacy/open`));
    await organiser.goto(`${suite.stack.baseUrl}/app/campaigns/${sourceId}`);
    await organiser.getByRole('tab', { name: '活动配置' }).click();
    await organiser.getByTestId('extend-deadline').click();
    await organiser.click('#extend-deadline_to');
    await organiser.keyboard.type('2027-04-07 17:00');
    await organiser.keyboard.press('Enter');
    await organiser.fill('#extend-deadline_reason', '报名人数不足，延长报名一周');
    await screenshot(organiser, '62-extend-deadline');
    await organiser
      .getByRole('button', { name: '确 认' })
      .or(organiser.getByRole('button', { name: '确认' }))
      .click();
    await expect(organiser.getByTestId('deadline-extensions').innerText()).resolves.toContain('报名人数不足，延长报名一周');
    const campaign = ok('campaign', await api.get(`/campaigns/${sourceId}`));
    expect(campaign.deadlineExtensions).toEqual([
      expect.objectContaining({ deadline: 'candidacyClosesAt', from: sourceTimeline.candidacyClosesAt, reason: '报名人数不足，延长报名一周' }),
    ]);
    expect(Date.parse(campaign.config.timeline.candidacyClosesAt)).toBeGreaterThan(Date.parse(sourceTimeline.candidacyClosesAt));
  });

  it('records a shortlisted candidate’s withdrawal with her reason; the next candidate replaces her', async () => {
    // The demo campaign's organiser (of the same organisation) takes it to the shortlist through the api.
    const campaign = await demoCampaignAtRanking(suite.stack.baseUrl, 'browser-withdrawal');
    ok('freeze', await campaign.organiser.command('POST', `/campaigns/${campaign.campaignId}/ranking/freeze`, {}));
    const before = ok('shortlist', await api.get(`/campaigns/${campaign.campaignId}/shortlist`)).members as { candidacyId: string; name: string }[];
    const leaving = before[0];
    await organiser.goto(`${suite.stack.baseUrl}/app/campaigns/${campaign.campaignId}`);
    await organiser.getByRole('tab', { name: '排名与考察' }).click();
    await organiser.getByTestId(`withdraw-${leaving.candidacyId}`).click();
    await organiser.fill('#withdraw-finalist_reason', '本人来信因工作调动退出');
    await organiser
      .getByRole('dialog')
      .getByRole('button', { name: /确\s?认/ })
      .click();
    await organiser.getByTestId('shortlist-table').getByText('本人退出').waitFor();
    await screenshot(organiser, '63-finalist-withdrawn');
    const after = ok('shortlist', await api.get(`/campaigns/${campaign.campaignId}/shortlist`)).members as {
      candidacyId: string;
      status: string;
      via: string;
    }[];
    expect(after.find((m) => m.candidacyId === leaving.candidacyId)?.status).toBe('withdrawn');
    expect(after.filter((m) => m.via === 'replacement')).toHaveLength(1);
  }, 120_000);
});
