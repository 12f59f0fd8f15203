import { ApiClient, campaignBody, candidacyBody, type Stack, startStack } from '@app/testing';
import { linkToken, runAdmin } from '@app/testing/admin-cli';
import { MailCatcher } from '@app/testing/mail-catcher';

const PASSWORD = '春风十里不如你-2026';
const RUBRIC: Record<string, string> = { 'needs-fit': '25', feasibility: '20', innovation: '15', sustainability: '12', presentation: '8' };

const ok = (res: { status: number; body: any }) => {
  if (res.status >= 300) throw new Error(`${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
};

/**
 * Invitations by e-mail, through a real SMTP server: an organiser with a real account invites an expert, an
 * inspector, a counting officer and a fellow organiser; each opens the mailed link, sets a password and acts in
 * her role. Withdrawn, replaced and expired links are refused; a candidate of the campaign cannot be invited.
 */
describe('invitations by e-mail', () => {
  const mail = new MailCatcher();
  let stack: Stack;
  let anonymous: ApiClient;
  let organiser: ApiClient;
  let organiserId: string;
  let organisationId: string;
  let campaignId: string;
  const candidacyIds: string[] = [];

  const signIn = async (login: string, password = PASSWORD) =>
    new ApiClient(stack.baseUrl, ok(await anonymous.request('POST', '/auth/sign-in', { login, password })).accessToken);
  const invite = (body: Record<string, unknown>, key?: string) =>
    organiser.request('POST', `/campaigns/${campaignId}/invitations`, body, key ? { 'idempotency-key': key } : {});
  const tokenMailedTo = async (email: string) => linkToken((await mail.waitFor(email, '邀请')).text, 'accept-invitation');
  const mailsTo = (email: string) => mail.messages.filter((m) => m.to.includes(email));
  /** The token of the next invitation mailed to the address, which already had `earlier` mails. */
  const nextTokenMailedTo = async (email: string, earlier: number) => {
    for (let waited = 0; mailsTo(email).length === earlier; waited += 100) {
      if (waited > 15_000) throw new Error(`no new mail to ${email}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    return linkToken(mailsTo(email).at(-1)!.text, 'accept-invitation');
  };
  const accept = (token: string, password = PASSWORD) => anonymous.request('POST', '/invitations/accept', { token, password });
  const stage = async (to: string) => ok(await organiser.command('POST', `/campaigns/${campaignId}/stage`, { to }));

  beforeAll(async () => {
    await mail.start();
    stack = await startStack('invitations', { SMTP_URL: mail.url, PUBLIC_URL: 'http://selection.example.org', RATE_LIMIT_CREDENTIALS_PER_MINUTE: '100000' });
    anonymous = new ApiClient(stack.baseUrl);
    const created = await runAdmin(stack, ['create-organisation', '--name', '江岸区妇联', '--level', 'district']);
    organisationId = /created organisation ([0-9a-f-]{36})/.exec(created.stdout)![1];
    organiserId = JSON.parse(
      (
        await runAdmin(stack, ['create-person', '--name', '李主任', '--email', 'li@example.org', '--roles', 'organiser', '--password-stdin'], `${PASSWORD}\n`)
      ).stdout.split('\n')[0],
    ).id;
    expect((await runAdmin(stack, ['add-organiser', '--organisation', organisationId, '--login', 'li@example.org'])).code).toBe(0);
    organiser = await signIn('li@example.org');

    campaignId = ok(
      await organiser.command('POST', '/campaigns', campaignBody({ positions: [{ key: 'vice-chair', title: '兼职副主席', seats: 1 }], quotas: [] })),
    ).result.campaignId;
    ok(await organiser.command('POST', `/campaigns/${campaignId}/candidacy/open`));
    await runAdmin(stack, ['create-person', '--name', '周晓雯', '--email', 'zhou@example.org', '--roles', 'candidate', '--password-stdin'], `${PASSWORD}\n`);
    const zhou = await signIn('zhou@example.org');
    candidacyIds.push(ok(await zhou.command('POST', `/campaigns/${campaignId}/candidacies`, candidacyBody('周晓雯'))).result.candidacyId);
    const other = await ApiClient.login(stack.baseUrl, ['candidate'], 'invitations-candidate-2');
    candidacyIds.push(ok(await other.command('POST', `/campaigns/${campaignId}/candidacies`, candidacyBody('吴敏'))).result.candidacyId);
    ok(await organiser.command('POST', `/campaigns/${campaignId}/candidacy/close`));
    for (const id of candidacyIds) ok(await organiser.command('POST', `/candidacies/${id}/qualification`, { decision: 'accepted', reason: '符合条件' }));
  });

  afterAll(async () => {
    await stack?.stop();
    await mail.stop();
  });

  it('an invited expert sets her password from the mailed link, signs in and submits score sheets; the grant is the organiser’s act in the campaign’s history', async () => {
    const invited = await invite({ email: 'Wang@Example.org', name: '王教授', role: 'expert' }, 'invite-wang');
    expect(invited.status).toBe(201);
    expect(invited.body).toMatchObject({ email: 'wang@example.org', name: '王教授', role: 'expert', invitedBy: { id: organiserId, name: '李主任' } });
    // The same request again (same key) neither mails a second link nor issues a second invitation.
    expect((await invite({ email: 'Wang@Example.org', name: '王教授', role: 'expert' }, 'invite-wang')).body.id).toBe(invited.body.id);
    const letter = await mail.waitFor('wang@example.org', '邀请');
    expect(letter.subject).toContain('评审专家');
    expect(letter.text).toContain('区妇联兼职副主席、兼职常委公开选配');
    expect(letter.text).toMatch(/You are invited/);
    expect(letter.text).toContain('http://selection.example.org/app/accept-invitation?token=');
    const token = linkToken(letter.text, 'accept-invitation');
    expect(mail.messages.filter((m) => m.to.includes('wang@example.org'))).toHaveLength(1);
    expect((await organiser.get(`/campaigns/${campaignId}/invitations`)).body.map((i: any) => i.email)).toEqual(['wang@example.org']);

    const preview = ok(await anonymous.request('POST', '/invitations/preview', { token }));
    expect(preview).toMatchObject({ name: '王教授', role: 'expert', hasAccount: false, placeName: '区妇联兼职副主席、兼职常委公开选配' });
    const weak = await accept(token, 'password1');
    expect([weak.status, weak.body.errors?.[0]?.field]).toEqual([400, 'password']);
    const accepted = ok(await accept(token));
    expect(accepted.role).toBe('expert');
    expect((await accept(token)).body.code).toBe('invitation.invalid');
    expect((await organiser.get(`/campaigns/${campaignId}/invitations`)).body).toEqual([]);

    const expert = await signIn('wang@example.org');
    expect(ok(await expert.get('/auth/me'))).toMatchObject({ id: accepted.personId, roles: ['expert'], emailConfirmed: true });
    expect((await expert.get('/campaigns')).body.map((c: any) => c.id)).toEqual([campaignId]);
    const granted = await stack.pool.query(`SELECT actor_id, payload FROM events WHERE campaign_id = $1 AND type = 'ExpertAddedToPanel'`, [campaignId]);
    expect(granted.rows).toEqual([{ actor_id: organiserId, payload: { campaignId, expertId: accepted.personId, name: '王教授', candidacyIds: null } }]);

    await stage('project-review');
    for (const id of candidacyIds)
      ok(await expert.command('POST', `/campaigns/${campaignId}/evaluation/candidacies/${id}/sheet/submit`, { scores: RUBRIC, comment: '评分' }));
    const sheets = await stack.pool.query(`SELECT candidacy_id, status FROM score_sheets WHERE expert_id = $1 ORDER BY candidacy_id`, [accepted.personId]);
    expect(sheets.rows).toEqual([...candidacyIds].sort().map((id) => ({ candidacy_id: id, status: 'submitted' })));
  });

  it('an invited counting officer records the jury’s paper count; an invited inspector records an inspection', async () => {
    ok(await invite({ email: 'zhao@example.org', name: '赵考察', role: 'inspector' }));
    ok(await invite({ email: 'qian@example.org', name: '钱计票', role: 'counting-officer' }));
    const inspectorId = ok(await accept(await tokenMailedTo('zhao@example.org'))).personId;
    const officerId = ok(await accept(await tokenMailedTo('qian@example.org'))).personId;
    const grants = await stack.pool.query(
      `SELECT actor_id, payload->>'personId' AS person, payload->>'role' AS role FROM events WHERE campaign_id = $1 AND type = 'CampaignRoleGranted' ORDER BY seq`,
      [campaignId],
    );
    expect(grants.rows).toEqual([
      { actor_id: organiserId, person: inspectorId, role: 'inspector' },
      { actor_id: organiserId, person: officerId, role: 'counting-officer' },
    ]);

    ok(await organiser.command('POST', `/campaigns/${campaignId}/evaluation/project-review/close`, {}));
    await stage('jury');
    const officer = await signIn('qian@example.org');
    const [a, b] = candidacyIds;
    ok(
      await officer.command('POST', `/campaigns/${campaignId}/jury/paper-count`, {
        issued: 10,
        returned: 10,
        invalid: 0,
        candidates: [
          { candidacyId: a, ballots: 10, sum: 800, highest: 90, lowest: 70 },
          { candidacyId: b, ballots: 10, sum: 700, highest: 80, lowest: 60 },
        ],
      }),
    );
    expect((await organiser.get(`/campaigns/${campaignId}/jury/tally`)).body.source).toBe('paper');
    expect((await stack.pool.query(`SELECT actor_id FROM events WHERE campaign_id = $1 AND type = 'JuryPaperCountRecorded'`, [campaignId])).rows).toEqual([
      { actor_id: officerId },
    ]);

    await stage('ranking');
    ok(await organiser.command('POST', `/campaigns/${campaignId}/jury/result`, {}));
    ok(await organiser.command('POST', `/campaigns/${campaignId}/ranking/freeze`, { overrideReason: '专家未给出答辩评级，按规定冻结' }));
    const inspector = await signIn('zhao@example.org');
    const [first] = ok(await inspector.get(`/campaigns/${campaignId}/shortlist`)).members;
    ok(
      await inspector.command('POST', `/campaigns/${campaignId}/inspections`, {
        candidacyId: first.candidacyId,
        result: 'pass',
        findings: '德才兼备，群众认可',
      }),
    );
    expect((await stack.pool.query(`SELECT actor_id FROM events WHERE campaign_id = $1 AND type LIKE 'Inspection%'`, [campaignId])).rows).toEqual([
      { actor_id: inspectorId },
    ]);
  });

  it('someone who already has an account accepts with her own password (a wrong one grants nothing) and keeps her other roles', async () => {
    const earlier = mailsTo('wang@example.org').length;
    ok(await invite({ email: 'wang@example.org', name: '王教授', role: 'counting-officer' }));
    const token = await nextTokenMailedTo('wang@example.org', earlier);
    expect(ok(await anonymous.request('POST', '/invitations/preview', { token })).hasAccount).toBe(true);
    const wrong = await accept(token, 'not-her-password-at-all');
    expect([wrong.status, wrong.body.code]).toEqual([401, 'sign-in.failed']);
    expect(
      (
        await stack.pool.query(
          `SELECT count(*)::int AS n FROM events WHERE campaign_id = $1 AND type = 'CampaignRoleGranted' AND payload->>'role' = 'counting-officer'`,
          [campaignId],
        )
      ).rows[0].n,
    ).toBe(1);

    const accepted = ok(await accept(token));
    const me = ok(await new ApiClient(stack.baseUrl, accepted.accessToken).get('/auth/me'));
    expect([me.email, [...me.roles].sort()]).toEqual(['wang@example.org', ['counting-officer', 'expert']]);
    expect((await stack.pool.query(`SELECT count(*)::int AS n FROM people WHERE email = 'wang@example.org'`)).rows[0].n).toBe(1);
  });

  it('refuses withdrawn, replaced and expired links, changing nothing', async () => {
    const withdrawnId = ok(await invite({ email: 'sun@example.org', name: '孙', role: 'inspector' })).id;
    const withdrawnToken = await tokenMailedTo('sun@example.org');
    expect(ok(await organiser.request('POST', `/campaigns/${campaignId}/invitations/${withdrawnId}/withdraw`, {}))).toEqual({
      invitationId: withdrawnId,
      withdrawn: true,
    });
    expect((await organiser.request('POST', `/campaigns/${campaignId}/invitations/${withdrawnId}/withdraw`, {})).status).toBe(404);

    ok(await invite({ email: 'zhou2@example.org', name: '周', role: 'inspector' }));
    const replacedToken = await tokenMailedTo('zhou2@example.org');
    mail.messages.length = 0;
    ok(await invite({ email: 'zhou2@example.org', name: '周', role: 'inspector' }));
    const newerToken = await tokenMailedTo('zhou2@example.org');

    ok(await invite({ email: 'late@example.org', name: '晚', role: 'inspector' }));
    const lateToken = await tokenMailedTo('late@example.org');
    await stack.pool.query(`UPDATE invitations SET expires_at = now() - interval '1 second' WHERE email = 'late@example.org'`);

    const eventsBefore = (await stack.pool.query(`SELECT count(*)::int AS n FROM events`)).rows[0].n;
    for (const token of [withdrawnToken, replacedToken, lateToken]) {
      const refused = await accept(token);
      expect([refused.status, refused.body.code, refused.body.errors?.[0]?.field]).toEqual([400, 'invitation.invalid', 'token']);
    }
    expect(
      (await stack.pool.query(`SELECT count(*)::int AS n FROM people WHERE email IN ('sun@example.org', 'zhou2@example.org', 'late@example.org')`)).rows[0].n,
    ).toBe(0);
    expect((await stack.pool.query(`SELECT count(*)::int AS n FROM events`)).rows[0].n).toBe(eventsBefore);
    expect((await organiser.get(`/campaigns/${campaignId}/invitations`)).body.map((i: any) => i.email)).toEqual(['zhou2@example.org']);
    expect(ok(await anonymous.request('POST', '/invitations/preview', { token: newerToken })).email).toBe('zhou2@example.org');
  });

  it('refuses to invite a candidate of the campaign, and bad input at the field', async () => {
    const candidate = await invite({ email: 'ZHOU@example.org', name: '周晓雯', role: 'expert' });
    expect([candidate.status, candidate.body.code, candidate.body.field]).toEqual([422, 'invitation.invitee-is-candidate', 'email']);
    const badEmail = await invite({ email: 'not-an-address', name: '某', role: 'expert' });
    expect([badEmail.status, badEmail.body.errors.map((e: any) => [e.field, e.rule])]).toEqual([400, [['email', 'isEmail']]]);
    const badRole = await invite({ email: 'x@example.org', name: '某', role: 'organiser' });
    expect([badRole.status, badRole.body.errors.map((e: any) => [e.field, e.rule])]).toEqual([400, [['role', 'isIn']]]);
    expect(
      (await stack.pool.query(`SELECT count(*)::int AS n FROM invitations WHERE email IN ('zhou@example.org', 'not-an-address', 'x@example.org')`)).rows[0].n,
    ).toBe(0);
  });

  it('an organiser invites a fellow organiser to her organisation, who then runs its campaigns; an outsider cannot invite there', async () => {
    const outsider = await ApiClient.login(stack.baseUrl, ['organiser'], 'invitations-outsider');
    expect((await outsider.request('POST', `/organisations/${organisationId}/invitations`, { email: 'x@example.org', name: '某' })).status).toBe(403);
    expect((await outsider.request('POST', `/campaigns/${campaignId}/invitations`, { email: 'x@example.org', name: '某', role: 'expert' })).status).toBe(403);

    ok(await organiser.request('POST', `/organisations/${organisationId}/invitations`, { email: 'he@example.org', name: '何副主任' }));
    expect((await organiser.get(`/organisations/${organisationId}/invitations`)).body.map((i: any) => [i.email, i.role])).toEqual([
      ['he@example.org', 'organiser'],
    ]);
    ok(await accept(await tokenMailedTo('he@example.org')));
    const fellow = await signIn('he@example.org');
    expect((await fellow.get('/campaigns')).body.map((c: any) => c.id)).toEqual([campaignId]);
    const [organisation] = (await fellow.get('/organisations')).body;
    expect(organisation.organisers.map((o: any) => o.name).sort()).toEqual(['何副主任', '李主任'].sort());
  });
});
