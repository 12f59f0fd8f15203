import type { Page } from 'playwright-core';
import { ApiClient, campaignBody, candidacyBody } from '@app/testing';
import { linkToken, runAdmin } from '@app/testing/admin-cli';
import { MailCatcher } from '@app/testing/mail-catcher';
import { newPerson, screenshot, seriousA11yViolations } from './browser-harness';
import { browserSuite } from './browser-suite';

const PASSWORD = '春风十里不如你-2026';
const TITLE = '江岸区妇联兼职副主席邀请测试';

const ok = (res: { status: number; body: any }) => {
  if (res.status >= 300) throw new Error(`${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
};

/** An organiser signed in with her password invites an expert by e-mail; the expert opens the mailed link, sets her password and scores. */
describe('invitations in Chromium: invite an expert, who accepts from the mail and scores', () => {
  const suite = browserSuite('browser-invitations', {
    env: async () => {
      await mail.start();
      return { SMTP_URL: mail.url, RATE_LIMIT_CREDENTIALS_PER_MINUTE: '100000' };
    },
  });
  const mail = new MailCatcher();
  let organiserPage: Page;
  let organiser: ApiClient;
  let campaignId: string;

  beforeAll(async () => {
    const created = await runAdmin(suite.stack, ['create-organisation', '--name', '江岸区妇联', '--level', 'district']);
    const organisationId = /created organisation ([0-9a-f-]{36})/.exec(created.stdout)![1];
    await runAdmin(
      suite.stack,
      ['create-person', '--name', '李主任', '--email', 'li@example.org', '--roles', 'organiser', '--password-stdin'],
      `${PASSWORD}\n`,
    );
    await runAdmin(suite.stack, ['add-organiser', '--organisation', organisationId, '--login', 'li@example.org']);
    organiser = new ApiClient(
      suite.stack.baseUrl,
      ok(await new ApiClient(suite.stack.baseUrl).request('POST', '/auth/sign-in', { login: 'li@example.org', password: PASSWORD })).accessToken,
    );
    campaignId = ok(
      await organiser.command(
        'POST',
        '/campaigns',
        campaignBody({ title: TITLE, positions: [{ key: 'vice-chair', title: '兼职副主席', seats: 1 }], quotas: [] }),
      ),
    ).result.campaignId;
    ok(await organiser.command('POST', `/campaigns/${campaignId}/candidacy/open`));
    const candidate = await ApiClient.login(suite.stack.baseUrl, ['candidate'], 'browser-invitations-candidate');
    const candidacyId = ok(await candidate.command('POST', `/campaigns/${campaignId}/candidacies`, candidacyBody('周晓雯'))).result.candidacyId;
    ok(await organiser.command('POST', `/campaigns/${campaignId}/candidacy/close`));
    ok(await organiser.command('POST', `/candidacies/${candidacyId}/qualification`, { decision: 'accepted', reason: '符合条件' }));
    organiserPage = (await newPerson(suite.browser, suite.pageErrors)).page;
  });

  afterAll(async () => {
    await mail.stop();
  });

  it('the organiser signs in with her password and invites an expert by e-mail from the Grants tab', async () => {
    const page = organiserPage;
    await page.goto(`${suite.stack.baseUrl}/app/login`);
    await page.getByRole('tab', { name: '账号密码' }).click();
    await page.fill('#password_login', 'li@example.org');
    await page.fill('#password_password', PASSWORD);
    await page.getByRole('button', { name: '登录' }).click();
    await page.waitForURL('**/app/campaigns');
    await page.goto(`${suite.stack.baseUrl}/app/campaigns/${campaignId}`);
    await page.getByRole('tab', { name: '授权' }).click();
    await page.getByLabel('受邀邮箱').fill('wang@example.org');
    await page.getByLabel('受邀人').fill('王教授');
    await page.getByRole('button', { name: '发送邀请' }).click();
    await page.getByRole('cell', { name: 'wang@example.org' }).waitFor();
    expect(ok(await organiser.get(`/campaigns/${campaignId}/invitations`))).toEqual([
      expect.objectContaining({ email: 'wang@example.org', name: '王教授', role: 'expert' }),
    ]);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByRole('cell', { name: 'wang@example.org' }).scrollIntoViewIfNeeded();
    await screenshot(page, '45-campaign-invitations');
  });

  it('the expert opens the link from the mail, sets her password, accepts, and scores the project', async () => {
    const letter = await mail.waitFor('wang@example.org', '邀请');
    const token = linkToken(letter.text, 'accept-invitation');
    const { page, context } = await newPerson(suite.browser, suite.pageErrors);
    await page.goto(`${suite.stack.baseUrl}/app/accept-invitation?token=${token}`);
    await page.getByText(`王教授，您好：李主任邀请您在「${TITLE}」担任评审专家。`).waitFor();
    await page.fill('#accept-invitation_password', PASSWORD);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, '46-accept-invitation');
    await page.getByRole('button', { name: '接受邀请' }).click();
    await page.waitForURL('**/app/expert');
    expect(JSON.parse((await page.evaluate(`localStorage.getItem('open-selection.session')`)) as string)).toMatchObject({ name: '王教授', roles: ['expert'] });

    ok(await organiser.command('POST', `/campaigns/${campaignId}/stage`, { to: 'project-review' }));
    await page.reload();
    await page.getByRole('link', { name: '进入评审' }).click();
    await page.getByRole('link', { name: '评分 周晓雯' }).click();
    await page.getByRole('heading', { name: '评分：周晓雯' }).waitFor();
    await page.fill('#sheet_scores_needs-fit', '27.5');
    await page.fill('#sheet_scores_feasibility', '22');
    await page.fill('#sheet_scores_innovation', '17.5');
    await page.fill('#sheet_scores_sustainability', '12');
    await page.fill('#sheet_scores_presentation', '8.5');
    await page.getByRole('button', { name: '提交评分' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '提交评分' }).click();
    await page.getByText(/评分已提交并锁定，总分 87\.50? 分/).waitFor();
    const sheets = await suite.stack.pool.query(
      `SELECT s.status FROM score_sheets s JOIN people p ON p.id::text = s.expert_id WHERE p.email = 'wang@example.org'`,
    );
    expect(sheets.rows).toEqual([{ status: 'submitted' }]);
    await context.close();
  });
});
