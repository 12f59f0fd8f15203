import type { Page } from 'playwright-core';
import { ApiClient, campaignBody } from '@app/testing';
import { MailCatcher } from '@app/testing/mail-catcher';
import { fieldError, newPerson, screenshot, seriousA11yViolations } from './browser-harness';
import { browserSuite } from './browser-suite';

const PASSWORD = '春风十里不如你-2026';

/** Real accounts in the browser: register, confirm the e-mail from the mail caught by a real SMTP server, sign in with the password. */
describe('accounts in Chromium: register, confirm, sign in with a password', () => {
  const suite = browserSuite('browser-accounts', {
    env: async () => {
      await mail.start();
      return { SMTP_URL: mail.url };
    },
  });
  const mail = new MailCatcher();
  let page: Page;

  beforeAll(async () => {
    page = (await newPerson(suite.browser, suite.pageErrors)).page;
  });

  afterAll(async () => {
    await mail.stop();
  });

  it('registers a candidate: the password rule broken at the api is shown at its field, then the mail is sent', async () => {
    await page.goto(`${suite.stack.baseUrl}/app/login`);
    await page.getByRole('tab', { name: '账号密码' }).click();
    await page.getByRole('link', { name: '注册' }).click();
    await page.waitForURL('**/app/register');
    await page.fill('#register_name', '周晓雯');
    await page.fill('#register_email', 'zhou@example.org');
    await page.fill('#register_password', 'password123');
    await page.getByRole('button', { name: '注册' }).click();
    await expect(fieldError(page, 'register_password').innerText()).resolves.toContain('最常见的密码');

    await page.fill('#register_password', PASSWORD);
    await page.getByRole('button', { name: '注册' }).click();
    await page.getByText('请查收邮件').waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, '40-register');
  });

  it('confirms the e-mail from the link in the mail', async () => {
    const confirmation = await mail.waitFor('zhou@example.org', 'confirm');
    const token = /confirm-email\?token=([A-Za-z0-9_-]+)/.exec(confirmation.text)![1];
    await page.goto(`${suite.stack.baseUrl}/app/confirm-email?token=${token}`);
    await page.getByText('邮箱已确认').waitFor();
    await screenshot(page, '41-email-confirmed');
  });

  it('signs in with the password (a wrong one gets the one generic answer) and lands on her candidacies', async () => {
    const organiser = await ApiClient.login(suite.stack.baseUrl, ['organiser'], 'organiser-accounts-ui');
    const campaignId = (await organiser.command('POST', '/campaigns', campaignBody({ title: '账户浏览器测试选配' }))).body.result.campaignId;
    await organiser.command('POST', `/campaigns/${campaignId}/candidacy/open`);

    await page.goto(`${suite.stack.baseUrl}/app/login`);
    await page.getByRole('tab', { name: '账号密码' }).click();
    await page.fill('#password_login', 'zhou@example.org');
    await page.fill('#password_password', 'not-her-password');
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByRole('alert').filter({ hasText: '邮箱、手机号或密码不正确' }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, '42-password-sign-in');

    await page.fill('#password_password', PASSWORD);
    await page.getByRole('button', { name: '登录' }).click();
    await page.waitForURL('**/app/candidate');
    await page.getByText('账户浏览器测试选配').waitFor();
    const session = JSON.parse((await page.evaluate(`localStorage.getItem('open-selection.session')`)) as string);
    expect(session).toMatchObject({ name: '周晓雯', roles: ['candidate'], refreshToken: expect.any(String) });
  });

  it('signing out ends the session at the api too', async () => {
    const session = JSON.parse((await page.evaluate(`localStorage.getItem('open-selection.session')`)) as string);
    await page.getByRole('button', { name: '退出登录' }).click();
    await page.waitForURL('**/app/login');
    // The page sends the sign-out without waiting for it: give it a moment to arrive.
    const deadline = Date.now() + 10_000;
    let status = 200;
    while (status !== 401 && Date.now() < deadline) {
      status = (await new ApiClient(suite.stack.baseUrl, session.token).get('/auth/me')).status;
      if (status !== 401) await new Promise((r) => setTimeout(r, 100));
    }
    expect(status).toBe(401);
  });
});
