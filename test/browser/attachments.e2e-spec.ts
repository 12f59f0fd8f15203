import type { Browser } from 'playwright-core';
import { ApiClient, campaignBody, candidacyBody, pdfWithAuthor, type Stack, startStack } from '@app/testing';
import { assertUiBuilt, launchChromium, newPerson, seriousA11yViolations, signIn } from './browser-harness';

/** Issue 17 in Chromium: a candidate attaches a PDF to her proposal; an expert opens it beside her score sheet. */
describe('proposal attachments in Chromium', () => {
  let stack: Stack;
  let browser: Browser;
  let organiser: ApiClient;
  let campaignId: string;
  let candidacyId: string;
  const pageErrors: string[] = [];
  const pdf = pdfWithAuthor('Zhou Xiaowen', 'Community finance class');

  beforeAll(async () => {
    assertUiBuilt();
    stack = await startStack('browser-attachments');
    browser = await launchChromium();
    organiser = await ApiClient.login(stack.baseUrl, ['organiser'], 'att-organiser');
    campaignId = (await organiser.command('POST', '/campaigns', campaignBody({ title: '附件测试选配' }))).body.result.campaignId;
    expect((await organiser.command('POST', `/campaigns/${campaignId}/candidacy/open`)).status).toBe(200);
    const candidate = await ApiClient.login(stack.baseUrl, ['candidate'], 'att-candidate');
    candidacyId = (await candidate.command('POST', `/campaigns/${campaignId}/candidacies`, candidacyBody('周晓雯'))).body.result.candidacyId;
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  afterEach(() => {
    expect(pageErrors.splice(0)).toEqual([]);
  });

  it('the candidate attaches a PDF to her proposal; a Word file is refused with the reason', async () => {
    const { page } = await newPerson(browser, pageErrors);
    await signIn(page, stack.baseUrl, '报名人', '周晓雯', 'att-candidate');
    await page.goto(`${stack.baseUrl}/app/candidate/campaigns/${campaignId}`);
    await page.getByRole('button', { name: '上传附件' }).waitFor();
    await page.setInputFiles('input[type=file]', {
      name: '项目书.docx',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from('PK\x03\x04word/document.xml', 'latin1'),
    });
    await page.getByRole('alert').getByText('只能上传 PDF、JPEG 或 PNG 文件').waitFor();
    await page.setInputFiles('input[type=file]', { name: '项目书.pdf', mimeType: 'application/pdf', buffer: pdf });
    await page.getByRole('button', { name: '打开 项目书.pdf' }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    const stored = await organiser.get(`/candidacies/${candidacyId}/attachments`);
    expect(stored.body.map((a: { fileName: string; sizeBytes: number }) => [a.fileName, a.sizeBytes])).toEqual([['项目书.pdf', pdf.length]]);
    // The registration form opens as a PDF in a new tab.
    const [form] = await Promise.all([page.context().waitForEvent('page'), page.getByRole('button', { name: '打印报名表' }).click()]);
    await form.waitForLoadState();
    expect(form.url()).toMatch(/^blob:/);
    await page.context().close();
  });

  it('an assigned expert opens the PDF beside her score sheet', async () => {
    expect((await organiser.command('POST', `/campaigns/${campaignId}/candidacy/close`)).status).toBe(200);
    expect((await organiser.command('POST', `/candidacies/${candidacyId}/qualification`, { decision: 'accepted', reason: '符合条件' })).status).toBe(200);
    expect((await organiser.command('POST', `/campaigns/${campaignId}/evaluation/experts`, { expertId: 'att-expert', name: '王教授' })).status).toBe(200);
    expect((await organiser.command('POST', `/campaigns/${campaignId}/stage`, { to: 'project-review' })).status).toBe(200);

    const { page } = await newPerson(browser, pageErrors, { width: 1440, height: 900 });
    await signIn(page, stack.baseUrl, '评审专家', '王教授', 'att-expert');
    await page.goto(`${stack.baseUrl}/app/expert/campaigns/${campaignId}/candidacies/${candidacyId}`);
    const [response] = await Promise.all([
      page.waitForResponse((r) => /\/candidacies\/[^/]+\/attachments\/[^/]+$/.test(new URL(r.url()).pathname)),
      page.getByRole('button', { name: '打开 项目书.pdf' }).click(),
    ]);
    // What she opened is the proposal's PDF (its bytes, blind or not, are checked in test/e2e/attachments.e2e-spec.ts).
    expect(response.headers()['content-type']).toBe('application/pdf');
    expect(response.status()).toBe(200);
    const frame = page.locator('iframe[title="附件：项目书.pdf"]');
    await frame.waitFor();
    const src = (await frame.getAttribute('src'))!;
    expect(src).toMatch(/^blob:/);
    expect(page.frames().some((f) => f.url() === src)).toBe(true);
    // Beside it, on the same screen: the score sheet she fills in.
    const sheet = page.getByRole('button', { name: /提交评分/ });
    await sheet.waitFor();
    const [frameBox, sheetBox] = [await frame.boundingBox(), await sheet.boundingBox()];
    expect(sheetBox!.x).toBeGreaterThan(frameBox!.x + frameBox!.width - 1);
    const [printed] = await Promise.all([page.context().waitForEvent('page'), page.getByRole('button', { name: '打印评分表' }).click()]);
    await printed.waitForLoadState();
    expect(printed.url()).toMatch(/^blob:/);
    await page.context().close();
  });
});
