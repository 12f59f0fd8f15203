import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { type CampaignLog, ERASED } from '@app/domain';
import { QueueName } from '@app/queue';
import { ApiClient, type Stack, startStack } from '@app/testing';
import { demoCandidates } from '../../apps/demo/src/demo-campaign';
import { demoCampaignAtRanking, holdDemoCongress, passRemainingInspections, type RankingStageCampaign } from '../fixtures/demo-campaign-fixtures';

const RETENTION_DAYS = 30;
const OBJECTOR_CONTACT = 'shred-objector@example.org';
const JUROR_NAMES = ['评审团成员1', '评审团成员2', '评审团成员3', '评审团成员4', '评审团成员5'];
/** The first candidate was nominated jointly: her nominators' names are personal data too. */
const NOMINATORS = ['联名人甲秀英', '联名人乙桂兰', '联名人丙玉梅', '联名人丁淑华', '联名人戊美玲'];
const candidates = demoCandidates();
/** Every piece of personal data the campaign was given: candidates' names, contacts, employers, statements, juror names, the objector's address. */
const SECRETS: string[] = [
  ...candidates.flatMap((c) => [c.name, c.body.details.contact, c.body.details.employer, c.body.details.statement].map(String)),
  ...JUROR_NAMES,
  ...NOMINATORS,
  OBJECTOR_CONTACT,
];
const CONTACTS: string[] = [...candidates.map((c) => String(c.body.details.contact)), OBJECTOR_CONTACT];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * PIPL crypto-shredding (issue 13): the demo campaign with a 30-day retention period runs to certification; the
 * worker's clock is set 31 days ahead (RETENTION_CLOCK_SKEW_DAYS, tests only), so the retention period is over
 * once the result is certified. The test runs the worker's erasure job at once (the daily schedule would run it
 * tomorrow) and checks the database, the exported log (with the real `npm run export` and `npm run verify`),
 * the organiser's view and the candidate's own data.
 */
describe('personal data: crypto-shredding after the retention period', () => {
  let stack: Stack;
  let campaign: RankingStageCampaign;
  let base: string;
  let her: ApiClient;
  const dir = mkdtempSync(join(tmpdir(), 'shred-'));
  const herKey = candidates[0].key;

  const exportLog = (name: string): { log: CampaignLog; text: string; verified: string } => {
    const file = join(dir, name);
    const env = { ...process.env, DATABASE_URL: stack.database.url };
    execFileSync('node', ['-r', './scripts/register-paths.js', 'dist/libs/database/src/cli/export-campaign.js', campaign.campaignId, file], {
      env,
      stdio: 'pipe',
    });
    const verified = execFileSync('node', ['-r', './scripts/register-paths.js', 'dist/apps/verifier/src/main.js', file], { env, encoding: 'utf8' });
    const text = readFileSync(file, 'utf8');
    return { log: JSON.parse(text), text, verified };
  };
  const found = (text: string, needles: readonly string[]) => needles.filter((n) => text.includes(n));
  const ok = (step: string, res: { status: number; body: any }) => {
    if (res.status !== 200) throw new Error(`${step} failed (${res.status}): ${JSON.stringify(res.body)}`);
    return res.body;
  };
  let before: { log: CampaignLog; text: string; verified: string };
  let resultsBefore: any;

  beforeAll(async () => {
    stack = await startStack('shred', { RETENTION_CLOCK_SKEW_DAYS: String(RETENTION_DAYS + 1) });
    campaign = await demoCampaignAtRanking(stack.baseUrl, 'shred', {
      config: { retentionDays: RETENTION_DAYS },
      adjust: (c) => (c.key === herKey ? { ...c.body, nomination: { channel: 'joint', nominators: NOMINATORS } } : c.body),
    });
    base = `/campaigns/${campaign.campaignId}`;
    const { organiser, campaignId } = campaign;
    ok('freeze ranking', await organiser.command('POST', `${base}/ranking/freeze`, {}));
    await passRemainingInspections(stack.baseUrl, campaignId);
    ok('close inspection', await organiser.command('POST', `${base}/inspection/close`, {}));
    await holdDemoCongress(organiser, campaignId, campaign.nameOf);
    ok('publish results', await organiser.command('POST', `${base}/results/publish`, {}));
    const objection = await organiser
      .anonymous()
      .request(
        'POST',
        `/public/campaigns/${campaignId}/objections?wait=true`,
        { text: '反映当选人兼职过多', contact: OBJECTOR_CONTACT },
        { 'idempotency-key': 'shred-objection' },
      );
    expect(objection.status).toBe(200);
    her = await ApiClient.login(stack.baseUrl, ['candidate'], `shred-${herKey}`, candidates[0].name);
  }, 400_000);

  afterAll(() => stack?.stop());

  it('refuses erasure before the result is certified, and changes nothing', async () => {
    const refused = await campaign.organiser.command('POST', `${base}/personal-data/erase`, {});
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('personal-data.not-certified');
    expect(
      (await stack.pool.query(`SELECT count(*)::int AS n FROM personal_data_keys WHERE campaign_id = $1 AND key IS NULL`, [campaign.campaignId])).rows[0].n,
    ).toBe(0);
  });

  it('before erasure: the export holds no contact data (no personal data in clear at all) and verifies', async () => {
    ok('certify', await campaign.organiser.command('POST', `${base}/results/certify`, {}));
    ok('erasure request', await her.request('POST', '/me/erasure-request', undefined, { 'idempotency-key': 'shred-erase-request' }));
    resultsBefore = ok('results', await campaign.organiser.get(`${base}/results`));
    before = exportLog('before.json');
    expect(found(before.text, CONTACTS)).toEqual([]);
    expect(found(before.text, SECRETS)).toEqual([]);
    const keyMaterial = (await stack.pool.query(`SELECT key FROM personal_data_keys WHERE campaign_id = $1`, [campaign.campaignId])).rows.flatMap((r) => [
      r.key.toString('base64'),
      r.key.toString('hex'),
    ]);
    expect(keyMaterial.length).toBeGreaterThan(0);
    expect(found(before.text, keyMaterial)).toEqual([]);
    expect(before.verified).toContain('✔ verified');
    // Sealed in the history, in clear for those who may read them.
    expect(JSON.stringify(resultsBefore)).toContain(candidates[0].name);
    const mine = ok('my data', await her.get('/me/data'));
    expect(mine.candidacies[0].details.contact).toBe(candidates[0].body.details.contact);
    const submitted = mine.candidacies[0].events.find((e: any) => e.type === 'CandidacySubmitted');
    expect(submitted.payload.details).toMatchObject({ name: candidates[0].name, contact: candidates[0].body.details.contact });
    const keys = (
      await stack.pool.query(
        `SELECT split_part(person_key, '/', 2) AS kind, count(*)::int AS n FROM personal_data_keys WHERE campaign_id = $1 AND key IS NOT NULL GROUP BY 1 ORDER BY 1`,
        [campaign.campaignId],
      )
    ).rows;
    expect(keys).toEqual([
      { kind: 'candidacy', n: candidates.length },
      { kind: 'delegate', n: expect.any(Number) },
      { kind: 'juror', n: JUROR_NAMES.length },
      { kind: 'objection', n: 1 },
    ]);
  });

  describe('after the daily job has run', () => {
    beforeAll(async () => {
      const queue = new Queue(QueueName.PersonalData, {
        connection: { url: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379' },
        prefix: stack.queuePrefix,
      });
      await queue.add('EraseDuePersonalData', {});
      await queue.add('EraseDuePersonalData', {}); // a second run changes nothing
      await queue.close();
      for (let i = 0; ; i++) {
        const { n } = (
          await stack.pool.query(`SELECT count(*)::int AS n FROM events WHERE campaign_id = $1 AND type = 'PersonalDataErased'`, [campaign.campaignId])
        ).rows[0];
        if (n > 0) break;
        if (i > 120) throw new Error('the erasure job did not erase the campaign within 60 s');
        await sleep(500);
      }
    }, 90_000);

    it('recorded one erasure, by the retention schedule, and shredded every key of the campaign, saying when and why', async () => {
      const commands = (
        await stack.pool.query(`SELECT actor_id, idempotency_key, status FROM commands WHERE type = 'ErasePersonalData' AND status = 'succeeded'`)
      ).rows;
      expect(commands).toEqual([
        { actor_id: 'system:personal-data-retention', idempotency_key: `erase-personal-data:${campaign.campaignId}`, status: 'succeeded' },
      ]);
      const keys = (await stack.pool.query(`SELECT key, shredded_at, shred_reason FROM personal_data_keys WHERE campaign_id = $1`, [campaign.campaignId])).rows;
      expect(keys.length).toBeGreaterThan(candidates.length);
      for (const k of keys) expect(k).toEqual({ key: null, shredded_at: expect.any(Date), shred_reason: 'retention period over (schedule)' });
      const [erased] = (await stack.pool.query(`SELECT payload FROM events WHERE campaign_id = $1 AND type = 'PersonalDataErased'`, [campaign.campaignId]))
        .rows;
      expect(erased.payload).toMatchObject({ trigger: 'schedule', reason: 'retention-period-over' });
    });

    it('leaves no name or contact of the campaign in clear in any table', async () => {
      const tables = (
        await stack.pool.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`)
      ).rows.map((r) => r.table_name as string);
      const holding: string[] = [];
      // people: the accounts the test signed in with (an account is not the campaign's data; erasing accounts is not part of this).
      for (const table of tables.filter((t) => t !== 'people')) {
        const text = (await stack.pool.query(`SELECT coalesce(string_agg(row_to_json(t)::text, ''), '') AS text FROM "${table}" t`)).rows[0].text as string;
        for (const secret of found(text, SECRETS)) holding.push(`${table}: ${secret}`);
      }
      expect(holding).toEqual([]);
    });

    it('the exported log is the same log plus the erasure, still verifies and recomputes every result', () => {
      const after = exportLog('after.json');
      expect(after.log.events.slice(0, before.log.events.length)).toEqual(before.log.events);
      expect(after.log.events.slice(before.log.events.length).map((e) => e.type)).toEqual(['PersonalDataErased']);
      expect(found(after.text, SECRETS)).toEqual([]);
      expect(after.verified).toContain('✔ verified');
      const recomputed = (out: string) => out.match(/(\d+) recorded outcomes recomputed/)?.[1];
      expect(recomputed(after.verified)).toBe(recomputed(before.verified));
      expect(Number(recomputed(after.verified))).toBeGreaterThanOrEqual(8);
    });

    it('the organiser still sees every outcome, keyed by the same ids, with names read as erased', async () => {
      const results = ok('results', await campaign.organiser.get(`${base}/results`));
      const outcome = (view: any) => view.lines.map((l: any) => [l.candidacyId, l.status, l.rank ?? null, l.composite ?? null]);
      expect(outcome(results)).toEqual(outcome(resultsBefore));
      expect(results.lines.map((l: any) => l.name)).toEqual(results.lines.map(() => ERASED));
      expect(found(JSON.stringify(results), SECRETS)).toEqual([]);
      const jurors = ok('jurors', await campaign.organiser.get(`${base}/jury/jurors`));
      expect(found(JSON.stringify(jurors), SECRETS)).toEqual([]);
    });

    it('GET /me/data shows her data as erased and her request as done', async () => {
      const mine = ok('my data', await her.get('/me/data'));
      expect(mine.candidacies[0]).toMatchObject({ name: ERASED, details: { name: ERASED, contact: ERASED, employer: ERASED, gender: 'female' } });
      const submitted = mine.candidacies[0].events.find((e: any) => e.type === 'CandidacySubmitted');
      expect(submitted.payload.details).toMatchObject({ name: ERASED, contact: ERASED });
      expect(mine.erasureRequest.erasedAt).toEqual(expect.any(String));
      expect(found(JSON.stringify(mine.candidacies), SECRETS)).toEqual([]);
    });

    it('refuses a second erasure by the organiser', async () => {
      const again = await campaign.organiser.command('POST', `${base}/personal-data/erase`, {});
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('personal-data.already-erased');
    });
  });
});
