import { randomUUID } from 'node:crypto';
import { ApiClient, campaignBody, candidacyBody, type Stack, startStack } from '@app/testing';
import { MailCatcher } from '@app/testing/mail-catcher';
import { TwilioFake } from '@app/testing/twilio-fake';
import { eraseNotificationData } from '@app/notifications';

/**
 * Notifications end to end (issue 17): committed events → outbox → events queue → delivery rows → notifications
 * queue → a real SMTP server (MailCatcher) and a local server speaking Twilio's Messages API. The worker is killed
 * with SIGKILL while the SMTP server holds a message unanswered; the retry still leaves exactly one e-mail.
 */
const LEAD_MS = 3_600_000;

describe('notifications (events → BullMQ → SMTP / Twilio)', () => {
  const mail = new MailCatcher();
  const sms = new TwilioFake();
  let stack: Stack;
  let organiser: ApiClient;
  let campaignId: string;
  const expertId = randomUUID();
  const candidacies = new Map<string, string>();
  const mailsTo = (to: string, subject: string) => mail.messages.filter((m) => m.to.includes(to) && m.subject.includes(subject));
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
  const until = async (what: string, check: () => Promise<boolean> | boolean, timeoutMs = 30_000) => {
    const deadline = Date.now() + timeoutMs;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await sleep(100);
    }
  };
  const delivery = async (recipientId: string, kind: string, channel = 'email') =>
    (
      await stack.pool.query(`SELECT status, attempts, last_error FROM notification_deliveries WHERE recipient_id = $1 AND kind = $2 AND channel = $3`, [
        recipientId,
        kind,
        channel,
      ])
    ).rows;

  /** Holds the next message at the SMTP server, kills the worker while it waits for the answer, starts a new one. */
  async function killWorkerMidSend(act: () => Promise<void>) {
    mail.holdNextMessage(4_000);
    await act();
    await until('a message held at the SMTP server', () => mail.holding === 1).catch(async (err) => {
      console.log(
        JSON.stringify((await stack.pool.query('SELECT * FROM notification_deliveries')).rows),
        (await stack.pool.query('SELECT * FROM outbox')).rows.length,
        stack.worker.log.slice(-3000),
      );
      throw err;
    });
    await stack.worker.stop('SIGKILL');
    await stack.startWorker();
  }

  beforeAll(async () => {
    await mail.start();
    await sms.start();
    stack = await startStack('notify', {
      SMTP_URL: mail.url,
      PUBLIC_URL: 'http://selection.example.org',
      SMS_PROVIDER: 'twilio',
      TWILIO_API_URL: sms.url,
      TWILIO_ACCOUNT_SID: sms.accountSid,
      TWILIO_AUTH_TOKEN: sms.authToken,
      TWILIO_FROM: '+8610690000',
      NOTIFY_REMINDER_LEAD_MS: String(LEAD_MS),
      NOTIFY_MAX_ATTEMPTS: '3',
      NOTIFY_RETRY_DELAY_MS: '200',
    });
    await stack.pool.query(
      `INSERT INTO people (id, name, email, phone, email_confirmed_at) VALUES ($1, '王教授', 'wang.expert@example.org', '+8613900000001', now())`,
      [expertId],
    );
    organiser = await ApiClient.login(stack.baseUrl, ['organiser'], 'organiser-notify', '李主任');
    // The reminder is due 60 s from now (fires LEAD_MS before the deadline): time enough to reach project review.
    const due = new Date(Date.now() + LEAD_MS + 60_000).toISOString();
    const created = await organiser.command('POST', '/campaigns', campaignBody({ timeline: { projectReviewClosesAt: due } }));
    expect(created.status).toBe(200);
    campaignId = created.body.result.campaignId;
    expect((await organiser.command('POST', `/campaigns/${campaignId}/candidacy/open`)).status).toBe(200);
    const people = [
      ['zhou', '周晓雯', 'zhou@example.org'],
      ['lin', '林淑芬', 'lin.rejected@example.org'],
      ['huang', '黄丽娟', '138-1111-0003'],
      ['chen', '陈美玲', '138-1111-0004'],
    ];
    for (const [key, name, contact] of people) {
      const candidate = await ApiClient.login(stack.baseUrl, ['candidate'], `cand-${key}`);
      const res = await candidate.command('POST', `/campaigns/${campaignId}/candidacies`, candidacyBody(name, { details: { contact } }));
      expect(res.status).toBe(200);
      candidacies.set(key, res.body.result.candidacyId);
    }
    expect((await organiser.command('POST', `/campaigns/${campaignId}/candidacy/close`)).status).toBe(200);
  });

  afterAll(async () => {
    await stack?.stop();
    await mail.stop();
    await sms.stop();
  });

  it('rejection: exactly one e-mail with the reason, although the worker was killed mid-send', async () => {
    await killWorkerMidSend(async () => {
      const res = await organiser.command('POST', `/candidacies/${candidacies.get('lin')}/qualification`, {
        decision: 'rejected',
        reason: '未提交单位推荐意见',
      });
      expect(res.status).toBe(200);
    });
    const message = await mail.waitFor('lin.rejected@example.org', '资格审查结果', 30_000);
    expect(message.text).toContain('林淑芬，您好');
    expect(message.text).toContain('理由：未提交单位推荐意见');
    expect(message.text).toContain(`http://selection.example.org/app/campaigns/${campaignId}`);
    await sleep(1_500);
    expect(mailsTo('lin.rejected@example.org', '资格审查结果')).toHaveLength(1);
    expect(await delivery(`candidacy:${candidacies.get('lin')}`, 'candidacy-rejected')).toEqual([{ status: 'sent', attempts: 2, last_error: null }]);
  });

  it('a redelivered event sends nothing more', async () => {
    const { rows } = await stack.pool.query(`SELECT seq FROM events WHERE campaign_id = $1 AND type = 'CandidacyQualificationDecided'`, [campaignId]);
    // As if Redis lost the event after it was relayed: the relay sends it again and it is projected again.
    await stack.pool.query(`UPDATE outbox SET processed_at = NULL, published_at = now() - interval '1 day' WHERE event_seq = $1`, [rows[0].seq]);
    await until(
      'the event processed again',
      async () => (await stack.pool.query(`SELECT processed_at FROM outbox WHERE event_seq = $1`, [rows[0].seq])).rows[0].processed_at !== null,
    );
    await sleep(1_500);
    expect(mailsTo('lin.rejected@example.org', '资格审查结果')).toHaveLength(1);
    expect((await stack.pool.query(`SELECT count(*)::int AS n FROM notification_deliveries WHERE kind = 'candidacy-rejected'`)).rows[0].n).toBe(1);
  });

  it('an SMS reaches the provider for a candidate who gave only a phone number, retried after the provider failed once', async () => {
    sms.failNext(1);
    const res = await organiser.command('POST', `/candidacies/${candidacies.get('huang')}/qualification`, { decision: 'rejected', reason: '年龄证明材料缺失' });
    expect(res.status).toBe(200);
    await until('the SMS', () => sms.messages.some((m) => m.to === '+8613811110003'));
    const [text] = sms.messages.filter((m) => m.to === '+8613811110003');
    expect(text).toMatchObject({ accountSid: sms.accountSid, from: '+8610690000' });
    expect(text.body).toContain('理由：年龄证明材料缺失');
    await until(
      'the delivery marked sent',
      async () => (await delivery(`candidacy:${candidacies.get('huang')}`, 'candidacy-rejected', 'sms'))[0]?.status === 'sent',
    );
    expect((await delivery(`candidacy:${candidacies.get('huang')}`, 'candidacy-rejected', 'sms'))[0].attempts).toBe(2);
  });

  it('a delivery that fails on every attempt is a dead letter the organisers see', async () => {
    sms.failNext(10);
    expect(
      (await organiser.command('POST', `/candidacies/${candidacies.get('chen')}/qualification`, { decision: 'rejected', reason: '非本辖区户籍' })).status,
    ).toBe(200);
    await until('a dead letter', async () => (await delivery(`candidacy:${candidacies.get('chen')}`, 'candidacy-rejected', 'sms'))[0]?.status === 'dead');
    sms.failNext(0);
    const dead = await organiser.get(`/campaigns/${campaignId}/notifications?status=dead`);
    expect(dead.status).toBe(200);
    expect(dead.body).toEqual([
      expect.objectContaining({
        recipientName: '陈美玲',
        channel: 'sms',
        kind: 'candidacy-rejected',
        status: 'dead',
        attempts: 3,
        lastError: 'Twilio answered 503 (error 20503)',
      }),
    ]);
    for (const phone of ['138-1111-0004', '13811110004']) expect(JSON.stringify(dead.body)).not.toContain(phone);
    expect((await organiser.get(`/campaigns/${campaignId}/notifications?status=lost`)).status).toBe(400);
    const candidate = await ApiClient.login(stack.baseUrl, ['candidate'], 'cand-chen');
    expect((await candidate.get(`/campaigns/${campaignId}/notifications`)).status).toBe(403);
  });

  it('assignment: the expert gets one e-mail and one SMS in her language, although the worker was killed mid-send', async () => {
    const expert = await ApiClient.login(stack.baseUrl, ['expert'], expertId, '王教授');
    const prefs = await expert.request('PUT', '/me/notification-preferences', { optedOut: false, sms: true, locale: 'en' });
    expect(prefs.status).toBe(200);
    expect(prefs.body).toEqual({ optedOut: false, email: null, sms: true, locale: 'en' });
    expect((await expert.request('PUT', '/me/notification-preferences', { optedOut: 'no', locale: 'fr' })).status).toBe(400);
    expect(
      (await organiser.command('POST', `/candidacies/${candidacies.get('zhou')}/qualification`, { decision: 'accepted', reason: '符合条件' })).status,
    ).toBe(200);
    await killWorkerMidSend(async () => {
      expect((await organiser.command('POST', `/campaigns/${campaignId}/evaluation/experts`, { expertId, name: '王教授' })).status).toBe(200);
    });
    const message = await mail.waitFor('wang.expert@example.org', 'You are on the expert panel', 30_000);
    expect(message.text).toContain('Dear 王教授');
    await until('the SMS', () => sms.messages.some((m) => m.to === '+8613900000001'));
    await sleep(1_500);
    expect(mailsTo('wang.expert@example.org', 'expert panel')).toHaveLength(1);
    expect(sms.messages.filter((m) => m.to === '+8613900000001')).toHaveLength(1);
    expect(sms.messages.find((m) => m.to === '+8613900000001')!.body).toContain('you are on the expert panel');
  });

  it('deadline reminder: one e-mail before project review closes, saying how many sheets are missing; a worker restart does not repeat it', async () => {
    expect((await organiser.command('POST', `/campaigns/${campaignId}/stage`, { to: 'project-review' })).status).toBe(200);
    await until(
      'the reminder row',
      async () => (await stack.pool.query(`SELECT 1 FROM notification_reminders WHERE campaign_id = $1`, [campaignId])).rowCount === 1,
    );
    // The delayed job waits in Redis through a crash of the worker.
    await stack.worker.stop('SIGKILL');
    await stack.startWorker();
    const message = await mail.waitFor('wang.expert@example.org', 'Project review closes soon', 90_000);
    expect(message.text).toContain('1 of your score sheet(s) are not submitted yet');
    await stack.worker.stop('SIGKILL');
    await stack.startWorker();
    await sleep(2_000);
    expect(mailsTo('wang.expert@example.org', 'Project review closes soon')).toHaveLength(1);
    expect((await stack.pool.query(`SELECT fired_at FROM notification_reminders WHERE campaign_id = $1`, [campaignId])).rows[0].fired_at).not.toBeNull();
  }, 120_000);

  it('the erase hook removes her deliveries and settings', async () => {
    expect(
      (await stack.pool.query(`SELECT count(*)::int AS n FROM notification_deliveries WHERE recipient_id = $1`, [`candidacy:${candidacies.get('lin')}`]))
        .rows[0].n,
    ).toBe(1);
    await eraseNotificationData(stack.pool, 'cand-lin');
    await eraseNotificationData(stack.pool, expertId);
    expect(
      (
        await stack.pool.query(`SELECT count(*)::int AS n FROM notification_deliveries WHERE recipient_id = ANY($1)`, [
          [`candidacy:${candidacies.get('lin')}`, expertId],
        ])
      ).rows[0].n,
    ).toBe(0);
    expect((await stack.pool.query(`SELECT count(*)::int AS n FROM notification_preferences WHERE person_id = $1`, [expertId])).rows[0].n).toBe(0);
    expect((await stack.pool.query(`SELECT count(*)::int AS n FROM notification_deliveries`)).rows[0].n).toBeGreaterThan(0); // others' stay
  });

  it('never logs an address, a phone number or the provider token', () => {
    const logs = stack.worker.log + stack.api.log;
    for (const secret of ['wang.expert@example.org', 'lin.rejected@example.org', '13811110004', sms.authToken]) expect(logs).not.toContain(secret);
  });
});
