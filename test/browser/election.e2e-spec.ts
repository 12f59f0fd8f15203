import type { Page } from 'playwright-core';
import { ApiClient } from '@app/testing';
import { fieldError, newPerson, screenshot, seriousA11yViolations, signIn } from './browser-harness';
import { browserSuite } from './browser-suite';
import { campaignInElectionStage, castBallot, type ElectionCampaign } from './election-fixtures';

/**
 * The congress election screens in Chromium against the real api + worker: the organiser sets the rules, registers
 * and checks in delegates (the quorum said in words), opens an electronic round and makes the one-time codes;
 * delegates vote on their phones (390×844) from the links on their slips; the organiser closes the round and reads
 * who is elected, the run-off / further round needed and the minutes; a further round is counted on paper. The
 * campaign reaches the election stage through the public API (election-fixtures.ts).
 */
describe('congress election UI in Chromium (organiser, delegates on phones)', () => {
  const suite = browserSuite('election-ui');
  let organiser: Page;
  let api: ApiClient;
  let campaign: ElectionCampaign;
  const a11y: Record<string, unknown[]> = {};
  const links: string[] = [];
  const codes: string[] = [];
  let thirdReceipt = '';
  const title = '区妇联兼职副主席、兼职常委公开选配（选举界面测试）';

  const checkA11y = async (page: Page, screen: string) => {
    a11y[screen] = await seriousA11yViolations(page);
  };
  const electionTab = async () => {
    await organiser.getByRole('tab', { name: '代表大会选举' }).click();
    await organiser.getByTestId('election-tab').waitFor();
  };
  const confirmDialog = async (button: string) => {
    const dialog = organiser.getByRole('dialog');
    await dialog.waitFor();
    await dialog.getByRole('button', { name: button }).click();
    await dialog.waitFor({ state: 'detached' });
  };
  /** Puts a section at the top of the window for its picture. */
  const scrollToTestId = (page: Page, testId: string) =>
    page.evaluate(
      `(() => { const el = document.querySelector('[data-testid="${testId}"]'); window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 16); })()`,
    );
  const election = (path = '') => `/campaigns/${campaign.campaignId}/election${path}`;

  beforeAll(async () => {
    api = await ApiClient.login(suite.stack.baseUrl, ['organiser'], 'organiser-li');
    campaign = await campaignInElectionStage(api, title);
    organiser = (await newPerson(suite.browser, suite.pageErrors)).page;
  }, 180_000);

  it('the organiser sets the election rules; a rule the api refuses is shown at its field', async () => {
    await signIn(organiser, suite.stack.baseUrl, '组织方', '李主任', 'organiser-li');
    await organiser.goto(`${suite.stack.baseUrl}/app/campaigns/${campaign.campaignId}`);
    await organiser.getByRole('heading', { name: title }).waitFor();
    await electionTab();
    await organiser.getByTestId('election-seats').getByText('兼职副主席：应选 3 名').waitFor();
    await organiser.getByTestId('election-rules-current').getByText('当前规则：到会代表须超过应到代表的 2/3；赞成票超过到会代表的半数方可当选。').waitFor();

    // 3/3 is not a fraction below 1: the api's 422 (field quorum) lands on the numerator.
    await organiser.fill('#electionRules_quorum_numerator', '3');
    await organiser.fill('#electionRules_quorum_denominator', '3');
    await organiser.getByRole('button', { name: '保存选举规则' }).click();
    await expect(fieldError(organiser, 'electionRules_quorum_numerator').innerText()).resolves.toContain('法定人数须是小于 1 的分数');
    await organiser.fill('#electionRules_quorum_numerator', '2');
    await organiser.getByRole('button', { name: '保存选举规则' }).click();
    await organiser.getByText('选举规则已保存').waitFor();
    expect((await api.get(election())).body.rules).toEqual({ quorum: { numerator: 2, denominator: 3 }, majorityBase: 'present' });
  });

  it('registers delegates from a pasted list (a duplicate id shown on its line) and checks them in: the quorum in words', async () => {
    const list = organiser.locator('#delegates_list');
    await list.fill('编号,姓名\nhz-001,王红\nhz-002,李梅\nhz-002,张敏');
    await organiser.getByRole('button', { name: '登记代表' }).click();
    await expect(fieldError(organiser, 'delegates_list').innerText()).resolves.toContain('第 4 行（hz-002）：名单中编号重复');
    expect((await api.get(election('/delegates'))).body.registered).toBe(0);

    await list.fill('编号,姓名\nhz-001,王红\nhz-002,李梅\nhz-003,张敏\nhz-004,赵静\nhz-005,孙丽');
    await organiser.getByRole('button', { name: '登记代表' }).click();
    await organiser.getByTestId('delegate-count').getByText('应到代表 5 人，已签到 0 人').waitFor();

    // Check-in by ids typed (or scanned) at the door; an unknown id is refused at the field.
    await organiser.fill('#checkIn_ids', 'hz-099');
    await organiser.getByRole('button', { name: '签到', exact: true }).click();
    await expect(fieldError(organiser, 'checkIn_ids').innerText()).resolves.toContain('没有这位代表');
    await organiser.fill('#checkIn_ids', 'hz-001 hz-002 hz-003');
    await organiser.getByRole('button', { name: '签到', exact: true }).click();
    const quorum = organiser.getByTestId('quorum-status');
    await quorum.getByText('尚未达到法定人数：到会 3 人，须超过应到 5 人的 2/3，即至少 4 人，还差 1 人。').waitFor();

    await organiser.getByRole('button', { name: '为赵静签到' }).click();
    await quorum.getByText('已达到法定人数：到会 4 人，超过应到 5 人的 2/3，会议有效。').waitFor();

    // A mistaken check-in is withdrawn with a reason (required), and the quorum sentence follows; then she is back.
    await organiser.getByRole('button', { name: '撤销签到：赵静' }).click();
    const withdraw = organiser.getByRole('dialog');
    await withdraw.getByText('只能在两轮投票之间撤销', { exact: false }).waitFor();
    await withdraw.getByRole('button', { name: '撤销签到' }).click();
    await fieldError(organiser, 'withdrawCheckIn_reason').waitFor();
    await organiser.fill('#withdrawCheckIn_reason', '扫错了代表证');
    await withdraw.getByRole('button', { name: '撤销签到' }).click();
    await withdraw.waitFor({ state: 'detached' });
    await quorum.getByText('尚未达到法定人数：到会 3 人', { exact: false }).waitFor();
    await organiser.getByRole('button', { name: '为赵静签到' }).click();
    await quorum.getByText('已达到法定人数：到会 4 人，超过应到 5 人的 2/3，会议有效。').waitFor();
    await organiser.getByTestId('delegate-count').getByText('应到代表 5 人，已签到 4 人').waitFor();
    const roster = (await api.get(election('/delegates'))).body;
    expect(roster.delegates.map((d: any) => [d.delegateId, d.name, d.checkedIn])).toEqual([
      ['hz-001', '王红', true],
      ['hz-002', '李梅', true],
      ['hz-003', '张敏', true],
      ['hz-004', '赵静', true],
      ['hz-005', '孙丽', false],
    ]);
    await checkA11y(organiser, 'election-delegates');
    await scrollToTestId(organiser, 'election-delegates');
    await screenshot(organiser, '30-election-check-in');
  });

  it('opens an electronic round after a confirmation and makes one code per delegate present, with links', async () => {
    await organiser.getByTestId('next-round').getByText('下一轮：第一次投票，应选 3 名，候选人 6 名').waitFor();
    await organiser.getByRole('button', { name: '开启投票' }).click();
    await organiser.getByRole('dialog').getByText('将开启第 1 轮投票：兼职副主席（第一次投票），应选 3 名，采用电子投票。', { exact: false }).waitFor();
    await confirmDialog('开启投票');
    const round = organiser.getByTestId('open-round');
    await round.getByText('第 1 轮：兼职副主席 · 第一次投票').waitFor();
    await round.getByText('应选 3 名 · 电子投票 · 应到 5 人 · 到会 4 人').waitFor();

    await round.getByRole('button', { name: '生成投票码（4 个）' }).click();
    await confirmDialog('生成投票码（4 个）');
    await organiser.getByTestId('delegate-slip').nth(3).waitFor();
    expect(await organiser.getByTestId('delegate-slip').count()).toBe(4);
    // An unnamed pack (无记名): numbered slips, handed out at random; no delegate's id or name on any.
    await organiser.getByTestId('delegate-slip').first().getByText('凭条 1 / 4（不记名）').waitFor();
    const slips = await organiser.getByTestId('delegate-slips').innerText();
    for (const name of ['hz-00', '王红', '李梅', '张敏', '赵静']) expect(slips).not.toContain(name);
    codes.push(...(await organiser.getByTestId('delegate-code').allInnerTexts()).map((c) => c.trim()));
    links.push(...(await organiser.getByTestId('delegate-link').allInnerTexts()).map((l) => l.trim()));
    for (const code of codes) expect(code).toMatch(/^[A-Z2-9]{5}-[A-Z2-9]{5}$/);
    expect(links[0]).toBe(`${suite.stack.baseUrl}/app/delegate/vote?campaign=${campaign.campaignId}&code=${codes[0]}`);
    await organiser.getByTestId('ballots-cast').getByText('已收到选票 0 张（已发投票码 4 个）').waitFor();
    const open = (await api.get(election('/rounds'))).body;
    expect(open.map((r: any) => [r.number, r.status, r.method, r.presentDelegates, r.credentialsIssued])).toEqual([[1, 'open', 'electronic', 4, 4]]);
    await checkA11y(organiser, 'election-round-open');
    await scrollToTestId(organiser, 'open-round');
    await screenshot(organiser, '31-election-codes');
  });

  it('two delegates vote on their phones (390×844) from their slips; a used code is refused', async () => {
    const vote = async (link: string, approve: string[], oppose: string[], shots: boolean) => {
      const { page, context } = await newPerson(suite.browser, suite.pageErrors, { width: 390, height: 844 });
      await page.goto(link);
      await page.getByRole('button', { name: '打开选票' }).click();
      await page.getByTestId('ballot-heading').getByText('兼职副主席 · 第 1 轮').waitFor();
      await page.getByText('应选 3 名。对每位候选人可以选择赞成、反对或弃权；赞成最多 3 人').waitFor();
      for (const name of approve)
        await page
          .getByRole('radiogroup', { name: `对${name}的意见` })
          .getByText('赞成', { exact: true })
          .click();
      for (const name of oppose)
        await page
          .getByRole('radiogroup', { name: `对${name}的意见` })
          .getByText('反对', { exact: true })
          .click();
      await page.getByTestId('approved-count').getByText(`已赞成 ${approve.length} 人，最多 3 人`).waitFor();
      if (approve.length === 3) {
        // the fourth approval is not offered: over-approving would void the ballot
        const fourth = page.getByRole('radiogroup', { name: '对陈美玲的意见' }).getByRole('radio', { name: '赞成' });
        expect(await fourth.isDisabled()).toBe(true);
      }
      if (shots) {
        await checkA11y(page, 'delegate-ballot-phone');
        await screenshot(page, '32-delegate-ballot-phone');
      }
      await page.getByRole('button', { name: '检查并投票' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByText(`${approve[0]}：赞成`).waitFor();
      if (oppose[0]) await dialog.getByText(`${oppose[0]}：反对`).waitFor();
      await dialog.getByText('张丽：弃权').waitFor();
      if (shots) {
        await checkA11y(page, 'delegate-ballot-confirm-phone');
        await screenshot(page, '33-delegate-confirm-phone');
      }
      await dialog.getByRole('button', { name: '确认投票' }).click();
      await page.getByText('投票成功，谢谢您！').waitFor({ timeout: 30_000 });
      await page.getByTestId('vote-done').getByText('您的选票已投入票箱（第 1 轮：兼职副主席）').waitFor();
      // Her receipt: not found while the box is closed (it is opened, shuffled, only when the round closes).
      expect((await page.getByTestId('delegate-receipt').innerText()).trim()).toMatch(/^[0-9a-f]{64}$/);
      await page.getByRole('button', { name: '查验回执' }).click();
      await page.getByTestId('delegate-receipt-status').getByText('暂未查到：本轮结束开箱后才能查验。').waitFor();
      if (shots) {
        await checkA11y(page, 'delegate-voted-phone');
        await screenshot(page, '34-delegate-voted-phone');
      }
      await context.close();
    };
    await vote(links[0], ['周晓雯', '林淑芬', '黄丽娟'], [], true);
    await vote(links[1], ['周晓雯', '林淑芬'], ['陈美玲'], false);
    // a third delegate votes from her own phone through the api: 周晓雯 and 黄丽娟; the fourth does not vote
    const [c1, , c3] = campaign.candidacyIds;
    const third = await castBallot(suite.stack.baseUrl, campaign.campaignId, codes[2], { [c1]: 'approve', [c3]: 'approve' });
    expect(third.result).toMatchObject({ counted: true, valid: true });
    thirdReceipt = third.result.receipt;

    // the first slip's link again, on another phone: the code has been used
    const other = await newPerson(suite.browser, suite.pageErrors, { width: 390, height: 844 });
    await other.page.goto(links[0]);
    await other.page.getByRole('button', { name: '打开选票' }).click();
    await other.page.getByTestId('vote-spent').getByText('这个投票码已经投过票了').waitFor();
    // a wrong code is refused under the code field
    await other.page.getByRole('button', { name: '输入另一个投票码' }).click();
    await other.page.fill('#delegateCode_code', 'ABCDE-FGHJK');
    await other.page.getByRole('button', { name: '打开选票' }).click();
    await expect(fieldError(other.page, 'delegateCode_code').innerText()).resolves.toContain('投票码不正确');
    await checkA11y(other.page, 'delegate-code-phone');
    await other.context.close();
  });

  it('the organiser closes the round after a confirmation and reads the outcome: one elected, a further round needed', async () => {
    await organiser.getByTestId('ballots-cast').getByText('已收到选票 3 张（已发投票码 4 个）').waitFor({ timeout: 20_000 });
    await organiser.getByRole('button', { name: '结束投票并计票' }).click();
    await organiser.getByRole('dialog').getByText('当前已收到 3 张选票（共发 4 个投票码）', { exact: false }).waitFor();
    await confirmDialog('结束投票并计票');

    // 4 present: more than half is 3. 周晓雯 3 elected; 林淑芬 and 黄丽娟 2 each (half: not elected).
    const r1 = organiser.getByTestId('round-1');
    await r1.getByTestId('round-outcome').getByText('名额未选满，须另行选举。本轮当选：周晓雯（3 票）').waitFor();
    await r1.getByText('还差 2 名，须在 林淑芬、黄丽娟、陈美玲、刘芳、张丽 中另行选举。').waitFor();
    await r1.getByText('至少 3 票（超过到会代表的半数）').waitFor();
    const row = async (name: string) => (await r1.getByRole('row', { name: new RegExp(`^${name}`) }).innerText()).split(/\s+/).filter(Boolean);
    expect(await row('周晓雯')).toEqual(['周晓雯', '3', '0', '0', '是', '当选']);
    expect(await row('林淑芬')).toEqual(['林淑芬', '2', '0', '1', '否', '未当选']);
    expect(await row('黄丽娟')).toEqual(['黄丽娟', '2', '0', '1', '否', '未当选']);
    expect(await row('陈美玲')).toEqual(['陈美玲', '0', '1', '2', '否', '未当选']);
    await organiser.getByTestId('elected-vice-chair').getByText('周晓雯').waitFor();

    const [round] = (await api.get(election('/rounds'))).body;
    expect(round.minutes).toMatchObject({
      presentDelegates: 4,
      ballotsIssued: 4,
      ballotsReturned: 3,
      validBallots: 3,
      invalidBallots: 0,
      majorityThreshold: 3,
      status: 'further-round-required',
    });
    expect(round.outcome.elected).toEqual([{ candidacyId: campaign.candidacyIds[0], approvals: 3 }]);
    // The box is open now: the third delegate finds her receipt among the counted ballots.
    expect((await api.get(election(`/receipts/${thirdReceipt}`))).body).toMatchObject({ counted: true });
    await checkA11y(organiser, 'election-minutes');
    await scrollToTestId(organiser, 'round-1');
    await screenshot(organiser, '35-election-round-result');
  });

  it('holds the further round on paper: a count that does not add up is refused at its field, the right one fills the seats', async () => {
    await organiser.getByTestId('next-round').getByText('下一轮：另行选举（未选满的名额），应选 2 名，候选人 5 名').waitFor();
    await organiser.getByRole('radio', { name: /纸质选票/ }).check();
    await organiser.getByRole('button', { name: '开启投票' }).click();
    await confirmDialog('开启投票');
    await organiser.getByTestId('open-round').getByText('第 2 轮：兼职副主席 · 另行选举（未选满的名额）').waitFor();

    await organiser.fill('#paperCount_ballotsIssued', '4');
    await organiser.fill('#paperCount_ballotsReturned', '4');
    await organiser.fill('#paperCount_invalidBallots', '5'); // more invalid than returned
    const lines: Record<string, [number, number, number]> = { 林淑芬: [4, 0, 0], 黄丽娟: [3, 1, 0], 陈美玲: [1, 2, 1], 刘芳: [0, 2, 2], 张丽: [0, 3, 1] };
    for (const [name, [a, o, ab]] of Object.entries(lines)) {
      await organiser.getByLabel(`${name} 赞成`).fill(String(a));
      await organiser.getByLabel(`${name} 反对`).fill(String(o));
      await organiser.getByLabel(`${name} 弃权`).fill(String(ab));
    }
    await organiser.getByRole('button', { name: '提交计票结果' }).click();
    await expect(fieldError(organiser, 'paperCount_invalidBallots').innerText()).resolves.toContain('计票结果不相符');
    await organiser.fill('#paperCount_invalidBallots', '0');
    await organiser.getByRole('button', { name: '提交计票结果' }).click();
    await organiser.getByTestId('paper-recorded').getByText('已录入：发出 4 张，收回 4 张，无效 0 张').waitFor();
    await checkA11y(organiser, 'election-paper-count');
    await scrollToTestId(organiser, 'open-round');
    await screenshot(organiser, '36-election-paper-count');

    await organiser.getByRole('button', { name: '结束投票并计票' }).click();
    await confirmDialog('结束投票并计票');
    await organiser
      .getByTestId('round-2')
      .getByTestId('round-outcome')
      .getByText('本轮选举有效，当选名单已确定。本轮当选：林淑芬（4 票）、黄丽娟（3 票）')
      .waitFor();
    await organiser.getByTestId('elected-vice-chair').getByText('周晓雯、林淑芬、黄丽娟').waitFor();
    await organiser.getByTestId('elected-summary').getByText('已选满').waitFor();
    // the standing committee is next, among those not elected
    await organiser.getByTestId('next-round').getByText('下一轮：第一次投票，应选 2 名，候选人 3 名').waitFor();

    const elected = (await api.get(election('/elected'))).body;
    expect(elected.positions.map((p: any) => [p.positionKey, p.filled, p.elected.map((e: any) => e.name)])).toEqual([
      ['vice-chair', true, ['周晓雯', '林淑芬', '黄丽娟']],
      ['standing-committee', false, []],
    ]);
    await scrollToTestId(organiser, 'election-elected');
    await screenshot(organiser, '37-election-elected');

    // In English the same screen reads in English.
    await organiser.getByText('EN', { exact: true }).click();
    await organiser
      .getByTestId('round-2')
      .getByTestId('round-outcome')
      .getByText('Valid round: the elected are decided. Elected in this round: 林淑芬 (4 votes), 黄丽娟 (3 votes)')
      .waitFor();
    await organiser.getByTestId('elected-vice-chair').getByText('周晓雯, 林淑芬, 黄丽娟').waitFor();
    await organiser.getByText('中文', { exact: true }).click();
    await organiser.getByTestId('elected-vice-chair').getByText('周晓雯、林淑芬、黄丽娟').waitFor();
  });

  it('reports no serious or critical accessibility violation on the election screens', () => {
    expect(Object.keys(a11y).sort()).toEqual(
      [
        'delegate-ballot-confirm-phone',
        'delegate-ballot-phone',
        'delegate-code-phone',
        'delegate-voted-phone',
        'election-delegates',
        'election-minutes',
        'election-paper-count',
        'election-round-open',
      ].sort(),
    );
    expect(Object.fromEntries(Object.entries(a11y).filter(([, v]) => v.length > 0))).toEqual({});
  });
});
