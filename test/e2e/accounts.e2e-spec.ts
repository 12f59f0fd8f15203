import { ApiClient, campaignBody, candidacyBody, type Stack, startStack } from '@app/testing';
import { linkToken, runAdmin as admin } from '@app/testing/admin-cli';
import { MailCatcher } from '@app/testing/mail-catcher';

const PASSWORD = '春风十里不如你-2026';

describe('accounts: registration, sign-in, sessions, reset, lockout, second factor', () => {
  const mail = new MailCatcher();
  let stack: Stack;
  let anonymous: ApiClient;

  beforeAll(async () => {
    await mail.start();
    stack = await startStack('accounts', {
      SMTP_URL: mail.url,
      PUBLIC_URL: 'http://selection.example.org',
      SIGN_IN_FAILURES_BEFORE_LOCKOUT: '3',
      SIGN_IN_LOCKOUT_SECONDS: '2',
      RATE_LIMIT_CREDENTIALS_PER_MINUTE: '100000',
    });
    anonymous = new ApiClient(stack.baseUrl);
  });

  afterAll(async () => {
    await stack?.stop();
    await mail.stop();
  });

  const signIn = (login: string, password: string, totp?: string) => anonymous.request('POST', '/auth/sign-in', { login, password, ...(totp ? { totp } : {}) });
  const as = (accessToken: string) => new ApiClient(stack.baseUrl, accessToken);

  it('says which ways to sign in are offered', async () => {
    const res = await anonymous.get('/auth/options');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ devLogin: true, passwordSignIn: true, sso: null });
  });

  it('refuses a short or common password at the field, creating nobody', async () => {
    const short = await anonymous.request('POST', '/auth/register', { name: '短密码', email: 'short@example.org', password: 'abc12345' });
    expect(short.status).toBe(400);
    expect(short.body.errors).toEqual([expect.objectContaining({ field: 'password', rule: 'minLength' })]);
    const common = await anonymous.request('POST', '/auth/register', { name: '常见密码', email: 'common@example.org', password: 'Password123' });
    expect(common.status).toBe(400);
    expect(common.body.errors).toEqual([expect.objectContaining({ field: 'password', rule: 'common' })]);
    const { rows } = await stack.pool.query(`SELECT count(*)::int AS n FROM people`);
    expect(rows[0].n).toBe(0);
  });

  it('registers a candidate, confirms her e-mail through the mailed link, and she submits a candidacy', async () => {
    const organiser = await ApiClient.login(stack.baseUrl, ['organiser'], 'organiser-accounts');
    const campaignId = (await organiser.command('POST', '/campaigns', campaignBody())).body.result.campaignId;
    expect((await organiser.command('POST', `/campaigns/${campaignId}/candidacy/open`)).status).toBe(200);

    const registered = await anonymous.request('POST', '/auth/register', {
      name: '周晓雯',
      email: 'Zhou@Example.org',
      phone: '138 0013 8000',
      password: PASSWORD,
    });
    expect(registered.status).toBe(202);
    const confirmation = await mail.waitFor('zhou@example.org', 'confirm');
    expect(confirmation.text).toContain('http://selection.example.org/app/confirm-email?token=');

    // Before confirming she may sign in, but not submit.
    const early = await signIn('zhou@example.org', PASSWORD);
    expect(early.status).toBe(200);
    expect(early.body).toEqual({ accessToken: expect.any(String), refreshToken: expect.any(String), expiresIn: 600 });
    const refused = await as(early.body.accessToken).command('POST', `/campaigns/${campaignId}/candidacies`, candidacyBody('周晓雯'));
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('account.email-unconfirmed');

    const confirmed = await anonymous.request('POST', '/auth/confirm-email', { token: linkToken(confirmation.text, 'confirm-email') });
    expect(confirmed.status).toBe(200);
    const again = await anonymous.request('POST', '/auth/confirm-email', { token: linkToken(confirmation.text, 'confirm-email') });
    expect(again.status).toBe(400);
    expect(again.body.code).toBe('account-token.invalid');

    // By phone this time, written differently: the same account.
    const session = await signIn('13800138000', PASSWORD);
    expect(session.status).toBe(200);
    const zhou = as(session.body.accessToken);
    const me = await zhou.get('/auth/me');
    expect(me.body).toMatchObject({
      name: '周晓雯',
      email: 'zhou@example.org',
      phone: '13800138000',
      roles: ['candidate'],
      emailConfirmed: true,
      totpEnabled: false,
    });
    expect(JSON.stringify(me.body)).not.toMatch(/argon2|password|secret/i);

    const submitted = await zhou.command('POST', `/campaigns/${campaignId}/candidacies`, candidacyBody('周晓雯'));
    expect(submitted.status).toBe(200);
    expect(submitted.body.status).toBe('succeeded');
    const mine = await zhou.get(`/campaigns/${campaignId}/candidacies`);
    expect(mine.body).toHaveLength(1);
  });

  it('answers an unknown login and a wrong password alike', async () => {
    const unknown = await signIn('nobody@example.org', PASSWORD);
    const wrong = await signIn('zhou@example.org', 'not-her-password-at-all');
    expect(unknown.status).toBe(401);
    expect(wrong.status).toBe(401);
    expect(unknown.body).toEqual(wrong.body);
    expect(wrong.body.code).toBe('sign-in.failed');
  });

  it('a second registration with a taken address answers the same and tells the owner instead', async () => {
    const res = await anonymous.request('POST', '/auth/register', { name: '冒名', email: 'zhou@example.org', password: 'another-good-password' });
    expect(res.status).toBe(202);
    await mail.waitFor('zhou@example.org', 'already');
    const { rows } = await stack.pool.query(`SELECT count(*)::int AS n FROM people WHERE lower(email) = 'zhou@example.org'`);
    expect(rows[0].n).toBe(1);
  });

  it('signing out ends the session at once: the access token and the refresh token are refused', async () => {
    const session = (await signIn('zhou@example.org', PASSWORD)).body;
    const zhou = as(session.accessToken);
    expect((await zhou.get('/auth/me')).status).toBe(200);
    expect((await zhou.request('POST', '/auth/sign-out')).status).toBe(204);
    const after = await zhou.get('/auth/me');
    expect(after.status).toBe(401);
    expect(after.body.code).toBe('session.revoked');
    expect((await anonymous.request('POST', '/auth/refresh', { refreshToken: session.refreshToken })).status).toBe(401);
  });

  it('rotates refresh tokens, and a refresh token used twice ends the whole session', async () => {
    const first = (await signIn('zhou@example.org', PASSWORD)).body;
    const second = await anonymous.request('POST', '/auth/refresh', { refreshToken: first.refreshToken });
    expect(second.status).toBe(200);
    expect(second.body.refreshToken).not.toBe(first.refreshToken);
    expect((await as(second.body.accessToken).get('/auth/me')).status).toBe(200);

    const reused = await anonymous.request('POST', '/auth/refresh', { refreshToken: first.refreshToken });
    expect(reused.status).toBe(401);
    expect(reused.body.code).toBe('session.refresh-refused');
    // The thief's copy and the rightful client's both stop working.
    expect((await anonymous.request('POST', '/auth/refresh', { refreshToken: second.body.refreshToken })).status).toBe(401);
    expect((await as(second.body.accessToken).get('/auth/me')).status).toBe(401);
  });

  it('resets a password through the mailed one-time link, ending every session', async () => {
    const before = (await signIn('zhou@example.org', PASSWORD)).body;
    expect((await anonymous.request('POST', '/auth/password-reset', { login: 'nobody@example.org' })).status).toBe(202);
    expect((await anonymous.request('POST', '/auth/password-reset', { login: 'ZHOU@example.org' })).status).toBe(202);
    const resetMail = await mail.waitFor('zhou@example.org', 'reset');
    const token = linkToken(resetMail.text, 'reset-password');

    const weak = await anonymous.request('POST', '/auth/password-reset/confirm', { token, newPassword: '1234567890' });
    expect(weak.status).toBe(400);
    expect(weak.body.errors).toEqual([expect.objectContaining({ field: 'newPassword', rule: 'common' })]);

    const NEW_PASSWORD = '秋水共长天一色-2027';
    expect((await anonymous.request('POST', '/auth/password-reset/confirm', { token, newPassword: NEW_PASSWORD })).status).toBe(200);
    expect((await anonymous.request('POST', '/auth/password-reset/confirm', { token, newPassword: 'yet-another-password' })).status).toBe(400);
    expect((await as(before.accessToken).get('/auth/me')).status).toBe(401);
    expect((await signIn('zhou@example.org', PASSWORD)).status).toBe(401);
    expect((await signIn('zhou@example.org', NEW_PASSWORD)).status).toBe(200);
  });

  it('locks an account out after repeated wrong passwords (429 + Retry-After, even for the right one), then lets her in', async () => {
    const created = await admin(
      stack,
      ['create-person', '--name', '林晓', '--email', 'lin@example.org', '--roles', 'expert', '--password-stdin'],
      `${PASSWORD}\n`,
    );
    expect(created.stderr).toBe('');
    expect(created.code).toBe(0);
    for (let i = 0; i < 3; i += 1) expect((await signIn('lin@example.org', 'wrong-password-' + i)).status).toBe(401);
    const locked = await signIn('lin@example.org', PASSWORD);
    expect(locked.status).toBe(429);
    expect(locked.body.code).toBe('sign-in.locked');
    const { headers } = await fetch(`${stack.baseUrl}/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login: 'lin@example.org', password: PASSWORD }),
    });
    expect(Number(headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    // Another account is not held up by hers.
    expect((await signIn('zhou@example.org', '秋水共长天一色-2027')).status).toBe(200);

    await new Promise((r) => setTimeout(r, 2_500));
    const after = await signIn('lin@example.org', PASSWORD);
    expect(after.status).toBe(200);
    expect((await as(after.body.accessToken).get('/auth/me')).body.roles).toEqual(['expert']);
  });

  it('disabling a person through the administrator CLI ends her sessions at once and stops her signing in', async () => {
    const session = (await signIn('lin@example.org', PASSWORD)).body;
    expect((await as(session.accessToken).get('/auth/me')).status).toBe(200);
    const disabled = await admin(stack, ['disable-person', '--login', 'lin@example.org']);
    expect(disabled.code).toBe(0);
    expect(JSON.parse(disabled.stdout)).toMatchObject({ disabled: true, sessionsEnded: 2 });
    expect((await as(session.accessToken).get('/auth/me')).status).toBe(401);
    expect((await anonymous.request('POST', '/auth/refresh', { refreshToken: session.refreshToken })).status).toBe(401);
    const refused = await signIn('lin@example.org', PASSWORD);
    expect(refused.status).toBe(401);
    expect(refused.body.code).toBe('sign-in.failed');
  });

  it('the CLI refuses a weak password and a taken address, creating nobody', async () => {
    const weak = await admin(
      stack,
      ['create-person', '--name', '王', '--email', 'wang@example.org', '--roles', 'organiser', '--password-stdin'],
      'password123\n',
    );
    expect(weak.code).toBe(2);
    expect(weak.stderr).toContain('commonest');
    const taken = await admin(
      stack,
      ['create-person', '--name', '冒名', '--email', 'ZHOU@example.org', '--roles', 'organiser', '--password-stdin'],
      `${PASSWORD}\n`,
    );
    expect(taken.code).toBe(2);
    const { rows } = await stack.pool.query(`SELECT count(*)::int AS n FROM people WHERE lower(email) IN ('wang@example.org') OR 'organiser' = ANY(roles)`);
    expect(rows[0].n).toBe(0);
  });

  it('an organiser switches on a second factor; sign-in then needs the authenticator code', async () => {
    const { totpAt, base32Decode } = await import('@app/identity/totp/totp');
    const created = await admin(stack, ['create-person', '--name', '李主任', '--email', 'li@example.org', '--roles', 'organiser'], '');
    expect(created.code).toBe(0);
    // Without a password she gets a one-time link to set it.
    const setToken = linkToken(created.stdout, 'reset-password');
    expect((await anonymous.request('POST', '/auth/password-reset/confirm', { token: setToken, newPassword: PASSWORD })).status).toBe(200);

    const li = as((await signIn('li@example.org', PASSWORD)).body.accessToken);
    const setup = await li.request('POST', '/auth/totp/setup');
    expect(setup.status).toBe(200);
    expect(setup.body.otpauthUri).toContain(`secret=${setup.body.secret}`);
    const secret = base32Decode(setup.body.secret);
    const wrongCode = String((Number(totpAt(secret, Date.now())) + 500_000) % 1_000_000).padStart(6, '0');
    const wrong = await li.request('POST', '/auth/totp/enable', { code: wrongCode });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors).toEqual([expect.objectContaining({ field: 'code', rule: 'totp' })]);
    expect((await signIn('li@example.org', PASSWORD)).status).toBe(200); // not on until a code is shown

    expect((await li.request('POST', '/auth/totp/enable', { code: totpAt(secret, Date.now()) })).status).toBe(200);
    const withoutCode = await signIn('li@example.org', PASSWORD);
    expect(withoutCode.status).toBe(401);
    expect(withoutCode.body.code).toBe('sign-in.totp-required');
    expect((await signIn('li@example.org', PASSWORD, wrongCode)).body.code).toBe('sign-in.totp-wrong');
    const withCode = await signIn('li@example.org', PASSWORD, totpAt(secret, Date.now()));
    expect(withCode.status).toBe(200);
    expect((await as(withCode.body.accessToken).get('/auth/me')).body).toMatchObject({ roles: ['organiser'], totpEnabled: true });
    const { rows } = await stack.pool.query(`SELECT totp_secret_encrypted FROM people WHERE email = 'li@example.org'`);
    expect(rows[0].totp_secret_encrypted).not.toContain(setup.body.secret);
  });

  it('development-login tokens keep working and have no account', async () => {
    const dev = await ApiClient.login(stack.baseUrl, ['candidate'], 'candidate-dev');
    const me = await dev.get('/auth/me');
    expect(me.status).toBe(200);
    expect(me.body).toEqual({ id: 'candidate-dev', name: null, roles: ['candidate'], account: false });
    expect((await dev.request('POST', '/auth/sign-out')).status).toBe(204);
    expect((await dev.get('/auth/me')).status).toBe(200);
  });

  it("a development-login token naming a real person's id does not reach her account", async () => {
    const { rows } = await stack.pool.query(`SELECT id, totp_secret_encrypted FROM people WHERE email = 'li@example.org'`);
    const impostor = await ApiClient.login(stack.baseUrl, ['organiser'], rows[0].id);
    const setup = await impostor.request('POST', '/auth/totp/setup');
    expect(setup.status).toBe(409);
    expect(setup.body.code).toBe('totp.needs-account');
    expect((await impostor.get('/auth/me')).body).toMatchObject({ account: false });
    const after = await stack.pool.query(`SELECT totp_secret_encrypted FROM people WHERE email = 'li@example.org'`);
    expect(after.rows[0].totp_secret_encrypted).toBe(rows[0].totp_secret_encrypted);
  });
});
