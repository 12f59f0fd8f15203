import { type Stack, startStack } from '@app/testing';
import { publishedDemoCampaign, type RankingStageCampaign } from '../fixtures/demo-campaign-fixtures';

const FORMULA_TITLE = '=HYPERLINK("http://x","y")';
const FORMULA_EMPLOYER = "@SUM(1+1)*cmd|' /C calc'!A0";
const MINUS_TITLE = "-2+3+cmd|' /C calc'!A0";

/**
 * What the public downloads once the result is published: the CSV (no cell runs as a spreadsheet formula), the
 * notice PDF (rendered once per version of the notice, whatever the number of readers) and the minutes of the
 * run-off (which needs no majority, so they must not say one was reached).
 */
describe('published result: the CSV, the notice PDF and the minutes', () => {
  let stack: Stack;
  let campaign: RankingStageCampaign;
  let publicBase: string;

  beforeAll(async () => {
    stack = await startStack('published_results');
    campaign = await publishedDemoCampaign(stack.baseUrl, 'published', (c) => {
      if (c.name === '黄丽娟') return { ...c.body, proposal: { ...c.body.proposal, title: FORMULA_TITLE } };
      if (c.name === '吴敏') return { ...c.body, details: { ...c.body.details, employer: FORMULA_EMPLOYER } };
      if (c.name === '周晓雯') return { ...c.body, proposal: { ...c.body.proposal, title: MINUS_TITLE } };
      return c.body;
    });
    publicBase = `/public/campaigns/${campaign.campaignId}`;
  }, 300_000);

  afterAll(() => stack?.stop());

  it('exports names and titles that look like formulas as text, behind an apostrophe', async () => {
    const res = await fetch(`${stack.baseUrl}${publicBase}/results.csv`);
    expect(res.status).toBe(200);
    const csv = await res.text();
    expect(csv).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csv).toContain(`'@SUM(1+1)*cmd|' /C calc'!A0`);
    expect(csv).toContain(`'-2+3+cmd|' /C calc'!A0`);
    // No cell (split naively: none of the other cells holds a comma) starts with a formula character.
    const cells = csv
      .replace(/^\uFEFF/, '')
      .split('\n')
      .flatMap((line) => line.split(','))
      .map((cell) => cell.replace(/^"/, ''));
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
    // Real numbers are untouched.
    expect(csv).toContain('93.2000');
  });

  it('says the run-off is won by most votes, not that 40 of 100 is a majority', async () => {
    const view = (await campaign.organiser.anonymous().get(`${publicBase}/results`)).body;
    const runOff = view.positions.find((p: any) => p.key === 'vice-chair').rounds[1].minutes;
    expect(runOff).toMatchObject({ round: 'run-off', presentDelegates: 100, majorityBase: null, majorityThreshold: null, electedBy: 'most-votes' });
    expect(runOff.candidates.map((l: any) => [campaign.nameOf.get(l.candidateId), l.approve, l.passesMajority, l.outcome])).toEqual([
      ['周晓雯', 58, null, 'elected'],
      ['孙慧', 40, null, 'not-elected'],
    ]);
    const firstRound = view.positions.find((p: any) => p.key === 'vice-chair').rounds[0].minutes;
    expect(firstRound).toMatchObject({ round: 'congress', majorityBase: 'present', majorityThreshold: 51, electedBy: 'majority' });
    expect(firstRound.candidates.find((l: any) => campaign.nameOf.get(l.candidateId) === '林淑芬')).toMatchObject({ approve: 40, passesMajority: false });
  });

  const renders = async () =>
    (await stack.pool.query(`SELECT notice_sha256, renders FROM notice_pdfs WHERE campaign_id = $1 ORDER BY rendered_at`, [campaign.campaignId])).rows as {
      notice_sha256: string;
      renders: number;
    }[];

  const fetchPdf = async () => {
    const res = await fetch(`${stack.baseUrl}${publicBase}/notice.pdf`);
    return { status: res.status, type: res.headers.get('content-type'), bytes: Buffer.from(await res.arrayBuffer()) };
  };

  it('renders the notice PDF once for 8 readers at the same time, all of whom get the same bytes', async () => {
    const answers = await Promise.all(Array.from({ length: 8 }, fetchPdf));
    expect(answers.map((a) => a.status)).toEqual(Array(8).fill(200));
    expect(answers.every((a) => a.type === 'application/pdf')).toBe(true);
    expect(answers[0].bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(new Set(answers.map((a) => a.bytes.toString('base64'))).size).toBe(1);
    expect(await renders()).toEqual([expect.objectContaining({ renders: 1 })]);
    // A later reader is served the stored copy.
    const later = await fetchPdf();
    expect(later.bytes.equals(answers[0].bytes)).toBe(true);
    expect(await renders()).toEqual([expect.objectContaining({ renders: 1 })]);
  }, 120_000);

  it('renders anew when the result changes (certified), once', async () => {
    const before = (await fetchPdf()).bytes;
    expect((await campaign.organiser.command('POST', `/campaigns/${campaign.campaignId}/results/certify`)).status).toBe(200);
    const answers = await Promise.all(Array.from({ length: 4 }, fetchPdf));
    expect(answers.map((a) => a.status)).toEqual(Array(4).fill(200));
    expect(answers[0].bytes.equals(before)).toBe(false);
    expect(new Set(answers.map((a) => a.bytes.toString('base64'))).size).toBe(1);
    const rows = await renders();
    expect(rows.map((r) => r.renders)).toEqual([1, 1]);
    expect(rows[0].notice_sha256).not.toBe(rows[1].notice_sha256);
  }, 120_000);
});

describe('notice PDF under load: renders beyond the limit are refused with Retry-After, not queued without end', () => {
  let stack: Stack;
  let campaigns: RankingStageCampaign[];

  beforeAll(async () => {
    stack = await startStack('notice_pdf_busy', { NOTICE_PDF_CONCURRENCY: '1', NOTICE_PDF_MAX_WAITING: '0' });
    campaigns = [await publishedDemoCampaign(stack.baseUrl, 'busy-a'), await publishedDemoCampaign(stack.baseUrl, 'busy-b')];
  }, 300_000);

  afterAll(() => stack?.stop());

  it('answers 503 with Retry-After to a second new version while one renders, and serves it afterwards', async () => {
    const fetchPdf = (c: RankingStageCampaign) => fetch(`${stack.baseUrl}/public/campaigns/${c.campaignId}/notice.pdf`);
    const [first, second] = await Promise.all(campaigns.map(fetchPdf));
    const statuses = [first.status, second.status].sort();
    expect(statuses).toEqual([200, 503]);
    const refused = first.status === 503 ? first : second;
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await refused.json()).toMatchObject({ code: 'notice-pdf.busy' });
    const again = await fetchPdf(campaigns[first.status === 503 ? 0 : 1]);
    expect(again.status).toBe(200);
  }, 120_000);
});
