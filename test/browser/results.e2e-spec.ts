import type { Page } from 'playwright-core';
import { ApiClient } from '@app/testing';
import { fieldError, newPerson, screenshot, seriousA11yViolations, signIn } from './browser-harness';
import { browserSuite } from './browser-suite';
import { demoCampaignAtRanking, holdDemoCongress, passRemainingInspections, type RankingStageCampaign } from '../fixtures/demo-campaign-fixtures';

/**
 * The organiser's "ranking & inspection" and "results" tabs and the public result pages, in Chromium against the
 * real api + worker. The campaign is prepared through the API up to its ranking stage (the demo's scores, so every
 * number is known); in the browser the organiser freezes the ranking, records inspections, publishes, answers an
 * objection lodged by a member of the public on the public page (not upheld), answers a second one as upheld (so
 * certification is refused until she records a correction naming it), and certifies; the public page then shows the
 * certified result with the correction. The congress election itself is held through the API (its screens are tested elsewhere).
 */
describe('ranking, inspection, results and the public result pages in Chromium', () => {
  const suite = browserSuite('browser-results');
  let organiser: Page;
  let visitor: Page;
  let campaign: RankingStageCampaign;
  const a11y: Record<string, unknown[]> = {};
  const RANKED = ['黄丽娟', '吴敏', '周晓雯', '孙慧', '陈静', '刘佳', '林淑芬', '杨帆', '何晓燕', '王秀兰', '郑雅琴', '马春燕'];
  const COMPOSITES = ['93.2000', '91.2000', '87.5000', '86.2000', '84.9000', '83.5000', '82.7000', '78.4000', '77.1000', '76.8000', '75.1000', '70.8000'];

  const checkA11y = async (page: Page, screen: string) => {
    a11y[screen] = await seriousA11yViolations(page);
  };
  const campaignUrl = () => `${suite.stack.baseUrl}/app/campaigns/${campaign.campaignId}`;
  const column = (page: Page, section: string, n: number) => page.locator(`${section} .ant-table-tbody tr.ant-table-row td:nth-child(${n})`).allInnerTexts();
  const stageOf = async () => (await campaign.organiser.get(`/campaigns/${campaign.campaignId}`)).body.stage;
  const openTab = async (name: string) => {
    await organiser.goto(campaignUrl());
    await organiser.getByRole('tab', { name }).click();
  };

  beforeAll(async () => {
    campaign = await demoCampaignAtRanking(suite.stack.baseUrl, 'results-ui');
    organiser = (await newPerson(suite.browser, suite.pageErrors)).page;
    visitor = (await newPerson(suite.browser, suite.pageErrors)).page;
    await signIn(organiser, suite.stack.baseUrl, '组织方', '李主任', 'organiser-li');
  }, 240_000);

  it('shows the live ranking with every part exactly as the api gives it, and previews other weights', async () => {
    await openTab('排名与考察');
    const ranking = 'section[aria-labelledby="sl-ranking-heading"]';
    await organiser.getByText('排名尚未锁定').waitFor();
    await organiser.locator(`${ranking} .ant-table-tbody tr.ant-table-row`).nth(11).waitFor();
    expect(await column(organiser, ranking, 2)).toEqual(RANKED);
    expect(await column(organiser, ranking, 6)).toEqual(COMPOSITES);
    expect((await column(organiser, ranking, 1)).map(Number)).toEqual(RANKED.map((_, i) => i + 1));
    expect((await column(organiser, ranking, 4))[0]).toBe('100.00（优秀）');
    await organiser.getByText('综合成绩 = 项目评审得分 × 40% + 专家评审组意见 × 30% + 群众评审团得分 × 30%').waitFor();

    // What-if: weights that do not add up are refused by the api, shown at the total; then a real preview.
    await organiser.fill('#whatIf_weights_projectReview', '50');
    await organiser.getByRole('button', { name: '试算', exact: true }).click();
    await expect(fieldError(organiser, 'whatIf_weightsTotal').innerText()).resolves.toContain('三项权重合计须为 100%');
    await organiser.fill('#whatIf_weights_projectReview', '100');
    await organiser.fill('#whatIf_weights_panelOpinion', '0');
    await organiser.fill('#whatIf_weights_jury', '0');
    await organiser.locator('form#whatIf .ant-btn-loading').waitFor({ state: 'detached' }); // the first try has finished
    await organiser.getByRole('button', { name: '试算', exact: true }).click();
    await organiser.getByTestId('whatif-result').waitFor();
    await fieldError(organiser, 'whatIf_weightsTotal').waitFor({ state: 'detached' });
    expect(await organiser.getByTestId('whatif-result').innerText()).toContain('名次变化');
    expect(await organiser.getByTestId('whatif-result').innerText()).toContain('孙慧 第 4 → 第 3 名');
    await checkA11y(organiser, 'ranking-live');
    await screenshot(organiser, '20-ranking-live', true);
    expect((await campaign.organiser.get(`/campaigns/${campaign.campaignId}/ranking`)).body.frozen).toBe(false);
  });

  it('freezes the ranking after a confirmation and shows the quota-aware shortlist in words', async () => {
    await organiser.getByRole('button', { name: '锁定排名并形成考察名单' }).click();
    const dialog = organiser.getByRole('dialog');
    await dialog.getByText('此操作不能撤销').waitFor();
    await dialog.getByRole('button', { name: '确认' }).click();
    await organiser.getByText('排名已锁定，不再变化。').waitFor();
    const shortlist = 'section[aria-labelledby="sl-shortlist-heading"]';
    await organiser.locator(`${shortlist} .ant-table-tbody tr.ant-table-row`).first().waitFor();
    const api = (await campaign.organiser.get(`/campaigns/${campaign.campaignId}/shortlist`)).body;
    expect(await column(organiser, shortlist, 2)).toEqual(api.members.map((m: any) => m.name));
    expect(await organiser.getByText(`考察名单 ${api.size} 人（差额考察）。`).count()).toBe(1);
    if (api.swaps.length > 0) {
      const swaps = await organiser.getByTestId('quota-swaps').innerText();
      expect(swaps).toContain('为满足“基层一线”的最低比例要求');
      expect(swaps).toContain(campaign.nameOf.get(api.swaps[0].added.candidacyId));
    }
    expect(await stageOf()).toBe('inspection');
    await checkA11y(organiser, 'shortlist');
    await screenshot(organiser, '21-shortlist', true);
  });

  it('records inspections: a finding the api refuses is shown at its field; a failure brings in the next-ranked', async () => {
    const before = (await campaign.organiser.get(`/campaigns/${campaign.campaignId}/shortlist`)).body;
    expect(before.members.map((m: any) => m.name)).toContain('陈静');
    await organiser.getByRole('button', { name: '记录考察结果：陈静' }).click();
    const dialog = organiser.getByRole('dialog');
    await dialog.getByText('不通过', { exact: true }).click();
    await dialog.getByText('系统会立即按排名递补下一位').waitFor();
    await organiser.fill('#inspection_findings', '   '); // passes the form, refused by the api (findings must be written)
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(fieldError(organiser, 'inspection_findings').innerText()).resolves.toContain('请写下考察意见');
    await checkA11y(organiser, 'inspection-record');
    await screenshot(organiser, '22-inspection-record');
    await organiser.fill('#inspection_findings', '考察中群众反映有关问题，经核实属实');
    await dialog.getByRole('button', { name: '保存' }).click();
    await dialog.waitFor({ state: 'detached' });

    const after = (await campaign.organiser.get(`/campaigns/${campaign.campaignId}/shortlist`)).body;
    const failed = after.members.find((m: any) => m.name === '陈静');
    expect(failed).toMatchObject({ status: 'failed-inspection', inspectionResult: 'fail' });
    const replacement = after.members.find((m: any) => m.via === 'replacement');
    expect(replacement).toBeDefined();
    const shortlist = 'section[aria-labelledby="sl-shortlist-heading"]';
    const row = organiser.locator(`${shortlist} tr.ant-table-row`, { hasText: '陈静' });
    await row.getByText('考察未通过').waitFor();
    await organiser.locator(`${shortlist} tr.ant-table-row`, { hasText: replacement.name }).getByText('递补（前一位考察未通过）').waitFor();

    // One pass in the browser, the rest by the inspectors through the api.
    await organiser.getByRole('button', { name: '记录考察结果：黄丽娟' }).click();
    await organiser.getByRole('dialog').getByText('通过', { exact: true }).click();
    await organiser.fill('#inspection_findings', '政治素质好，群众认可度高，符合任职条件');
    await organiser.getByRole('dialog').getByRole('button', { name: '保存' }).click();
    await organiser.getByRole('dialog').waitFor({ state: 'detached' });
    await organiser.locator(`${shortlist} tr.ant-table-row`, { hasText: '黄丽娟' }).getByText('考察通过').waitFor();
    await passRemainingInspections(suite.stack.baseUrl, campaign.campaignId);

    await openTab('排名与考察');
    await organiser.getByRole('button', { name: '结束考察，确定正式候选人' }).click();
    await organiser.getByRole('dialog').getByRole('button', { name: '确认' }).click();
    await organiser.getByText('考察已结束。下一步').waitFor();
    expect(await stageOf()).toBe('election');
    await checkA11y(organiser, 'inspection-closed');
    await screenshot(organiser, '23-inspection-closed', true);
  });

  it('publishes the result after the congress, with a confirmation', async () => {
    await holdDemoCongress(campaign.organiser, campaign.campaignId, campaign.nameOf);
    await openTab('结果公示');
    await organiser.getByRole('button', { name: '发布结果，开始公示' }).click();
    await organiser.getByRole('dialog').getByText('发布后结果不能修改').waitFor();
    await organiser.getByRole('dialog').getByRole('button', { name: '确认' }).click();
    await organiser.getByRole('heading', { name: '公示情况' }).waitFor();
    await organiser.getByText('本活动未设最短公示期').waitFor();
    expect(await stageOf()).toBe('publicity');
    expect(await organiser.getByTestId('elected-list').innerText()).toContain('兼职副主席（3 名）：黄丽娟、吴敏、周晓雯');
  });

  it('lets anyone read the published result and lodge an objection on the public page (no sign-in)', async () => {
    await visitor.goto(`${suite.stack.baseUrl}/app/public/results/${campaign.campaignId}`);
    await visitor.getByTestId('public-stage').getByText('公示中').waitFor();
    const table = '[data-testid="result-lines"]';
    // 11 lines: 陈静, who failed inspection, is not published at all.
    await visitor.locator(`${table} .ant-table-tbody tr.ant-table-row`).nth(10).waitFor();
    expect(await visitor.getByRole('link', { name: '群众评审团成员：核对我的投票凭证' }).getAttribute('href')).toBe(
      `/app/jury/receipt?campaign=${campaign.campaignId}`,
    );
    await visitor.fill('#objection_text', '反映某当选人兼职过多，担心精力不足');
    await visitor.fill('#objection_contact', '匿名');
    await visitor.getByRole('button', { name: '提交异议' }).click();
    await visitor.getByTestId('objection-sent').waitFor();
    // Not public until the organiser admits it.
    expect(await visitor.getByText('待答复').count()).toBe(0);
    await checkA11y(visitor, 'public-publicity');
    await screenshot(visitor, '24-public-objection', true);
  });

  it('reviews anonymous objections: dismisses spam with a reason, admits the real one for the record', async () => {
    const SPAM = '【广告】代办各类证件，请加微信';
    const spam = await campaign.organiser
      .anonymous()
      .request('POST', `/public/campaigns/${campaign.campaignId}/objections?wait=true`, { text: SPAM }, { 'idempotency-key': 'ui-spam' });
    expect(spam.status).toBe(200);
    await openTab('结果公示');
    const pending = organiser.getByTestId('pending-objection');
    await pending.nth(1).waitFor();
    const real = pending.filter({ hasText: '反映某当选人兼职过多' });
    // The organiser sees how to reach the objector (the public page never shows it).
    await real.getByText('联系方式（仅组织方可见）：匿名').waitFor();
    expect(await organiser.getByTestId('objection').count()).toBe(0);

    // A dismissal needs a reason, given in the form and kept with the objection.
    await pending.filter({ hasText: SPAM }).getByRole('checkbox').check();
    await organiser.getByTestId('dismiss-objections').click();
    await expect(fieldError(organiser, 'dismissObjections_reason').innerText()).resolves.toContain('请写明不予受理的理由');
    await organiser.fill('#dismissObjections_reason', '与本次选配无关的广告内容');
    await checkA11y(organiser, 'objections-review');
    await screenshot(organiser, '24b-objections-review', true);
    await organiser.getByTestId('dismiss-objections').click();
    await pending.filter({ hasText: SPAM }).waitFor({ state: 'detached' });
    expect(await organiser.getByTestId('dismissed-objections').innerText()).toContain('不予受理的异议（1 条，不公开）');

    await real.getByTestId('admit-objection').click();
    await organiser.getByTestId('objection').waitFor();
    await organiser.getByText('没有待审核的异议。').waitFor();
    const view = (await campaign.organiser.get(`/campaigns/${campaign.campaignId}/results`)).body;
    expect(view.objections.map((o: any) => [o.text, o.status, o.dismissalReason])).toEqual([
      ['反映某当选人兼职过多，担心精力不足', 'admitted', null],
      [SPAM, 'dismissed', '与本次选配无关的广告内容'],
    ]);
  });

  it('says why certification is refused and answers the objection in writing (not upheld)', async () => {
    await openTab('结果公示');
    await organiser.getByTestId('objection').waitFor();
    await organiser.getByTestId('certify-results').click();
    await organiser.getByRole('dialog').getByRole('button', { name: '确认' }).click();
    await expect(organiser.getByTestId('certify-results-error').innerText()).resolves.toContain('还有 1 条已受理的异议未书面答复');
    expect(await stageOf()).toBe('publicity');
    await checkA11y(organiser, 'certify-refused');
    await screenshot(organiser, '25-certify-refused', true);

    await organiser.fill('#objection1_resolution', '  '); // refused by the api: the answer must be written
    await organiser.getByText('异议不成立（维持原结果）').click();
    await organiser.getByRole('button', { name: '提交答复' }).click();
    await expect(fieldError(organiser, 'objection1_resolution').innerText()).resolves.toContain('请写下答复');
    await organiser.fill('#objection1_resolution', '经核实，该同志兼职符合规定，维持选举结果');
    await organiser.getByRole('button', { name: '提交答复' }).click();
    await organiser.getByTestId('objection').getByText('异议不成立', { exact: true }).waitFor();
    expect(await organiser.getByTestId('objection-needs-correction').count()).toBe(0);
    expect(await organiser.getByRole('heading', { name: '记录更正' }).count()).toBe(0); // no upheld objection: nothing to correct
  });

  it('an upheld objection blocks certification, naming it, until the organiser records a correction that answers it', async () => {
    const WRONG_EMPLOYER = '公示中吴敏的工作单位写错了，请核实更正';
    const CORRECTION = '经核实，公示中吴敏的工作单位有误，现予更正';
    await visitor.goto(`${suite.stack.baseUrl}/app/public/results/${campaign.campaignId}`);
    await visitor.getByTestId('public-stage').getByText('公示中').waitFor();
    await visitor.fill('#objection_text', WRONG_EMPLOYER);
    await visitor.getByRole('button', { name: '提交异议' }).click();
    await visitor.getByTestId('objection-sent').waitFor();

    await openTab('结果公示');
    await organiser.getByTestId('pending-objection').filter({ hasText: WRONG_EMPLOYER }).getByTestId('admit-objection').click();
    const second = organiser.getByTestId('objection').nth(1);
    await second.getByText(WRONG_EMPLOYER).waitFor();
    await organiser.fill('#objection2_resolution', '经核实，反映情况属实，异议成立');
    await organiser.getByText('异议成立（结果须更正后才能确认）').click();
    await organiser.getByRole('button', { name: '提交答复' }).click();
    await second.getByText('异议成立', { exact: true }).waitFor();
    await expect(second.getByTestId('objection-needs-correction').innerText()).resolves.toContain('此异议已认定属实：须先记录更正，才能确认结果');
    expect(await organiser.getByTestId('objection').first().getByTestId('objection-needs-correction').count()).toBe(0);
    await expect(organiser.getByTestId('certify-upheld-pending').innerText()).resolves.toContain('第 2 条异议已认定属实，尚未记录更正');

    // Certification is refused, naming the upheld objection.
    await organiser.getByTestId('certify-results').click();
    await organiser.getByRole('dialog').getByRole('button', { name: '确认' }).click();
    await expect(organiser.getByTestId('certify-results-error').innerText()).resolves.toContain('不能确认结果：第 2 条异议已认定属实，尚未记录更正');
    expect(await stageOf()).toBe('publicity');

    // The correction form offers only the upheld, uncorrected objection, pre-selected.
    const section = organiser.locator('section[aria-labelledby="rs-upheld-correction-heading"]');
    await section.getByRole('heading', { name: '记录更正' }).waitFor();
    expect(await section.getByRole('checkbox').count()).toBe(1);
    const choice = section.getByRole('checkbox', { name: /第 2 条异议/ });
    expect(await choice.isChecked()).toBe(true);
    await checkA11y(organiser, 'upheld-needs-correction');

    // At least one objection must be chosen; a blank correction is refused by the api, at its field.
    await choice.uncheck();
    await organiser.fill('#upheldCorrection_text', CORRECTION);
    await section.getByTestId('record-correction').click();
    await expect(fieldError(organiser, 'upheldCorrection_objectionIds').innerText()).resolves.toContain('请至少选择一条异议');
    await choice.check();
    await organiser.fill('#upheldCorrection_text', '  ');
    await section.getByTestId('record-correction').click();
    await expect(fieldError(organiser, 'upheldCorrection_text').innerText()).resolves.toContain('请写下更正内容');
    await fieldError(organiser, 'upheldCorrection_objectionIds').waitFor({ state: 'detached' });
    await screenshot(organiser, '29-upheld-correction', true);

    await organiser.fill('#upheldCorrection_text', CORRECTION);
    await section.getByTestId('record-correction').click();
    await expect(second.getByTestId('objection-correction').innerText()).resolves.toContain(CORRECTION);
    await section.getByTestId('upheld-all-corrected').waitFor();
    expect(await section.getByTestId('corrections').innerText()).toContain(`${CORRECTION}（答复第 2 条异议）`);
    await organiser.getByTestId('certify-upheld-pending').waitFor({ state: 'detached' });
    await second.getByTestId('objection-needs-correction').waitFor({ state: 'detached' });
    await checkA11y(organiser, 'upheld-corrected');

    const view = (await campaign.organiser.get(`/campaigns/${campaign.campaignId}/results`)).body;
    const admitted = view.objections.filter((o: any) => o.status === 'admitted');
    expect(admitted[1]).toMatchObject({ text: WRONG_EMPLOYER, upheld: true, correction: CORRECTION });
    expect(view.corrections).toEqual([expect.objectContaining({ text: CORRECTION, objectionIds: [admitted[1].objectionId] })]);
    expect(admitted[0].correction).toBeNull();
    expect(await stageOf()).toBe('publicity');
  });

  it('certifies once every upheld objection has its correction; later corrections name no objection', async () => {
    await organiser.getByTestId('certify-results').click();
    await organiser.getByRole('dialog').getByText('确认后结果成为最终结果').waitFor();
    await organiser.getByRole('dialog').getByRole('button', { name: '确认' }).click();
    await organiser.getByTestId('certified').waitFor();
    expect(await stageOf()).toBe('certified');
    await organiser.getByRole('heading', { name: '更正说明' }).waitFor();
    expect(await organiser.getByTestId('corrections').innerText()).toContain('（答复第 2 条异议）');
    await organiser.locator('#correction_text').waitFor();
    expect(await organiser.locator('#upheldCorrection_objectionIds').count()).toBe(0); // no objection to choose after certification
    const hrefs = await organiser
      .locator('section[aria-labelledby="rs-downloads-heading"] a')
      .evaluateAll((as) => as.map((a) => (a as unknown as { getAttribute(n: string): string }).getAttribute('href')));
    expect(hrefs).toEqual(expect.arrayContaining([`/public/campaigns/${campaign.campaignId}/results.csv`, `/public/campaigns/${campaign.campaignId}/notice`]));
    const csv = await fetch(`${suite.stack.baseUrl}/public/campaigns/${campaign.campaignId}/results.csv`);
    expect(csv.status).toBe(200);
    expect(await csv.text()).toContain('黄丽娟');
    // Erasing personal data is refused, with the date, until the retention period after certification is over.
    await organiser.getByTestId('erase-personal-data').click();
    await organiser.getByRole('dialog').getByText('删除后无法恢复').waitFor();
    await organiser.getByRole('dialog').getByRole('button', { name: '确认' }).click();
    await expect(organiser.getByTestId('erase-personal-data-error').innerText()).resolves.toContain('个人信息须保存至');
    expect(await (await fetch(`${suite.stack.baseUrl}/public/campaigns/${campaign.campaignId}/results.csv`)).text()).toContain('黄丽娟');
    await checkA11y(organiser, 'results-certified');
    await screenshot(organiser, '26-results-certified', true);
  });

  it('shows the certified result on the public page and the notice, names in rank order', async () => {
    await visitor.goto(`${suite.stack.baseUrl}/app/public/results/${campaign.campaignId}`);
    await visitor.getByTestId('public-stage').getByText('已确认').waitFor();
    expect(await visitor.getByTestId('public-banner').innerText()).toContain('公示期满并确认生效');
    const rows = '.ant-table-tbody tr.ant-table-row';
    await visitor.locator(rows).nth(10).waitFor();
    // Whoever failed inspection (陈静, 5th) is left out of the public result altogether.
    expect(await visitor.locator(`${rows} td:nth-child(2)`).allInnerTexts()).toEqual(RANKED.filter((name) => name !== '陈静'));
    expect(await visitor.locator(`${rows} td:nth-child(8)`).allInnerTexts()).toEqual(COMPOSITES.filter((_, i) => i !== 4));
    const statuses = await visitor.locator(`${rows} td:nth-child(9)`).allInnerTexts();
    expect(statuses[0]).toContain('当选');
    expect(statuses.filter((s) => s.includes('考察未通过'))).toEqual([]);
    expect(await visitor.getByTestId('elected-list').innerText()).toContain('兼职常委（2 名）：孙慧、林淑芬');
    await visitor.getByText('经核实，该同志兼职符合规定，维持选举结果').waitFor();
    // The upheld objection with its correction, and the correction saying which objection it answers.
    expect(await visitor.getByTestId('public-objection-correction').allInnerTexts()).toEqual(['更正：经核实，公示中吴敏的工作单位有误，现予更正']);
    expect(await visitor.getByTestId('corrections').innerText()).toContain('经核实，公示中吴敏的工作单位有误，现予更正（答复第 2 条异议）');
    await visitor.getByText('结果已确认，不再受理异议。').waitFor();
    const published = (await new ApiClient(suite.stack.baseUrl).get(`/public/campaigns/${campaign.campaignId}/results`)).body;
    expect(published.certifiedAt).not.toBeNull();
    await checkA11y(visitor, 'public-certified');
    await screenshot(visitor, '27-public-certified', true);

    await visitor.getByRole('link', { name: '公示公告' }).click();
    await visitor.waitForURL(`**/public/results/${campaign.campaignId}/notice`);
    await visitor.getByRole('heading', { level: 1 }).getByText('结果公示').waitFor();
    expect(await visitor.locator(`${rows} td:nth-child(2)`).allInnerTexts()).toEqual(RANKED.filter((name) => name !== '陈静'));
    expect(await visitor.getByTestId('corrections').innerText()).toContain('（答复第 2 条异议）');
    await checkA11y(visitor, 'public-notice');
    await screenshot(visitor, '28-public-notice', true);

    // The same notice in English.
    await visitor.getByText('EN', { exact: true }).click();
    await visitor.getByRole('heading', { level: 1 }).getByText('public notice').waitFor();
    expect(await visitor.getByTestId('elected-list').innerText()).toContain('兼职副主席 (3 seats): 黄丽娟, 吴敏, 周晓雯');
    expect(await visitor.getByTestId('corrections').innerText()).toContain('(answers Objection 2)');
  });

  it('says a refusal that names a time in Chinese, on the campaign’s clock (Asia/Shanghai): no ISO time, no English', async () => {
    // A second campaign whose publicity period (5 working days) is still running, prepared through the API.
    const running = await demoCampaignAtRanking(suite.stack.baseUrl, 'results-ui-running', { config: { publicityWorkingDays: 5 } });
    const base = `/campaigns/${running.campaignId}`;
    expect((await running.organiser.command('POST', `${base}/ranking/freeze`, {})).status).toBe(200);
    await passRemainingInspections(suite.stack.baseUrl, running.campaignId);
    expect((await running.organiser.command('POST', `${base}/inspection/close`, {})).status).toBe(200);
    await holdDemoCongress(running.organiser, running.campaignId, running.nameOf);
    expect((await running.organiser.command('POST', `${base}/results/publish`, {})).status).toBe(200);
    const endsAt: string = (await running.organiser.get(`${base}/results`)).body.publicityEndsAt;
    // The period ends at midnight in Shanghai: 16:00 UTC the day before, so the zone decides the day and the hour.
    const shanghai = new Date(Date.parse(endsAt) + 8 * 3600_000);
    const day = `${shanghai.getUTCFullYear()}年${shanghai.getUTCMonth() + 1}月${shanghai.getUTCDate()}日`;

    await organiser.goto(`${suite.stack.baseUrl}/app/campaigns/${running.campaignId}`);
    await organiser.getByRole('tab', { name: '结果公示' }).click();
    await organiser.getByTestId('certify-results').click();
    await organiser.getByRole('dialog').getByRole('button', { name: '确认' }).click();
    const refusal = await organiser.getByTestId('certify-results-error').innerText();
    expect(refusal).toContain(`公示期到 ${day} 00:00 结束，期满后才能确认`);
    expect(refusal).not.toContain(endsAt);
    expect(refusal).not.toMatch(/[A-Za-z]/);
    expect((await running.organiser.get(base)).body.stage).toBe('publicity');
    await checkA11y(organiser, 'certify-refused-publicity-running');
    await screenshot(organiser, '25b-certify-refused-time', true);
  }, 300_000);

  it('has no serious or critical accessibility violations on these screens', () => {
    expect(Object.keys(a11y).length).toBeGreaterThanOrEqual(10);
    expect(a11y).toEqual(Object.fromEntries(Object.keys(a11y).map((k) => [k, []])));
  });
});
