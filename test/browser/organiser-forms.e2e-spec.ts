import type { Page } from 'playwright-core';
import { ApiClient, campaignBody, candidacyBody } from '@app/testing';
import { fieldError, newPerson, screenshot, seriousA11yViolations, signIn } from './browser-harness';
import { browserSuite } from './browser-suite';

const ok = (what: string, res: { status: number; body: any }) => {
  if (res.status !== 200) throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
};

/**
 * The organiser's forms in Chromium against the real api + worker: number boxes keep what was typed and say the
 * limit and precision (nothing is saved until it fits), Enter in a date box does not submit the campaign form, a
 * repeated quota is shown at its row, a draft is discarded behind a confirmation, a new campaign starts from the
 * open-selection template the api serves (an edited draft from its own configuration), and the ranking says in
 * words what keeps it from being frozen.
 */
describe('organiser forms in Chromium: numbers as typed, dates, quotas, drafts, the freeze', () => {
  const suite = browserSuite('browser_forms');
  let organiser: Page;
  let api: ApiClient;
  const eventsOfType = async (campaignId: string, type: string) =>
    (await suite.stack.pool.query(`SELECT count(*)::int AS n FROM events WHERE campaign_id = $1 AND type = $2`, [campaignId, type])).rows[0].n as number;

  beforeAll(async () => {
    organiser = (await newPerson(suite.browser, suite.pageErrors)).page;
    api = await ApiClient.login(suite.stack.baseUrl, ['organiser'], 'organiser-forms', '李主任');
    await signIn(organiser, suite.stack.baseUrl, '组织方', '李主任', 'organiser-forms');
  });

  it('campaign form: Enter in a date box does not submit; a seat count with decimals stays as typed with the rule; a repeated quota is shown at its row', async () => {
    await organiser.goto(`${suite.stack.baseUrl}/app/campaigns/new`);
    await organiser.fill('#campaign_title', '回车不提交测试');
    await organiser.fill('#campaign_organisingBody', '某区妇女联合会');

    // Enter confirms the typed date in the picker; it must not send the (otherwise valid) form.
    await organiser.click('#campaign_timeline_candidacyOpensAt');
    await organiser.keyboard.type('2027-03-01 09:00');
    await organiser.keyboard.press('Enter');
    await organiser.waitForTimeout(1500);
    expect(new URL(organiser.url()).pathname).toBe('/app/campaigns/new');
    expect(ok('list', await api.get('/campaigns'))).toEqual([]);
    expect(await organiser.inputValue('#campaign_timeline_candidacyOpensAt')).toBe('2027-03-01 09:00');

    // 2.5 seats: not rounded to 3 (or 2) when the box loses focus, but refused with the rule.
    await organiser.fill('#campaign_positions_0_seats', '2.5');
    await organiser.click('#campaign_title');
    await expect(fieldError(organiser, 'campaign_positions_0_seats').innerText()).resolves.toContain('请填写 1 至 100 之间的整数');
    expect(await organiser.inputValue('#campaign_positions_0_seats')).toBe('2.5');
    // A weight with three decimals: refused with its precision.
    await organiser.fill('#campaign_weights_jury', '30.125');
    await expect(fieldError(organiser, 'campaign_weights_jury').innerText()).resolves.toContain('请填写 0 至 100 之间的数，以 0.01 为单位（最多 2 位小数）');
    await organiser.fill('#campaign_weights_jury', '30');
    await organiser.fill('#campaign_positions_0_seats', '3');
    await fieldError(organiser, 'campaign_positions_0_seats').waitFor({ state: 'detached' });

    // The new quota row repeats the first (基层一线 = 是, 考察名单): said at its row, nothing sent.
    await organiser.getByRole('button', { name: '添加结构比例' }).click();
    await organiser.getByRole('button', { name: '创建活动' }).click();
    await expect(fieldError(organiser, 'campaign_quotas_1_attribute').innerText()).resolves.toContain('与第 1 条结构比例重复');
    await organiser.waitForTimeout(1000);
    expect(ok('list', await api.get('/campaigns'))).toEqual([]);
    await organiser.locator('.ant-form-item', { has: organiser.locator('#campaign_quotas_1_attribute') }).scrollIntoViewIfNeeded();
    await screenshot(organiser, '30-campaign-form-duplicate-quota');
    // Another value for the same attribute is another quota.
    await organiser.getByLabel('取值 2').click();
    await organiser.locator('.ant-select-item-option', { hasText: '否' }).click();
    await fieldError(organiser, 'campaign_quotas_1_attribute').waitFor({ state: 'detached' });

    await organiser.getByRole('button', { name: '创建活动' }).click();
    await organiser.waitForURL(/\/app\/campaigns\/[0-9a-f-]{36}$/);
    const saved = ok('campaign', await api.get(`/campaigns/${organiser.url().split('/').pop()}`));
    expect(saved.config.positions[0].seats).toBe(3);
    expect(saved.config.quotas).toEqual([
      { attribute: 'grassrootsFrontline', equals: true, minSharePercent: 30, appliesTo: 'shortlist' },
      { attribute: 'grassrootsFrontline', equals: false, minSharePercent: 30, appliesTo: 'shortlist' },
    ]);
    expect(saved.config.timeline.candidacyOpensAt).toBeTruthy();
  });

  it('discards a draft behind a confirmation: it leaves the list, its history keeps the discard', async () => {
    const id = organiser.url().split('/').pop()!;
    await organiser.getByRole('button', { name: '作废此草稿' }).click();
    const dialog = organiser.getByRole('dialog');
    await dialog.getByText('作废后，该活动将从所有列表中移除').waitFor();
    await dialog.getByLabel('作废原因（可选）').fill('测试用草稿');
    expect(await seriousA11yViolations(organiser)).toEqual([]);
    await screenshot(organiser, '31-discard-draft');
    await dialog.getByRole('button', { name: '确认作废' }).click();
    await organiser.waitForURL('**/app/campaigns');
    await organiser.getByText('还没有选配活动').waitFor();
    expect(ok('list', await api.get('/campaigns'))).toEqual([]);
    expect((await api.get(`/campaigns/${id}`)).body.code).toBe('campaign.discarded');
    expect(await eventsOfType(id, 'DraftCampaignDiscarded')).toBe(1);
  });

  it('campaign form: a new campaign starts from the open-selection template the api serves; an edited draft keeps its own', async () => {
    const template = ok('templates', await api.get('/campaign-templates')).find((x: { key: string }) => x.key === 'open-selection').config;
    await organiser.goto(`${suite.stack.baseUrl}/app/campaigns/new`);
    await organiser.locator('#campaign_title').waitFor();
    expect(await organiser.inputValue('#campaign_positions_1_title')).toBe(template.positions[1].title);
    expect(await organiser.inputValue('#campaign_positions_1_seats')).toBe(String(template.positions[1].seats));
    expect(await organiser.inputValue('#campaign_rubric_4_max')).toBe(template.rubric[4].max);
    expect(await organiser.inputValue('#campaign_competitiveMarginPercent')).toBe(String(template.competitiveMarginPercent));
    // Honours sets its own scoring; an open selection chosen again gets the template's back.
    await organiser.getByLabel(/评选表彰/).check();
    expect(await organiser.inputValue('#campaign_weights_jury')).toBe('100');
    await organiser.getByLabel('公开选配（提交代表大会选举）').check();
    for (const part of ['projectReview', 'panelOpinion', 'jury']) expect(await organiser.inputValue(`#campaign_weights_${part}`)).toBe(template.weights[part]);

    const id = ok('draft', await api.command('POST', '/campaigns', campaignBody({ title: '编辑配置测试' }))).result.campaignId;
    const before = ok('draft', await api.get(`/campaigns/${id}`)).config;
    await organiser.goto(`${suite.stack.baseUrl}/app/campaigns/${id}/edit`);
    await organiser.locator('#campaign_title').waitFor();
    expect(await organiser.inputValue('#campaign_positions_0_title')).toBe(before.positions[0].title);
    await organiser.fill('#campaign_title', '编辑配置测试（改）');
    await organiser.getByRole('button', { name: '保存配置' }).click();
    await organiser.waitForURL(new RegExp(`/app/campaigns/${id}$`));
    const after = ok('edited', await api.get(`/campaigns/${id}`));
    expect(after.title).toBe('编辑配置测试（改）');
    expect({ ...after.config, title: before.title }).toEqual(before);
  });

  describe('a campaign with an expert panel', () => {
    let campaignId: string;
    const ids: string[] = [];

    beforeAll(async () => {
      campaignId = ok('create', await api.command('POST', '/campaigns', campaignBody({ title: '评分与冻结测试' }))).result.campaignId;
      ok('expert', await api.command('POST', `/campaigns/${campaignId}/evaluation/experts`, { expertId: 'expert-forms', name: '王教授' }));
      ok('open', await api.command('POST', `/campaigns/${campaignId}/candidacy/open`));
      for (const name of ['周晓雯', '林淑芬']) {
        const candidate = await ApiClient.login(suite.stack.baseUrl, ['candidate'], `candidate-${ids.length}`, name);
        ids.push(ok('candidacy', await candidate.command('POST', `/campaigns/${campaignId}/candidacies`, candidacyBody(name))).result.candidacyId);
      }
      ok('close', await api.command('POST', `/campaigns/${campaignId}/candidacy/close`));
      for (const id of ids) ok('accept', await api.command('POST', `/candidacies/${id}/qualification`, { decision: 'accepted', reason: '符合条件' }));
      ok('project review', await api.command('POST', `/campaigns/${campaignId}/stage`, { to: 'project-review' }));
    });

    it('score sheet: 31 in a 0–30 box stays 31 with the limit and step in words, and nothing is saved until it fits; the api refuses it too', async () => {
      const { page, context } = await newPerson(suite.browser, suite.pageErrors);
      await signIn(page, suite.stack.baseUrl, '评审专家', '王教授', 'expert-forms');
      await page.goto(`${suite.stack.baseUrl}/app/expert/campaigns/${campaignId}/candidacies/${ids[0]}`);
      await page.getByRole('heading', { name: '评分：周晓雯' }).waitFor();

      await page.fill('#sheet_scores_needs-fit', '31');
      await page.fill('#sheet_scores_feasibility', '20');
      await expect(fieldError(page, 'sheet_scores_needs-fit').innerText()).resolves.toContain('请填写 0 至 30 之间的数，以 0.5 为单位（最多 1 位小数）');
      expect(await page.inputValue('#sheet_scores_needs-fit')).toBe('31');
      await page.getByTestId('autosave').getByText('草稿未保存').waitFor();
      await page.getByText('草稿未保存：请先改正标红的分值').waitFor();
      await screenshot(page, '32-score-out-of-range');
      // Off the 0.5 step: the same rule, the number kept.
      await page.fill('#sheet_scores_needs-fit', '27.3');
      await expect(fieldError(page, 'sheet_scores_needs-fit').innerText()).resolves.toContain('以 0.5 为单位');
      expect(await page.inputValue('#sheet_scores_needs-fit')).toBe('27.3');
      await page.waitForTimeout(2500); // longer than the autosave delay
      expect(await eventsOfType(campaignId, 'ScoreSheetDraftSaved')).toBe(0);

      // A client that skips the form is refused by the api (422, naming the criterion), and nothing is saved either.
      const expert = await ApiClient.login(suite.stack.baseUrl, ['expert'], 'expert-forms', '王教授');
      const refused = await expert.command('PUT', `/campaigns/${campaignId}/evaluation/candidacies/${ids[0]}/sheet`, { scores: { 'needs-fit': '31' } });
      expect([refused.status, refused.body.code, refused.body.field]).toEqual([422, 'score.out-of-range', 'scores.needs-fit']);

      await page.fill('#sheet_scores_needs-fit', '27.5');
      await fieldError(page, 'sheet_scores_needs-fit').waitFor({ state: 'detached' });
      await page.getByTestId('autosave').getByText('草稿已自动保存').waitFor({ timeout: 30_000 });
      expect(await eventsOfType(campaignId, 'ScoreSheetDraftSaved')).toBe(1);
      await context.close();
    });

    it('ranking: the freeze button says in words what is missing (a panel grade, the jury result) until it is there', async () => {
      const expert = await ApiClient.login(suite.stack.baseUrl, ['expert'], 'expert-forms', '王教授');
      const sheet = { 'needs-fit': '25', feasibility: '20', innovation: '15', sustainability: '12', presentation: '8' };
      for (const id of ids) ok('sheet', await expert.command('POST', `/campaigns/${campaignId}/evaluation/candidacies/${id}/sheet/submit`, { scores: sheet }));
      ok('close review', await api.command('POST', `/campaigns/${campaignId}/evaluation/project-review/close`, {}));
      // Only 周晓雯 is graded: 林淑芬 has no panel grade.
      ok('grade', await expert.command('PUT', `/campaigns/${campaignId}/evaluation/candidacies/${ids[0]}/panel-grade`, { grade: 'good', opinion: '答辩清楚' }));
      ok('jury', await api.command('POST', `/campaigns/${campaignId}/stage`, { to: 'jury' }));
      ok('ranking', await api.command('POST', `/campaigns/${campaignId}/stage`, { to: 'ranking' }));

      await organiser.goto(`${suite.stack.baseUrl}/app/campaigns/${campaignId}`);
      await organiser.getByRole('tab', { name: '排名与考察' }).click();
      const blockers = organiser.getByTestId('freeze-blockers');
      await blockers.getByText('还不能冻结排名：以下成绩尚未产生').waitFor();
      await blockers.getByText('专家评审组尚未评定等次：林淑芬。').waitFor();
      await blockers.getByText('群众评审团结果尚未记录').waitFor();
      const freeze = organiser.getByRole('button', { name: '锁定排名并形成考察名单' });
      expect(await freeze.isDisabled()).toBe(true);
      expect(await seriousA11yViolations(organiser)).toEqual([]);
      await blockers.scrollIntoViewIfNeeded();
      await screenshot(organiser, '33-freeze-blocked');

      // The jury result recorded: only the panel grade is left, and the button still waits.
      ok('jury result', await api.command('POST', `/campaigns/${campaignId}/jury/result`, {}));
      await organiser.reload();
      await organiser.getByRole('tab', { name: '排名与考察' }).click();
      await blockers.getByText('专家评审组尚未评定等次：林淑芬。').waitFor();
      expect(await blockers.getByText('群众评审团结果尚未记录').count()).toBe(0);
      expect(await freeze.isDisabled()).toBe(true);
      // The api says the same to anyone who presses anyway.
      const refused = await api.command('POST', `/campaigns/${campaignId}/ranking/freeze`, {});
      expect([refused.status, refused.body.code]).toEqual([409, 'ranking.parts-missing']);
      expect(refused.body.message).toContain('林淑芬');
    });
  });
});
