import type { Page } from 'playwright-core';
import { ApiClient, campaignBody } from '@app/testing';
import { newPerson, screenshot, seriousA11yViolations, signIn } from './browser-harness';
import { browserSuite } from './browser-suite';

const ROOT = '00000000-0000-4000-8000-00000000d001';
const ok = (what: string, res: { status: number; body: any }) => {
  if (res.status >= 300) throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
};

/**
 * Organisations in Chromium (issue 12): a district organiser sees only her district's campaigns, creates a street
 * organisation below hers, and grants an inspector on her campaign — each checked through the api afterwards.
 */
describe('organisations and grants in Chromium', () => {
  const suite = browserSuite('browser_orgs');
  let page: Page;
  let ja: ApiClient;
  let jaCampaign: string;
  let jaId: string;

  beforeAll(async () => {
    const root = await ApiClient.login(suite.stack.baseUrl, ['organiser'], 'ui-root');
    const cityId = ok('city', await root.request('POST', '/organisations', { parentId: ROOT, name: '武汉市妇联', level: 'city' })).organisationId;
    ok('city organiser', await root.request('POST', `/organisations/${cityId}/organisers`, { personId: 'ui-city', name: '周部长' }));
    const city = await ApiClient.login(suite.stack.baseUrl, ['organiser'], 'ui-city');
    jaId = ok('ja', await city.request('POST', '/organisations', { parentId: cityId, name: '江岸区妇联', level: 'district' })).organisationId;
    const jhId = ok('jh', await city.request('POST', '/organisations', { parentId: cityId, name: '江汉区妇联', level: 'district' })).organisationId;
    ok('ja organiser', await city.request('POST', `/organisations/${jaId}/organisers`, { personId: 'ui-ja', name: '王主任' }));
    ok('jh organiser', await city.request('POST', `/organisations/${jhId}/organisers`, { personId: 'ui-jh', name: '陈主任' }));
    ja = await ApiClient.login(suite.stack.baseUrl, ['organiser'], 'ui-ja', '王主任');
    const jh = await ApiClient.login(suite.stack.baseUrl, ['organiser'], 'ui-jh', '陈主任');
    jaCampaign = ok('ja campaign', await ja.command('POST', '/campaigns', campaignBody({ title: '江岸区妇联兼职副主席公开选配' }))).result.campaignId;
    ok('jh campaign', await jh.command('POST', '/campaigns', campaignBody({ title: '江汉区妇联兼职副主席公开选配' })));
    page = (await newPerson(suite.browser, suite.pageErrors)).page;
    await signIn(page, suite.stack.baseUrl, '组织方', '王主任', 'ui-ja');
  });

  it('the campaign list shows only her organisation’s campaigns', async () => {
    await page.goto(`${suite.stack.baseUrl}/app/campaigns`);
    await page.getByText('江岸区妇联兼职副主席公开选配').waitFor();
    expect(await page.getByText('江汉区妇联兼职副主席公开选配').count()).toBe(0);
  });

  it('creates a street organisation below her district', async () => {
    await page.getByRole('link', { name: '组织机构' }).click();
    await page.getByRole('heading', { name: /江岸区妇联/ }).waitFor();
    expect(await page.getByRole('heading', { name: /江汉区妇联/ }).count()).toBe(0);
    await page.getByLabel('下级组织名称').fill('一元街道妇联');
    await page.getByRole('button', { name: '新建下级组织' }).click();
    await page.getByRole('heading', { name: /一元街道妇联/ }).waitFor();
    const mine = ok('organisations', await ja.get('/organisations'));
    expect(mine.find((o: any) => o.name === '一元街道妇联')).toMatchObject({ parentId: jaId, level: 'street' });
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, '40-organisations', true);
  });

  it('grants an inspector on her campaign; the grant is in the campaign’s history', async () => {
    await page.goto(`${suite.stack.baseUrl}/app/campaigns/${jaCampaign}`);
    await page.getByRole('tab', { name: '授权' }).click();
    await page.getByLabel('账号').fill('ui-inspector');
    await page.getByLabel('姓名').fill('吴考察');
    await page.getByRole('button', { name: '授权', exact: true }).click();
    await page.getByRole('cell', { name: 'ui-inspector' }).waitFor();
    expect(ok('grants', await ja.get(`/campaigns/${jaCampaign}/grants`))).toEqual([
      expect.objectContaining({ personId: 'ui-inspector', name: '吴考察', role: 'inspector' }),
    ]);
    const granted = (
      await suite.stack.pool.query(`SELECT count(*)::int AS n FROM events WHERE campaign_id = $1 AND type = 'CampaignRoleGranted'`, [jaCampaign])
    ).rows[0].n;
    expect(granted).toBe(1);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, '41-campaign-grants');
  });
});
