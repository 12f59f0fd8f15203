import type { Browser } from 'playwright-core';
import { ApiClient, campaignBody, candidacyBody, type Stack, startStack } from '@app/testing';
import { TwilioFake } from '@app/testing/twilio-fake';
import { assertUiBuilt, launchChromium, newPerson, seriousA11yViolations, signIn } from './browser-harness';

/** Issue 17 in Chromium: the organiser sees the campaign's notifications, and a dead letter among them. */
describe('notification log in Chromium', () => {
  const sms = new TwilioFake();
  let stack: Stack;
  let browser: Browser;
  let campaignId: string;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    assertUiBuilt();
    await sms.start();
    stack = await startStack('browser-notifications', {
      SMS_PROVIDER: 'twilio',
      TWILIO_API_URL: sms.url,
      TWILIO_ACCOUNT_SID: sms.accountSid,
      TWILIO_AUTH_TOKEN: sms.authToken,
      TWILIO_FROM: '+8610690000',
      NOTIFY_MAX_ATTEMPTS: '2',
      NOTIFY_RETRY_DELAY_MS: '100',
    });
    browser = await launchChromium();
    const organiser = await ApiClient.login(stack.baseUrl, ['organiser'], 'nt-organiser');
    campaignId = (await organiser.command('POST', '/campaigns', campaignBody({ title: '通知测试选配' }))).body.result.campaignId;
    expect((await organiser.command('POST', `/campaigns/${campaignId}/candidacy/open`)).status).toBe(200);
    const ids: string[] = [];
    for (const [user, name, contact] of [
      ['nt-lin', '林淑芬', '138-1111-0002'],
      ['nt-huang', '黄丽娟', '138-1111-0003'],
    ]) {
      const candidate = await ApiClient.login(stack.baseUrl, ['candidate'], user);
      ids.push(
        (await candidate.command('POST', `/campaigns/${campaignId}/candidacies`, candidacyBody(name, { details: { contact } }))).body.result.candidacyId,
      );
    }
    expect((await organiser.command('POST', `/campaigns/${campaignId}/candidacy/close`)).status).toBe(200);
    expect((await organiser.command('POST', `/candidacies/${ids[0]}/qualification`, { decision: 'rejected', reason: '材料不全' })).status).toBe(200);
    const until = async (check: () => Promise<boolean>) => {
      for (let i = 0; i < 300 && !(await check()); i += 1) await new Promise((r) => setTimeout(r, 100));
    };
    await until(async () => sms.messages.length === 1);
    sms.failNext(100); // the provider is down for the second: a dead letter
    expect((await organiser.command('POST', `/candidacies/${ids[1]}/qualification`, { decision: 'rejected', reason: '非本辖区' })).status).toBe(200);
    await until(async () => (await stack.pool.query(`SELECT 1 FROM notification_deliveries WHERE status = 'dead'`)).rowCount === 1);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
    await sms.stop();
  });

  it('lists what was sent to whom, and the dead letters on their own', async () => {
    const { page } = await newPerson(browser, pageErrors);
    await signIn(page, stack.baseUrl, '组织方', '李主任', 'nt-organiser');
    await page.goto(`${stack.baseUrl}/app/campaigns/${campaignId}`);
    await page.getByRole('tab', { name: '通知记录' }).click();
    const panel = page.getByRole('tabpanel', { name: '通知记录' });
    const rows = panel.locator('.ant-table-tbody tr.ant-table-row');
    await rows.nth(1).waitFor();
    expect((await rows.allInnerTexts()).map((r) => r.replace(/\s+/g, ' ').trim())).toEqual([
      expect.stringMatching(/^黄丽娟 资格审查未通过 短信 发送失败 2 Twilio answered 503 \(error 20503\)/),
      expect.stringMatching(/^林淑芬 资格审查未通过 短信 已发送 1 /),
    ]);
    await panel.locator('label.ant-radio-button-wrapper', { hasText: '发送失败' }).click();
    await rows.filter({ hasText: '林淑芬' }).waitFor({ state: 'detached' });
    // The table empties while the filtered list loads: wait for the dead letter's row itself.
    await rows.filter({ hasText: '黄丽娟' }).waitFor();
    expect((await rows.allInnerTexts()).map((r) => r.replace(/\s+/g, ' ').trim().split(' ')[0])).toEqual(['黄丽娟']);
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('a candidate chooses her notification settings on the My data page', async () => {
    const { page } = await newPerson(browser, pageErrors);
    await signIn(page, stack.baseUrl, '报名人', '林淑芬', 'nt-lin');
    await page.goto(`${stack.baseUrl}/app/my-data`);
    const card = page.locator('.ant-card', { has: page.getByRole('heading', { name: '通知设置' }) });
    await card.getByRole('radiogroup', { name: '短信' }).getByText('不接收').click();
    await card.getByText('English').click();
    await card.getByRole('button', { name: '保存通知设置' }).click();
    await page.getByText('通知设置已保存').waitFor();
    const her = await ApiClient.login(stack.baseUrl, ['candidate'], 'nt-lin');
    expect((await her.get('/me/notification-preferences')).body).toEqual({ optedOut: false, email: null, sms: false, locale: 'en' });
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
