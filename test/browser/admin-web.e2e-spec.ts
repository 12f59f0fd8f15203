import type { Page } from 'playwright-core';
import { ApiClient } from '@app/testing';
import { fieldError, newPerson, screenshot, seriousA11yViolations, signIn } from './browser-harness';
import { browserSuite } from './browser-suite';

/**
 * The web UI in a real browser (Debian's Chromium driven by playwright-core) against the real api + worker +
 * PostgreSQL + Redis; the api serves the built UI from apps/admin-web/dist under /app. People act only through the
 * pages; the API client is used only to check what the pages claim (and the database for the autosaved draft).
 * Saves the README's screenshots (under test-output/screenshots; `npm run screenshots` refreshes docs/screenshots)
 * and checks the main screens with axe-core.
 */
describe('admin web UI in Chromium (organiser, candidate, expert, juror)', () => {
  const suite = browserSuite('browser');
  let organiser: Page;
  let candidate: Page;
  const a11y: Record<string, unknown[]> = {};
  let campaignId: string;
  let jurorLink: string;
  const title = '区妇联兼职副主席、兼职常委公开选配（浏览器测试）';

  const checkA11y = async (page: Page, screen: string) => {
    a11y[screen] = await seriousA11yViolations(page);
  };

  beforeAll(async () => {
    organiser = (await newPerson(suite.browser, suite.pageErrors)).page;
    candidate = (await newPerson(suite.browser, suite.pageErrors)).page;
  });

  it('serves the UI under /app (SPA fallback, / redirects), without a token', async () => {
    const root = await fetch(`${suite.stack.baseUrl}/`, { redirect: 'manual' });
    expect(root.status).toBe(302);
    expect(root.headers.get('location')).toBe('/app/');
    const deep = await fetch(`${suite.stack.baseUrl}/app/campaigns/123`);
    expect(deep.status).toBe(200);
    expect(await deep.text()).toContain('<div id="root">');
    expect((await fetch(`${suite.stack.baseUrl}/app/assets/missing.js`)).status).toBe(404);
    // The API itself still needs a token.
    expect((await fetch(`${suite.stack.baseUrl}/campaigns`)).status).toBe(401);
  });

  it('signs the organiser in; a bad user id from the api is shown next to its field', async () => {
    await organiser.goto(`${suite.stack.baseUrl}/`);
    await organiser.waitForURL('**/app/login');
    expect(await organiser.locator('h1').innerText()).toContain('登录');
    await checkA11y(organiser, 'sign-in');
    await screenshot(organiser, '01-sign-in');

    await organiser.fill('#name', '李主任');
    await organiser.fill('#userId', '李 主任!'); // the api allows only [A-Za-z0-9._-]: 400 errors[{ field: 'userId' }]
    await organiser.getByRole('button', { name: '登录' }).click();
    await expect(fieldError(organiser, 'userId').innerText()).resolves.toContain('只能使用字母、数字');

    await organiser.fill('#userId', 'organiser-li');
    await organiser.getByRole('button', { name: '登录' }).click();
    await organiser.waitForURL('**/app/campaigns');
    await organiser.getByText('还没有选配活动').waitFor();
  });

  it('creates a campaign: weights validated inline, a rubric rule broken at the api shown next to its field', async () => {
    await organiser.getByRole('link', { name: '新建选配活动' }).click();
    await organiser.waitForURL('**/app/campaigns/new');
    await organiser.fill('#campaign_title', title);
    await organiser.fill('#campaign_organisingBody', '某区妇女联合会');

    // Inline: the three weights must sum to 100 before anything is sent.
    await organiser.fill('#campaign_weights_jury', '20');
    await expect(fieldError(organiser, 'campaign_weightsTotal').innerText()).resolves.toContain('三项权重合计须为 100%，当前为 90%');
    await organiser.fill('#campaign_weights_jury', '30');
    await fieldError(organiser, 'campaign_weightsTotal').waitFor({ state: 'detached' });

    // At the api: a maximum that is not a multiple of its step (422, field rubric.0.step).
    await organiser.fill('#campaign_rubric_0_step', '0.7');
    await organiser.getByRole('button', { name: '创建活动' }).click();
    const stepError = fieldError(organiser, 'campaign_rubric_0_step');
    await expect(stepError.innerText()).resolves.toContain('满分须是最小分值单位的整数倍');
    await checkA11y(organiser, 'campaign-form');
    await screenshot(organiser, '03-campaign-form-validation');
    expect((await ApiClient.login(suite.stack.baseUrl, ['organiser']).then((c) => c.get('/campaigns'))).body).toEqual([]);

    await organiser.fill('#campaign_rubric_0_step', '0.5');
    await organiser.evaluate('window.scrollTo(0, 0)');
    await screenshot(organiser, '02-campaign-form', true);
    await organiser.getByRole('button', { name: '创建活动' }).click();
    await organiser.waitForURL(/\/app\/campaigns\/[0-9a-f-]{36}$/);
    campaignId = organiser.url().split('/').pop()!;

    await organiser.getByRole('heading', { name: title }).waitFor();
    await organiser.getByRole('tab', { name: '活动配置' }).click();
    await organiser.getByText('项目评审得分 40% · 专家评审组意见 30% · 群众评审团打分 30%').waitFor();
    const api = await ApiClient.login(suite.stack.baseUrl, ['organiser']);
    const saved = (await api.get(`/campaigns/${campaignId}`)).body;
    expect(saved.stage).toBe('draft');
    expect(saved.config.positions).toEqual([
      { key: 'vice-chair', title: '兼职副主席', seats: 3 },
      { key: 'standing-committee', title: '兼职常委', seats: 2 },
    ]);
    expect(saved.config.weights).toEqual({ projectReview: '40', panelOpinion: '30', jury: '30' });
    expect(saved.config.rubric[0]).toMatchObject({ max: '30', step: '0.5' });
    expect(saved.config.quotas).toEqual([{ attribute: 'grassrootsFrontline', equals: true, minSharePercent: 30, appliesTo: 'shortlist' }]);
  });

  it('opens candidacy from the stage pipeline, behind a confirmation', async () => {
    await organiser.getByRole('button', { name: '进入下一阶段：报名' }).click();
    const dialog = organiser.getByRole('dialog');
    await dialog.getByText('活动将从「草稿」进入「报名」').waitFor();
    await checkA11y(organiser, 'stage-confirmation');
    await screenshot(organiser, '04-stage-confirmation');
    await dialog.getByRole('button', { name: '确认' }).click();
    await organiser.getByRole('button', { name: '进入下一阶段：资格审查' }).waitFor();
    await checkA11y(organiser, 'campaign-page');
    await screenshot(organiser, '05-campaign-pipeline');
    const api = await ApiClient.login(suite.stack.baseUrl, ['organiser']);
    expect((await api.get(`/campaigns/${campaignId}`)).body.stage).toBe('candidacy-open');
  });

  it('a candidate submits her project; a malformed budget from the api is shown next to the budget field', async () => {
    await signIn(candidate, suite.stack.baseUrl, '报名人', '周晓雯', 'candidate-zhou');
    await candidate.waitForURL('**/app/candidate');
    await candidate.getByRole('heading', { name: title }).waitFor();
    await checkA11y(candidate, 'candidate-home');
    await candidate.getByRole('link', { name: '我要报名' }).click();
    await candidate.waitForURL(`**/app/candidate/campaigns/${campaignId}`);

    await candidate.fill('#candidacy_details_name', '周晓雯');
    await candidate.fill('#candidacy_details_contact', '138-0000-0000');
    await candidate.fill('#candidacy_details_birthYear', '1991');
    await candidate.fill('#candidacy_details_education', '本科');
    await candidate.fill('#candidacy_details_employer', '某商业银行支行');
    await candidate.fill('#candidacy_details_sector', '金融');
    await candidate.click('#candidacy_details_grassrootsFrontline');
    await candidate.fill('#candidacy_details_statement', '长期参与社区志愿服务，希望为困难家庭做实事。');
    await candidate.fill('#candidacy_proposal_title', '爱心助力困难家庭');
    await candidate.fill('#candidacy_proposal_problem', '辖区困难家庭缺少理财知识和就业渠道。');
    await candidate.fill('#candidacy_proposal_beneficiaries', '辖区约200户困难家庭');
    await candidate.fill('#candidacy_proposal_actions', '联合银行网点志愿者开展理财课堂、就业对接和子女助学结对。');
    await candidate.fill('#candidacy_proposal_milestones', '三个月内建立结对名单，一年内完成四期课堂。');
    await candidate.fill('#candidacy_proposal_budget', '12,000');
    await candidate.fill('#candidacy_proposal_expectedOutcomes', '结对帮扶100户，就业对接30人。');
    await candidate.click('#candidacy_consent_processing');
    await checkA11y(candidate, 'candidacy-form');
    await candidate.getByRole('button', { name: '提交报名' }).click();
    await expect(fieldError(candidate, 'candidacy_proposal_budget').innerText()).resolves.toContain('预算须为金额（元），最多两位小数');
    await screenshot(candidate, '07-candidacy-form-validation');

    await candidate.fill('#candidacy_proposal_budget', '12000.00');
    await candidate.getByRole('button', { name: '提交报名' }).click();
    await candidate.getByTestId('candidacy-status').getByText('已报名').waitFor();
    await checkA11y(candidate, 'candidacy-status');
    await screenshot(candidate, '06-candidacy-submitted');

    const api = await ApiClient.login(suite.stack.baseUrl, ['organiser']);
    const list = (await api.get(`/campaigns/${campaignId}/candidacies`)).body;
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ name: '周晓雯', candidateId: 'candidate-zhou', status: 'submitted' });
    expect(list[0].details).toMatchObject({ birthYear: 1991, grassrootsFrontline: true, employment: 'part-time' });
    expect(list[0].proposal).toMatchObject({ title: '爱心助力困难家庭', budget: '12000.00' });
  });

  it('the candidate edits her project before the deadline', async () => {
    await candidate.getByRole('button', { name: '修改我的报名' }).click();
    await candidate.fill('#candidacy_proposal_title', '爱心助力困难家庭（修订）');
    await candidate.getByRole('button', { name: '保存修改' }).click();
    await candidate.getByText('爱心助力困难家庭（修订）').waitFor();
    const api = await ApiClient.login(suite.stack.baseUrl, ['organiser']);
    expect((await api.get(`/campaigns/${campaignId}/candidacies`)).body[0].proposal.title).toBe('爱心助力困难家庭（修订）');
  });

  it('another candidate submits and withdraws, on a phone-sized screen', async () => {
    const { page, context } = await newPerson(suite.browser, suite.pageErrors, { width: 390, height: 844 });
    await signIn(page, suite.stack.baseUrl, '报名人', '黄丽娟', 'candidate-huang');
    await page.goto(`${suite.stack.baseUrl}/app/candidate/campaigns/${campaignId}`);
    await page.fill('#candidacy_details_name', '黄丽娟');
    await page.fill('#candidacy_details_contact', '139-0000-0000');
    await page.fill('#candidacy_proposal_title', '社区妇女议事会');
    await page.fill('#candidacy_proposal_problem', '社区妇女参与公共事务的渠道少。');
    await page.fill('#candidacy_proposal_beneficiaries', '社区妇女');
    await page.fill('#candidacy_proposal_actions', '每月一次议事会。');
    await page.fill('#candidacy_proposal_budget', '3000');
    await page.fill('#candidacy_proposal_expectedOutcomes', '一年办成十件实事。');
    await page.click('#candidacy_consent_processing');
    await page.evaluate('window.scrollTo(0, 0)');
    await screenshot(page, '08-candidacy-form-phone');
    await page.getByRole('button', { name: '提交报名' }).click();
    await page.getByTestId('candidacy-status').getByText('已报名').waitFor();
    await page.getByRole('button', { name: '撤回报名' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('撤回原因（可选）').fill('工作调动');
    await dialog.getByRole('button', { name: '撤回报名' }).click();
    await page.getByTestId('candidacy-status').getByText('已撤回').waitFor();
    await checkA11y(page, 'candidacy-status-phone');
    await context.close();
  });

  it('closes candidacy and records a qualification decision with its reason; the candidate sees it', async () => {
    await organiser.reload();
    await organiser.getByRole('button', { name: '进入下一阶段：资格审查' }).click();
    await organiser.getByRole('dialog').getByRole('button', { name: '确认' }).click();
    await organiser.getByRole('button', { name: '进入下一阶段：项目评审' }).waitFor();
    await organiser.getByRole('tab', { name: '报名与资格审查' }).click();
    await organiser.getByRole('button', { name: '审查 周晓雯' }).click();
    const drawer = organiser.getByRole('dialog');
    await drawer.getByText('爱心助力困难家庭（修订）').first().waitFor();
    // The reason is required (checked in the form, and by the api).
    await drawer.getByRole('button', { name: '提交审查结论' }).click();
    await expect(fieldError(organiser, 'qualification_reason').innerText()).resolves.toContain('请填写理由');
    await drawer.getByLabel('理由（必填，将告知报名人）').fill('材料齐全，符合报名条件');
    await checkA11y(organiser, 'qualification-review');
    await screenshot(organiser, '09-qualification-review');
    await drawer.getByRole('button', { name: '提交审查结论' }).click();
    await drawer.waitFor({ state: 'detached' });
    await organiser.getByRole('cell', { name: '资格审查通过' }).waitFor();

    await candidate.reload();
    await candidate.getByTestId('candidacy-status').getByText('资格审查通过').waitFor();
    await candidate.getByText('材料齐全，符合报名条件').waitFor();
  });

  it('switches to English and back', async () => {
    await organiser.getByText('EN', { exact: true }).click();
    await organiser.getByRole('button', { name: 'Next stage: Project review' }).waitFor();
    expect(await organiser.evaluate('document.documentElement.lang')).toBe('en');
    await screenshot(organiser, '10-campaign-page-english');
    await organiser.getByText('中文', { exact: true }).click();
    await organiser.getByRole('button', { name: '进入下一阶段：项目评审' }).waitFor();
  });

  it('the organiser puts two experts on the panel and starts project review', async () => {
    await organiser.getByRole('tab', { name: '专家评审' }).click();
    for (const [name, id] of [
      ['王教授', 'expert-wang'],
      ['陈老师', 'expert-chen'],
    ]) {
      await organiser.fill('#addExpert_name', name);
      await organiser.fill('#addExpert_expertId', id);
      await organiser.getByRole('button', { name: '加入专家组' }).click();
      await organiser.getByRole('cell', { name: id, exact: true }).waitFor();
    }
    await organiser.getByRole('button', { name: '进入下一阶段：项目评审' }).click();
    await organiser.getByRole('dialog').getByRole('button', { name: '确认' }).click();
    await organiser.getByRole('button', { name: '进入下一阶段：专家评审组意见' }).waitFor();
  });

  it('an expert declares a conflict of interest, with a reason', async () => {
    const { page, context } = await newPerson(suite.browser, suite.pageErrors);
    await signIn(page, suite.stack.baseUrl, '评审专家', '陈老师', 'expert-chen');
    await page.goto(`${suite.stack.baseUrl}/app/expert/campaigns/${campaignId}`);
    await page.getByRole('link', { name: '评分 周晓雯' }).click();
    await page.getByRole('button', { name: '申报回避（利益冲突）' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: '申报回避', exact: true }).click();
    await expect(fieldError(page, 'recusal_reason').innerText()).resolves.toContain('请写明回避理由');
    await dialog.getByLabel('回避理由').fill('与该报名人为同一单位同事');
    await dialog.getByRole('button', { name: '申报回避', exact: true }).click();
    await page.getByText('您已对该报名人申报回避，不参与其评分。').waitFor();
    await context.close();
  });

  it('an expert scores the project beside the proposal: autosaved drafts, an off-step score shown at its field, submit with confirmation', async () => {
    const { page, context } = await newPerson(suite.browser, suite.pageErrors);
    await signIn(page, suite.stack.baseUrl, '评审专家', '王教授', 'expert-wang');
    await page.waitForURL('**/app/expert');
    await page.getByRole('heading', { name: title }).waitFor();
    await page.getByText('已提交 0 / 1 份').waitFor();
    await page.getByRole('link', { name: '进入评审' }).click();
    await page.getByRole('cell', { name: '爱心助力困难家庭（修订）' }).waitFor();
    await checkA11y(page, 'expert-assignments');
    await screenshot(page, '11-expert-assignments');
    await page.getByRole('link', { name: '评分 周晓雯' }).click();
    await page.getByRole('heading', { name: '评分：周晓雯' }).waitFor();
    await page.getByText('辖区困难家庭缺少理财知识和就业渠道。').waitFor(); // the proposal, beside the sheet

    // 27.3 is within 0–30 but not on the 0.5 step: the form says so at the field, keeps 27.3 and saves nothing;
    // a client that skips the form is refused by the api (422 scores.needs-fit), which the audit trail shows below.
    await page.fill('#sheet_scores_needs-fit', '27.3');
    await expect(fieldError(page, 'sheet_scores_needs-fit').innerText()).resolves.toContain('以 0.5 为单位');
    expect(await page.inputValue('#sheet_scores_needs-fit')).toBe('27.3');
    const bypass = await ApiClient.login(suite.stack.baseUrl, ['expert'], 'expert-wang', '王教授');
    const candidacyId = new URL(page.url()).pathname.split('/').pop();
    const offStep = await bypass.command('PUT', `/campaigns/${campaignId}/evaluation/candidacies/${candidacyId}/sheet`, { scores: { 'needs-fit': '27.3' } });
    expect([offStep.status, offStep.body.code, offStep.body.field]).toEqual([422, 'score.wrong-step', 'scores.needs-fit']);
    await page.fill('#sheet_scores_needs-fit', '27.5');
    await page.fill('#sheet_scores_feasibility', '22');
    await page.fill('#sheet_scores_innovation', '17.5');
    await page.fill('#sheet_scores_sustainability', '12');
    await page.fill('#sheet_scores_presentation', '8.5');
    await page.fill('#sheet_comment', '需求分析扎实，预算偏紧。');
    await page.getByTestId('sheet-total').getByText('合计 87.5 / 100 分').waitFor();
    await page.getByTestId('autosave').getByText('草稿已自动保存').waitFor({ timeout: 30_000 });
    const drafts = await suite.stack.pool.query(`SELECT count(*)::int AS n FROM events WHERE campaign_id = $1 AND type = 'ScoreSheetDraftSaved'`, [campaignId]);
    expect(drafts.rows[0].n).toBeGreaterThanOrEqual(1);
    await checkA11y(page, 'score-sheet');
    await page.evaluate('window.scrollTo(0, 0)');
    await screenshot(page, '12-score-sheet');

    await page.getByRole('button', { name: '提交评分' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('总分 87.5 分。提交后评分表将锁定').waitFor();
    await screenshot(page, '13-score-sheet-confirm');
    await dialog.getByRole('button', { name: '提交评分' }).click();
    await page.getByText(/评分已提交并锁定，总分 87\.50? 分/).waitFor();
    expect(await page.locator('#sheet_scores_needs-fit').isDisabled()).toBe(true);
    await context.close();
  });

  it('the organiser sees the project review score, who has not submitted, and the chart', async () => {
    await organiser.reload();
    await organiser.getByRole('tab', { name: '专家评审' }).click();
    const row = organiser.getByRole('row', { name: /周晓雯/ }).filter({ hasText: '1 / 1' });
    await row.getByText('87.50').waitFor();
    await organiser.getByText('全部评分表已提交。').waitFor();
    await organiser.getByText('与该报名人为同一单位同事').waitFor();
    await organiser.locator('[role="img"] canvas').first().waitFor();
    await checkA11y(organiser, 'evaluation-tab');
    await organiser.getByRole('heading', { name: '项目评审得分' }).scrollIntoViewIfNeeded();
    await screenshot(organiser, '14-organiser-scores');
    const api = await ApiClient.login(suite.stack.baseUrl, ['organiser']);
    const scores = (await api.get(`/campaigns/${campaignId}/evaluation/project-review-scores`)).body;
    expect(scores.candidacies).toEqual([expect.objectContaining({ name: '周晓雯', score: '87.50', sheetCount: 1 })]);
  });

  it('closes project review; the expert records the panel grade and opinion; the organiser sees it', async () => {
    await organiser.getByRole('button', { name: '进入下一阶段：专家评审组意见' }).click();
    await organiser.getByRole('dialog').getByRole('button', { name: '确认' }).click();
    await organiser.getByRole('button', { name: '进入下一阶段：群众评审团' }).waitFor();

    const { page, context } = await newPerson(suite.browser, suite.pageErrors);
    await signIn(page, suite.stack.baseUrl, '评审专家', '王教授', 'expert-wang');
    await page.goto(`${suite.stack.baseUrl}/app/expert/campaigns/${campaignId}`);
    await page.getByRole('link', { name: '评定等次 周晓雯' }).click();
    await page.locator('label.ant-radio-button-wrapper', { hasText: '优秀' }).click();
    await page.fill('#panelGrade_opinion', '答辩思路清晰，项目可行。');
    await page.getByRole('button', { name: '提交等次和意见' }).click();
    await page.getByText('已记录：优秀（100 分）').waitFor();
    await checkA11y(page, 'panel-grade');
    await screenshot(page, '15-panel-grade');
    await context.close();

    await organiser.reload();
    await organiser.getByRole('tab', { name: '专家评审' }).click();
    const row = organiser.getByRole('row', { name: /周晓雯/ }).filter({ hasText: '答辩思路清晰' });
    await row.getByText('优秀').first().waitFor();
    await row.getByText('100').first().waitFor();
  });

  it('opens the jury; the organiser registers a juror and gets her one-time code and QR link', async () => {
    await organiser.getByRole('button', { name: '进入下一阶段：群众评审团' }).click();
    await organiser.getByRole('dialog').getByRole('button', { name: '确认' }).click();
    await organiser.getByRole('button', { name: '进入下一阶段：综合排名' }).waitFor();
    await organiser.getByRole('tab', { name: '群众评审团' }).click();
    await organiser.fill('#registerJuror_name', '王秀兰');
    await organiser.fill('#registerJuror_reference', '东湖社区-017');
    await organiser.getByRole('button', { name: '登记并发放投票码' }).click();
    jurorLink = (await organiser.getByTestId('juror-link').innerText()).trim();
    expect(jurorLink).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/jury\/vote\?code=[A-Z0-9-]+$/);
    await organiser.getByRole('cell', { name: '未打开' }).waitFor();
    await checkA11y(organiser, 'jury-tab');
    await screenshot(organiser, '16-jury-roster');
  });

  it('a juror votes on her phone (390×844) from the QR link and checks her receipt', async () => {
    const { page, context } = await newPerson(suite.browser, suite.pageErrors, { width: 390, height: 844 });
    await page.goto(jurorLink); // /jury/vote?code=… redirects to the UI's ballot page; no account needed
    await page.waitForURL('**/app/jury/vote?code=*');
    await page.getByRole('button', { name: '开始投票' }).click();
    await page.getByText('王秀兰，您好！').waitFor();
    await page.getByText('爱心助力困难家庭（修订）').waitFor();
    await page.getByLabel('给周晓雯打分').fill('90');
    await checkA11y(page, 'jury-ballot-phone');
    await screenshot(page, '17-jury-ballot-phone');
    await page.getByRole('button', { name: '检查并提交' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('周晓雯：90 分').waitFor();
    await dialog.getByRole('button', { name: '确认投票' }).click();
    const thanks = page.getByText('投票成功，谢谢您！');
    await thanks.or(page.locator('.ant-alert-error')).first().waitFor({ timeout: 30_000 });
    if (!(await thanks.isVisible())) throw new Error(`ballot refused: ${await page.locator('.ant-alert-error').innerText()}`);
    const receipt = (await page.getByTestId('receipt').innerText()).replace(/\s/g, '');
    expect(receipt).toMatch(/^[0-9a-f]{64}$/);
    // The ballot is counted asynchronously (batched through the queue): check until it is.
    const deadline = Date.now() + 30_000;
    for (;;) {
      await page.getByRole('button', { name: '核对回执' }).click();
      const status = page.getByTestId('receipt-status');
      await status.waitFor();
      if ((await status.innerText()).includes('已计入')) break;
      if (Date.now() > deadline) throw new Error(`receipt not counted: ${await status.innerText()}`);
      await page.waitForTimeout(1000);
    }
    await checkA11y(page, 'jury-receipt-phone');
    await screenshot(page, '18-jury-receipt-phone');
    const check = await new ApiClient(suite.stack.baseUrl).get(`/campaigns/${campaignId}/jury/receipts/${receipt}`);
    expect(check.body).toMatchObject({ status: 'counted' });
    await context.close();

    // The code has voted: the same link on another phone is refused, with the reason.
    const other = await newPerson(suite.browser, suite.pageErrors, { width: 390, height: 844 });
    await other.page.goto(jurorLink);
    await other.page.getByRole('button', { name: '开始投票' }).click();
    await other.page.getByText('该投票码已投过票').waitFor();
    await other.context.close();

    await organiser.reload();
    await organiser.getByRole('tab', { name: '群众评审团' }).click();
    await organiser.getByText('有效选票 1 张').waitFor();
    await organiser
      .getByRole('row', { name: /周晓雯/ })
      .getByText('90.00')
      .waitFor();
  });

  it('the organiser reads the audit trail: who did what in words, filters by person, and sees refused attempts with the reason', async () => {
    await organiser.reload();
    await organiser.getByRole('tab', { name: '操作记录' }).click();
    const trail = organiser.getByTestId('audit-trail');
    // The audit log is fed asynchronously from the events queue: the rows appear within moments.
    await trail
      .getByRole('row', { name: /李主任/ })
      .filter({ hasText: '开放报名' })
      .waitFor();
    await trail
      .getByRole('row', { name: /周晓雯/ })
      .filter({ hasText: '提交报名' })
      .first()
      .waitFor();
    await trail
      .getByRole('row', { name: /王教授/ })
      .filter({ hasText: '提交评分表' })
      .waitFor();
    // The expert's off-step draft (27.3, sent past the form) was refused: who tried what, and why, in words.
    const refused = organiser.getByTestId('audit-refused');
    await refused
      .getByRole('row', { name: /王教授/ })
      .filter({ hasText: '保存评分草稿' })
      .getByText('的分值须是 0.5 的整数倍（填写的是 27.3）')
      .first()
      .waitFor();
    await checkA11y(organiser, 'audit-trail');
    await organiser.getByRole('heading', { name: '操作记录' }).scrollIntoViewIfNeeded();
    await organiser.evaluate('window.scrollBy(0, 480)');
    await screenshot(organiser, '19-audit-trail');

    // Filter by person: only what 王教授 did.
    await organiser.getByLabel('按操作人筛选').click();
    await organiser.locator('.ant-select-item-option', { hasText: '王教授' }).click();
    await trail
      .getByRole('row', { name: /李主任/ })
      .first()
      .waitFor({ state: 'detached' });
    await trail
      .getByRole('row', { name: /王教授/ })
      .filter({ hasText: '提交评分表' })
      .waitFor();

    // In English the same action reads in English.
    await organiser.getByText('EN', { exact: true }).click();
    await trail
      .getByRole('row', { name: /王教授/ })
      .filter({ hasText: 'Submitted a score sheet' })
      .waitFor();
    await organiser.getByText('中文', { exact: true }).click();
    await trail
      .getByRole('row', { name: /王教授/ })
      .filter({ hasText: '提交评分表' })
      .waitFor();

    const api = await ApiClient.login(suite.stack.baseUrl, ['organiser']);
    const entries = (await api.get(`/campaigns/${campaignId}/audit?actorId=organiser-li`)).body;
    expect(entries[0]).toMatchObject({ type: 'CampaignCreated', actor: { name: '李主任', roles: ['organiser'] }, commandType: 'CreateCampaign' });
  });

  it('reports no serious or critical accessibility violation on the main screens', async () => {
    await organiser.goto(`${suite.stack.baseUrl}/app/campaigns`);
    await organiser.getByRole('link', { name: title }).waitFor();
    await checkA11y(organiser, 'campaign-list');
    expect(Object.keys(a11y).sort()).toEqual(
      [
        'audit-trail',
        'campaign-form',
        'campaign-list',
        'campaign-page',
        'candidacy-form',
        'candidacy-status',
        'candidacy-status-phone',
        'candidate-home',
        'evaluation-tab',
        'expert-assignments',
        'jury-ballot-phone',
        'jury-receipt-phone',
        'jury-tab',
        'panel-grade',
        'qualification-review',
        'score-sheet',
        'sign-in',
        'stage-confirmation',
      ].sort(),
    );
    expect(Object.fromEntries(Object.entries(a11y).filter(([, v]) => v.length > 0))).toEqual({});
  });
});
