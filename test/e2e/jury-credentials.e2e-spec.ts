import { randomUUID } from 'node:crypto';
import { Queue } from 'bullmq';
import { validateConfig } from '@app/config';
import { JuryCredentials } from '@app/jury';
import { JuryJobName, QueueName } from '@app/queue';
import { advance, ApiClient, ballotToken, campaignInJuryStage, importJurors, type IssuedJuror, type JuryCampaign, type Stack, startStack } from '@app/testing';
import { drained } from './jury-helpers';

/** Known here as well as in the api, so that the test can sign ballot tokens with the api's real key. */
const JURY_SECRET = 'jury-credentials-e2e-secret-0123456789';

/**
 * Who may cast a counted ballot: only a rostered juror of that campaign whose code was opened and not revoked —
 * checked when the ballot is accepted; the worker counts only what the api accepted (jury_intake), whatever reaches
 * the queue. And a code that resumes: opened in
 * one browser, it opens again in another until she has voted; then it is spent, and she has one counted ballot.
 */
describe('jury credentials: rostered, opened, resumable', () => {
  let stack: Stack;
  let organiser: ApiClient;
  let anyone: ApiClient;
  let campaign: JuryCampaign;
  let jurors: IssuedJuror[];
  const signer = new JuryCredentials(validateConfig({ JURY_SECRET }));

  beforeAll(async () => {
    stack = await startStack('jurycred', { JURY_SECRET, SWEEP_INTERVAL_MS: '300', SWEEP_STALE_AFTER_MS: '500' });
    organiser = await ApiClient.login(stack.baseUrl, ['organiser'], 'organiser-jury-cred');
    anyone = new ApiClient(stack.baseUrl);
    campaign = await campaignInJuryStage(organiser, { candidates: 2, label: 'cred' });
    jurors = await importJurors(organiser, campaign.campaignId, 5);
  });

  afterAll(() => stack?.stop());

  const base = () => `/campaigns/${campaign.campaignId}/jury`;
  const ballot = (a: number, b: number) => ({
    scores: [
      { candidacyId: campaign.candidacyIds[0], score: a },
      { candidacyId: campaign.candidacyIds[1], score: b },
    ],
  });
  const cast = (token: string, body: unknown, key?: string) =>
    anyone.request('POST', '/jury/ballots', body, { 'x-ballot-token': token, ...(key ? { 'idempotency-key': key } : {}) });
  const forged = (jurorId: string, campaignId = campaign.campaignId) => signer.issueBallotToken({ campaignId, jurorId });
  const statusOf = async (jurorId: string) =>
    (await organiser.get(`${base()}/jurors`)).body.jurors.find((j: { jurorId: string }) => j.jurorId === jurorId).status;

  it('counts only ballots of rostered jurors whose code was opened and not revoked; the rest are refused and change nothing', async () => {
    const opened = await ballotToken(stack.baseUrl, jurors[0].code);
    // The signing key is the api's: a token this test signs for an opened juror is accepted like hers.
    expect(forged(jurors[0].jurorId)).toBe(opened);
    expect((await cast(opened, ballot(60, 40))).status).toBe(202);
    await drained(organiser, campaign.campaignId, 1);

    const otherCampaign = await campaignInJuryStage(organiser, { candidates: 2, label: 'cred-other' });
    const [stranger] = await importJurors(organiser, otherCampaign.campaignId, 1, '外来');
    await ballotToken(stack.baseUrl, stranger.code); // opened, but in another campaign
    const revokedAfterOpening = jurors[2];
    await ballotToken(stack.baseUrl, revokedAfterOpening.code);
    expect(
      (await organiser.command('POST', `${base()}/jurors/${revokedAfterOpening.jurorId}/revoke`, { reason: '手机丢失，投票码可能被他人使用' })).status,
    ).toBe(200);

    const refused = [
      ['not on the roster', await cast(forged(randomUUID()), ballot(100, 100), 'nobody')],
      ['code never opened', await cast(forged(jurors[1].jurorId), ballot(100, 100), 'never-opened')],
      ['revoked after opening', await cast(forged(revokedAfterOpening.jurorId), ballot(100, 100), 'revoked')],
      ['rostered in another campaign', await cast(forged(stranger.jurorId), ballot(100, 100), 'stranger')],
    ] as const;
    expect(refused.map(([what, res]) => [what, res.status, res.body.code])).toEqual([
      ['not on the roster', 403, 'jury.not-a-juror'],
      ['code never opened', 403, 'jury.not-a-juror'],
      ['revoked after opening', 403, 'jury.credential-revoked'],
      ['rostered in another campaign', 403, 'jury.not-a-juror'],
    ]);
    expect(refused.every(([, res]) => typeof res.body.message === 'string' && res.body.message.length > 20)).toBe(true);

    const tally = await drained(organiser, campaign.campaignId, 1);
    expect(tally.validBallots).toBe(1);
    expect(tally.progress).toMatchObject({ received: 1, processed: 1, counted: 1 });
    expect(tally.candidates.map((c: { sum: string }) => c.sum)).toEqual(['60', '40']);
    const { rows } = await stack.pool.query(`SELECT voter FROM jury_submissions WHERE campaign_id = $1`, [campaign.campaignId]);
    expect(rows.map((r) => r.voter)).toEqual([signer.voter(campaign.campaignId, jurors[0].jurorId)]);
  });

  it('a job that reached the queue without passing the api (ballots in its data, a batch id the api never took) counts nothing', async () => {
    // The worker reads ballots only from jury_intake, which only the api's flush writes after checking each juror.
    const batchId = randomUUID();
    const ballots = [
      { ballotId: randomUUID(), voter: randomUUID(), seq: '1', marks: [100, 100], receipt: 'f'.repeat(64), acceptedAt: new Date().toISOString() },
      {
        ballotId: randomUUID(),
        voter: signer.voter(campaign.campaignId, jurors[1].jurorId),
        seq: '2',
        marks: [100, 100],
        receipt: 'e'.repeat(64),
        acceptedAt: new Date().toISOString(),
      },
    ];
    const queue = new Queue(QueueName.JuryBallots, { connection: { url: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379' }, prefix: stack.queuePrefix });
    try {
      // In the shape jobs had before they named several batches, and in today's (with a forged id beside).
      const forged = [
        { data: { batchId, campaignId: campaign.campaignId, ballots }, named: 1 },
        { data: { campaignId: campaign.campaignId, batchIds: [batchId, randomUUID(), 'not-a-batch'], ballots }, named: 2 },
      ];
      for (const { data, named } of forged) {
        const job = await queue.add(JuryJobName.BallotBatch, data);
        for (let i = 0; (await job.getState()) !== 'completed'; i++) {
          if (i > 120) throw new Error(`the worker did not take the forged job within 30 s (state ${await job.getState()})`);
          await new Promise((r) => setTimeout(r, 250));
        }
        expect((await queue.getJob(job.id!))?.returnvalue).toEqual({ applied: 0, named });
      }
    } finally {
      await queue.close();
    }
    expect((await stack.pool.query(`SELECT 1 FROM jury_batches WHERE batch_id = $1`, [batchId])).rows).toHaveLength(0);
    const tallyAfter = await drained(organiser, campaign.campaignId, 1, 60_000);
    expect(tallyAfter.progress).toMatchObject({ received: 1, processed: 1, counted: 1 });
    expect(tallyAfter.validBallots).toBe(1);
    expect(tallyAfter.candidates.map((c: { sum: string }) => c.sum)).toEqual(['60', '40']);
    const { rows } = await stack.pool.query(`SELECT count(*)::int AS n FROM jury_submissions WHERE campaign_id = $1`, [campaign.campaignId]);
    expect(rows[0].n).toBe(1);
  });

  it('lets a code opened in one browser open again in another until she votes; then it is spent; one counted ballot', async () => {
    const juror = jurors[3];
    expect(await statusOf(juror.jurorId)).toBe('not-opened');
    const inWeChat = await anyone.request('POST', '/jury/session', { code: juror.code });
    expect(inWeChat.status).toBe(200);
    expect(await statusOf(juror.jurorId)).toBe('opened');
    const inBrowser = await anyone.request('POST', '/jury/session', { code: juror.code.toLowerCase() });
    expect(inBrowser.status).toBe(200);
    expect(inBrowser.body).toMatchObject({ jurorId: juror.jurorId, campaignId: campaign.campaignId });
    expect(inBrowser.body.ballotPaper.candidates).toHaveLength(2);

    expect((await cast(inBrowser.body.ballotToken, ballot(90, 80))).status).toBe(202);
    expect(await statusOf(juror.jurorId)).toBe('opened'); // who voted is told only after the close
    const third = await anyone.request('POST', '/jury/session', { code: juror.code });
    expect([third.status, third.body.code]).toEqual([409, 'jury.credential-used']);
    expect(third.body.message).toMatch(/already voted/);
    // The first browser's page still replaces her ballot: still one counted ballot, her latest.
    expect((await cast(inWeChat.body.ballotToken, ballot(70, 75))).status).toBe(202);
    const tally = await drained(organiser, campaign.campaignId, 3);
    expect(tally.validBallots).toBe(2);
    expect(tally.candidates.map((c: { sum: string }) => c.sum)).toEqual(['130', '115']);
  });

  it('tells the organiser not opened / opened / revoked while the jury is open; revoke is refused once she voted, reissue once she opened', async () => {
    const roster = (await organiser.get(`${base()}/jurors`)).body;
    expect(roster.jurors.map((j: { name: string; status: string }) => [j.name, j.status])).toEqual([
      ['评审员1', 'opened'],
      ['评审员2', 'not-opened'],
      ['评审员3', 'revoked'],
      ['评审员4', 'opened'],
      ['评审员5', 'not-opened'],
    ]);
    expect([roster.total, roster.notOpened, roster.opened, roster.voted, roster.revoked, roster.votedKnown]).toEqual([5, 2, 2, 0, 1, false]);
    const voted = roster.jurors[0];
    expect(voted).not.toHaveProperty('votedAt'); // that she voted, not when: no time to line up with the ballots
    expect(voted.openedAt).toEqual(expect.any(String));

    const revokeVoted = await organiser.command('POST', `${base()}/jurors/${jurors[0].jurorId}/revoke`, { reason: '误操作' });
    expect([revokeVoted.status, revokeVoted.body.code]).toEqual([409, 'jury.juror-voted']);
    await ballotToken(stack.baseUrl, jurors[4].code);
    const reissueOpened = await organiser.command('POST', `${base()}/jurors/${jurors[4].jurorId}/reissue`, {});
    expect([reissueOpened.status, reissueOpened.body.code]).toEqual([409, 'jury.credential-opened']);
    const reissue = await organiser.command('POST', `${base()}/jurors/${jurors[1].jurorId}/reissue`, {});
    expect(reissue.status).toBe(200);
    expect((await anyone.request('POST', '/jury/session', { code: jurors[1].code })).status).toBe(401);
    expect((await anyone.request('POST', '/jury/session', { code: reissue.body.credential.code })).status).toBe(200);
    const after = (await organiser.get(`${base()}/jurors`)).body;
    expect([after.notOpened, after.opened, after.voted, after.revoked]).toEqual([0, 4, 0, 1]);
  });

  it('once the jury has closed, tells who voted (derived from the counted ballots, never stored on her roster row)', async () => {
    await drained(organiser, campaign.campaignId, 3);
    await advance(organiser, campaign.campaignId, 'ranking');
    const roster = (await organiser.get(`${base()}/jurors`)).body;
    expect(roster.jurors.map((j: { name: string; status: string }) => [j.name, j.status])).toEqual([
      ['评审员1', 'voted'],
      ['评审员2', 'opened'],
      ['评审员3', 'revoked'],
      ['评审员4', 'voted'],
      ['评审员5', 'opened'],
    ]);
    expect([roster.total, roster.notOpened, roster.opened, roster.voted, roster.revoked, roster.votedKnown]).toEqual([5, 0, 2, 2, 1, true]);
  });
});
