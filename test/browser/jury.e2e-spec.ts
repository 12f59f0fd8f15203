import type { Page } from 'playwright-core';
import { ApiClient, campaignInJuryStage, type JuryCampaign } from '@app/testing';
import { newPerson, screenshot, seriousA11yViolations, signIn } from './browser-harness';
import { browserSuite } from './browser-suite';

/**
 * The organiser's jury tab and a juror's code in Chromium, against the real api + worker. The campaign is taken
 * to its jury stage through the API (three candidates, no expert part); in the browser the organiser imports the
 * jurors from a CSV file (a wrong file first), prints their cards, revokes one code with a reason, follows who has
 * opened and who has voted, closes the jury and records its result; the ranking then has the jury scores. One
 * juror opens her card in one browser (say, inside WeChat), then again in another, and votes there.
 */
describe('the jury tab in Chromium: CSV import, cards, a code that resumes, the recorded result', () => {
  const suite = browserSuite('browser-jury');
  let organiser: Page;
  let api: ApiClient;
  let campaign: JuryCampaign;
  let links: string[] = [];
  const a11y: Record<string, unknown[]> = {};
  // Five ballots a candidate: the trimmed mean drops the highest and the lowest and averages the middle three.
  const SCORES = [
    [80, 70, 60],
    [82, 72, 62],
    [84, 74, 64],
    [86, 76, 66],
    [88, 78, 68],
  ];
  const EXPECTED_JURY = ['84.00', '74.00', '64.00'];

  const campaignUrl = () => `${suite.stack.baseUrl}/app/campaigns/${campaign.campaignId}`;
  const openJuryTab = async () => {
    await organiser.goto(campaignUrl());
    await organiser.getByRole('tab', { name: '群众评审团' }).click();
  };
  const statusRow = (name: string) => organiser.locator('.ant-table-row', { hasText: name });
  const csvFile = (text: string) => ({ name: 'jurors.csv', mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });

  beforeAll(async () => {
    api = await ApiClient.login(suite.stack.baseUrl, ['organiser'], 'organiser-li', '李主任');
    campaign = await campaignInJuryStage(api, { candidates: 3, label: 'jury-ui', title: '社区妇联执委公开选配（评审团测试）' });
    organiser = (await newPerson(suite.browser, suite.pageErrors)).page;
    await signIn(organiser, suite.stack.baseUrl, '组织方', '李主任', 'organiser-li');
  }, 240_000);

  it('imports the jurors from a CSV file — a wrong file is explained line by line and imports nobody — and prints their cards', async () => {
    await openJuryTab();
    await organiser.locator('#juror-import-heading').waitFor();
    await organiser.locator('input[type=file]').setInputFiles(csvFile('姓名,编号\n王秀兰,东湖-1\n,东湖-2\n'));
    const errors = organiser.getByTestId('juror-import-errors');
    await errors.getByText('第 3 行（name）').waitFor();
    expect((await api.get(`/campaigns/${campaign.campaignId}/jury/jurors`)).body.total).toBe(0);

    const csv = ['姓名,编号', '王秀兰,东湖-1', '李桂英,东湖-2', '张丽,东湖-3', '刘芳,东湖-4', '陈静,东湖-5', '杨敏,东湖-6'].join('\n');
    await organiser.locator('input[type=file]').setInputFiles(csvFile(csv));
    await organiser.getByTestId('juror-credential').nth(5).waitFor();
    await errors.waitFor({ state: 'detached' });
    links = (await organiser.getByTestId('juror-link').allInnerTexts()).map((l) => l.trim());
    expect(links).toHaveLength(6);
    for (const link of links) expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/jury\/vote\?code=[A-Z2-9]{5}-[A-Z2-9]{5}$/);
    expect(await organiser.getByTestId('juror-credential').first().innerText()).toContain('王秀兰（东湖-1）');
    await organiser.getByTestId('jury-roster-summary').getByText('共 6 人：未打开 6 人').waitFor();

    // Printing prints the cards only.
    await organiser.evaluate(`window.print = () => { window.__printedWith = document.body.className; }`);
    await organiser.getByRole('button', { name: '打印投票卡' }).click();
    expect(await organiser.evaluate('window.__printedWith')).toContain('printing-juror-cards');
    await organiser.emulateMedia({ media: 'print' });
    await organiser.evaluate(`document.body.classList.add('printing-juror-cards')`);
    const visibility = (selector: string) => organiser.evaluate(`getComputedStyle(document.querySelector('${selector}')).visibility`);
    expect(await visibility('#juror-cards-heading')).toBe('hidden');
    expect(await visibility('#juror-import-heading')).toBe('hidden');
    expect(await visibility('[data-testid="juror-code"]')).toBe('visible');
    await organiser.evaluate('window.scrollTo(0, 0)');
    await screenshot(organiser, '16b-jury-cards-print');
    await organiser.evaluate(`document.body.classList.remove('printing-juror-cards')`);
    await organiser.emulateMedia({ media: 'screen' });
    a11y['jury-tab-cards'] = await seriousA11yViolations(organiser);
  });

  it('revokes a code with a reason', async () => {
    await statusRow('杨敏').getByRole('button', { name: '作废' }).click();
    const dialog = organiser.getByRole('dialog');
    await dialog.getByRole('button', { name: '作废' }).click();
    await dialog.getByText('请写明作废原因').waitFor();
    await dialog.getByLabel('作废原因').fill('投票卡发错了人');
    await dialog.getByRole('button', { name: '作废' }).click();
    await statusRow('杨敏').getByText('已作废').waitFor();
    await statusRow('杨敏').getByText('原因：投票卡发错了人').waitFor();
    const code = new URL(links[5]).searchParams.get('code')!;
    expect((await new ApiClient(suite.stack.baseUrl).request('POST', '/jury/session', { code })).status).toBe(403);
  });

  it('a juror opens her card inside one browser, then again in another, and votes there; the organiser sees opened (who voted only after the close)', async () => {
    // The card scanned inside WeChat: the ballot opens, she closes it without voting.
    const wechat = await newPerson(suite.browser, suite.pageErrors, { width: 390, height: 844 });
    await wechat.page.goto(links[0]);
    await wechat.page.getByRole('button', { name: '开始投票' }).click();
    await wechat.page.getByText('王秀兰，您好！').waitFor();
    await wechat.context.close();
    await statusRow('王秀兰').getByText('已打开').waitFor(); // the roster refreshes itself during the jury

    // The same card in the phone's own browser: the ballot opens again, and she votes.
    const phone = await newPerson(suite.browser, suite.pageErrors, { width: 390, height: 844 });
    await phone.page.goto(links[0]);
    await phone.page.getByRole('button', { name: '开始投票' }).click();
    await phone.page.getByText('王秀兰，您好！').waitFor();
    for (const [i, score] of SCORES[0].entries()) await phone.page.getByLabel(`给候选人${i + 1}打分`).fill(String(score));
    await phone.page.getByRole('button', { name: '检查并提交' }).click();
    await phone.page.getByRole('dialog').getByRole('button', { name: '确认投票' }).click();
    await phone.page.getByText('投票成功，谢谢您！').waitFor();
    await phone.context.close();

    // Now the card is spent: a third browser is told why.
    const third = await newPerson(suite.browser, suite.pageErrors, { width: 390, height: 844 });
    await third.page.goto(links[0]);
    await third.page.getByRole('button', { name: '开始投票' }).click();
    await third.page.getByText('该投票码已投过票').waitFor();
    await third.context.close();

    // The other four jurors vote through the API.
    for (let j = 1; j < 5; j += 1) {
      const code = new URL(links[j]).searchParams.get('code')!;
      const session = await new ApiClient(suite.stack.baseUrl).request('POST', '/jury/session', { code });
      const scores = campaign.candidacyIds.map((candidacyId, i) => ({ candidacyId, score: SCORES[j][i] }));
      expect(
        (await new ApiClient(suite.stack.baseUrl).request('POST', '/jury/ballots', { scores }, { 'x-ballot-token': session.body.ballotToken })).status,
      ).toBe(202);
    }
    // While the jury is open the roster does not say who voted: watching it would say whose ballot just landed.
    await organiser.getByTestId('jury-roster-summary').getByText('未打开 0 人，已打开 5 人，已作废 1 人。谁已投票在评审结束后显示').waitFor();
    expect(await statusRow('王秀兰').getByText('已投票').count()).toBe(0);
    await organiser.getByText('有效选票 5 张').waitFor();
    await screenshot(organiser, '16a-jury-roster-statuses');
  });

  it('after the jury closes, records its result behind a confirmation; the ranking then has the jury scores', async () => {
    const juryColumn = () => organiser.locator('[data-testid="ranking-table"] .ant-table-tbody tr.ant-table-row td:nth-child(5)').allInnerTexts();
    await organiser.goto(campaignUrl());
    await organiser.getByRole('button', { name: '进入下一阶段：综合排名' }).click();
    await organiser.getByRole('dialog').getByRole('button', { name: '确认' }).click();
    await organiser.getByRole('button', { name: '进入下一阶段：综合排名' }).waitFor({ state: 'detached' });
    await openJuryTab();
    await organiser.getByText('上表的计票结果将作为群众评审得分记入选配记录').waitFor();
    await organiser.getByRole('button', { name: '记录群众评审结果' }).click();
    const dialog = organiser.getByRole('dialog');
    await dialog.getByText('有效选票 5 张。记录后不能更改').waitFor();
    for (const [i, score] of EXPECTED_JURY.entries()) await dialog.getByText(`候选人${i + 1}：${score} 分`).waitFor();
    a11y['jury-result-confirm'] = await seriousA11yViolations(organiser);
    await screenshot(organiser, '16c-jury-result-confirm');
    await dialog.getByRole('button', { name: '记录群众评审结果' }).click();
    await organiser.getByTestId('jury-result-recorded').waitFor();

    await organiser.getByRole('tab', { name: '排名与考察' }).click();
    await organiser.locator('[data-testid="ranking-table"] .ant-table-tbody tr.ant-table-row', { hasText: '候选人1' }).getByText('84').first().waitFor();
    const names = await organiser.locator('[data-testid="ranking-table"] .ant-table-tbody tr.ant-table-row td:nth-child(2)').allInnerTexts();
    const jury = await juryColumn();
    expect(Object.fromEntries(names.map((n, i) => [n, Number(jury[i])]))).toEqual({ 候选人1: 84, 候选人2: 74, 候选人3: 64 });
    const ranking = (await api.get(`/campaigns/${campaign.campaignId}/ranking`)).body;
    expect(ranking.lines.map((l: { jury: string }) => Number(l.jury)).sort()).toEqual([64, 74, 84]);
  });

  it('reports no serious or critical accessibility violation on the jury screens', async () => {
    expect(Object.keys(a11y).sort()).toEqual(['jury-result-confirm', 'jury-tab-cards']);
    expect(Object.fromEntries(Object.entries(a11y).filter(([, v]) => v.length > 0))).toEqual({});
  });
});
