import type { Page } from 'playwright-core';

/** A juror opens her link (/jury/vote?code=… or the page itself), scores every candidate and casts the ballot. */
export async function voteAsJuror(page: Page, link: string, candidates: string[], score = '80'): Promise<void> {
  await page.goto(link);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.getByRole('button', { name: '开始投票' }).click();
  for (const name of candidates) await page.getByLabel(`给${name}打分`).fill(score);
  await page.getByRole('button', { name: '检查并提交' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '确认投票' }).click();
  await thanksOrError(page);
  await page.getByTestId('receipt').waitFor();
}

/** A delegate opens her slip link, approves one candidate (the others abstain) and casts the ballot. */
export async function voteAsDelegate(page: Page, link: string, approve: string): Promise<void> {
  await page.goto(link);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.getByRole('button', { name: '打开选票' }).click();
  await page.getByTestId('ballot-heading').waitFor();
  await page
    .getByRole('radiogroup', { name: `对${approve}的意见` })
    .getByText('赞成', { exact: true })
    .click();
  await page.getByRole('button', { name: '检查并投票' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '确认投票' }).click();
  await thanksOrError(page);
}

/** Waits for the thank-you; a refusal shown instead fails with its text, not with a timeout. */
async function thanksOrError(page: Page): Promise<void> {
  const thanks = page.getByText('投票成功，谢谢您！');
  await thanks.or(page.locator('.ant-alert-error')).first().waitFor({ timeout: 30_000 });
  if (!(await thanks.isVisible())) throw new Error(`ballot refused: ${await page.locator('.ant-alert-error').first().innerText()}`);
}
