import { type ChildProcess, spawn } from 'node:child_process';
import * as path from 'node:path';
import { ApiClient, freePort, type Stack, startStack } from '@app/testing';

const PUBLIC_URL = 'http://selection.example.org';
const CALLBACK = `${PUBLIC_URL}/auth/oidc/callback`;

/** The cookies one party (the browser, towards one site) holds: enough for following redirects by hand. */
class CookieJar {
  private readonly cookies = new Map<string, string>();

  take(res: Response): void {
    for (const line of res.headers.getSetCookie()) {
      const pair = line.split(';')[0];
      const name = pair.slice(0, pair.indexOf('='));
      const value = pair.slice(pair.indexOf('=') + 1);
      if (value === '' || /max-age=0/i.test(line) || /expires=Thu, 01 Jan 1970/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}

/** Starts test/oidc/oidc-provider.mjs (a real oidc-provider) and waits until it listens. */
async function startProvider(): Promise<{ issuer: string; process: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(__dirname, '../oidc/oidc-provider.mjs'), String(port), CALLBACK], { stdio: ['ignore', 'pipe', 'pipe'] });
  let errors = '';
  child.stderr!.on('data', (chunk) => (errors += chunk));
  const issuer = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      const ready = /ready (\S+)/.exec(chunk.toString());
      if (ready) resolve(ready[1]);
    });
    child.on('exit', (code) => reject(new Error(`the OIDC provider stopped (${code}): ${errors}`)));
  });
  return { issuer, process: child };
}

describe('single sign-on through a real OpenID Connect provider (authorization code + PKCE)', () => {
  let provider: { issuer: string; process: ChildProcess };
  let stack: Stack;
  let anonymous: ApiClient;

  beforeAll(async () => {
    provider = await startProvider();
    stack = await startStack('oidc', {
      PUBLIC_URL,
      OIDC_ISSUER: provider.issuer,
      OIDC_CLIENT_ID: 'open-selection',
      OIDC_CLIENT_SECRET: 'open-selection-test-client-secret',
      OIDC_LABEL: '省妇联统一身份认证',
    });
    anonymous = new ApiClient(stack.baseUrl);
  });

  afterAll(async () => {
    await stack?.stop();
    provider?.process.kill('SIGTERM');
  });

  /** The api's redirect to the provider, and the cookie it set in the browser. */
  async function start(): Promise<{ authorizeUrl: URL; apiCookies: CookieJar }> {
    const apiCookies = new CookieJar();
    const res = await fetch(`${stack.baseUrl}/auth/oidc/start`, { redirect: 'manual' });
    expect(res.status).toBe(302);
    apiCookies.take(res);
    return { authorizeUrl: new URL(res.headers.get('location')!), apiCookies };
  }

  /** The browser at the provider: authorize → login interaction (as `login`, or refusing) → consent → back to the api. */
  async function atProvider(authorizeUrl: URL, login: string, deny = false): Promise<string> {
    const providerCookies = new CookieJar();
    let location = authorizeUrl.href;
    for (let hop = 0; hop < 12 && !location.startsWith(PUBLIC_URL); hop++) {
      const url = new URL(location, provider.issuer);
      if (url.pathname.startsWith('/interaction/')) url.searchParams.set(deny ? 'deny' : 'login', deny ? '1' : login);
      const res = await fetch(url, { redirect: 'manual', headers: { cookie: providerCookies.header() } });
      providerCookies.take(res);
      if (res.status < 300 || res.status >= 400) throw new Error(`the provider answered ${res.status} at ${url}: ${await res.text()}`);
      location = res.headers.get('location')!;
    }
    expect(location.startsWith(CALLBACK)).toBe(true);
    return location;
  }

  /** The api's callback as the browser reaches it: where it sends the browser next. */
  async function callback(callbackUrl: string, apiCookies: CookieJar): Promise<URL> {
    const res = await fetch(callbackUrl.replace(PUBLIC_URL, stack.baseUrl), { redirect: 'manual', headers: { cookie: apiCookies.header() } });
    expect(res.status).toBe(302);
    return new URL(res.headers.get('location')!);
  }

  const oneTimeCode = (landing: URL): string => {
    expect(`${landing.origin}${landing.pathname}`).toBe(`${PUBLIC_URL}/app/login`);
    const code = new URLSearchParams(landing.hash.slice(1)).get('ssoCode');
    if (!code) throw new Error(`no one-time code in ${landing.href}`);
    return code;
  };
  const refusal = (landing: URL): string | null => landing.searchParams.get('ssoError');

  /** The whole flow for one person: her tokens. */
  async function signInAs(login: string): Promise<{ accessToken: string; refreshToken: string }> {
    const { authorizeUrl, apiCookies } = await start();
    const landing = await callback(await atProvider(authorizeUrl, login), apiCookies);
    const exchanged = await anonymous.request('POST', '/auth/oidc/exchange', { code: oneTimeCode(landing) });
    expect(exchanged.status).toBe(200);
    return exchanged.body;
  }

  const me = async (accessToken: string) => (await new ApiClient(stack.baseUrl, accessToken).get('/auth/me')).body;

  it('offers the sign-in button with its label', async () => {
    const res = await anonymous.get('/auth/options');
    expect(res.status).toBe(200);
    expect(res.body.sso).toEqual({ label: '省妇联统一身份认证' });
  });

  it('sends the browser to the provider with PKCE (S256), a state and a nonce', async () => {
    const { authorizeUrl, apiCookies } = await start();
    expect(`${authorizeUrl.origin}${authorizeUrl.pathname}`).toBe(`${provider.issuer}/auth`);
    const params = authorizeUrl.searchParams;
    expect(params.get('response_type')).toBe('code');
    expect(params.get('client_id')).toBe('open-selection');
    expect(params.get('redirect_uri')).toBe(CALLBACK);
    expect(params.get('code_challenge_method')).toBe('S256');
    expect(params.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(params.get('state')).toMatch(/^[A-Za-z0-9_-]{20,}$/);
    expect(params.get('nonce')).toMatch(/^[A-Za-z0-9_-]{20,}$/);
    expect(params.get('scope')!.split(' ')).toEqual(expect.arrayContaining(['openid', 'email', 'profile', 'phone']));
    expect(apiCookies.header()).toContain(params.get('state'));
  });

  it('creates a person on her first sign-in with only the candidate role although the provider says organiser; the second finds her again', async () => {
    const first = await signInAs('idp-zhou');
    const person = await me(first.accessToken);
    expect(person).toMatchObject({ name: '周晓雯', email: 'zhou.sso@example.org', emailConfirmed: true, roles: ['candidate'], account: true });
    // The access token works on a route that needs a role, and refresh works as for a password sign-in.
    const candidate = new ApiClient(stack.baseUrl, first.accessToken);
    expect((await candidate.get('/campaigns')).status).toBe(200);
    expect((await candidate.get('/campaigns/00000000-0000-4000-8000-000000000000/events')).status).toBe(403);
    expect((await anonymous.request('POST', '/auth/refresh', { refreshToken: first.refreshToken })).status).toBe(200);

    const second = await signInAs('idp-zhou');
    expect((await me(second.accessToken)).id).toBe(person.id);
    const { rows } = await stack.pool.query(`SELECT issuer, subject, person_id FROM person_identities WHERE subject = 'idp-zhou'`);
    expect(rows).toEqual([{ issuer: provider.issuer, subject: 'idp-zhou', person_id: person.id }]);
    const people = await stack.pool.query(`SELECT count(*)::int AS n FROM people WHERE email = 'zhou.sso@example.org'`);
    expect(people.rows[0].n).toBe(1);
  });

  it('links to the existing person with the same verified e-mail, whose roles are this service’s; an unverified e-mail links nobody', async () => {
    const registered = await anonymous.request('POST', '/auth/register', { name: '李已有', email: 'Existing@Example.org', password: '春风十里不如你-2026' });
    expect(registered.status).toBe(202);
    // This service made her an organiser (the administrator's command line does the same).
    await stack.pool.query(`UPDATE people SET roles = '{organiser}' WHERE lower(email) = 'existing@example.org'`);
    const { rows } = await stack.pool.query(`SELECT id FROM people WHERE lower(email) = 'existing@example.org'`);

    const linked = await me((await signInAs('idp-existing')).accessToken);
    expect(linked).toMatchObject({ id: rows[0].id, roles: ['organiser'] });

    const impostor = await me((await signInAs('idp-unverified')).accessToken);
    expect(impostor.id).not.toBe(rows[0].id);
    expect(impostor).toMatchObject({ name: '冒名者', email: null, roles: ['candidate'] });
  });

  it('refuses a tampered state, a replayed state and a callback without the browser’s cookie, giving no code', async () => {
    const { authorizeUrl, apiCookies } = await start();
    const callbackUrl = await atProvider(authorizeUrl, 'idp-zhou');

    const tampered = new URL(callbackUrl);
    tampered.searchParams.set('state', `${tampered.searchParams.get('state')}x`);
    expect(refusal(await callback(tampered.href, apiCookies))).toBe('sso.state-invalid');
    expect(refusal(await callback(callbackUrl, new CookieJar()))).toBe('sso.state-invalid');

    const landing = await callback(callbackUrl, apiCookies);
    expect(refusal(landing)).toBeNull();
    oneTimeCode(landing);
    const replayed = await callback(callbackUrl, apiCookies);
    expect(refusal(replayed)).toBe('sso.state-invalid');
    expect(replayed.hash).toBe('');
  });

  it('lands on the sign-in page with the reason when the person refuses at the provider', async () => {
    const { authorizeUrl, apiCookies } = await start();
    const landing = await callback(await atProvider(authorizeUrl, 'idp-zhou', true), apiCookies);
    expect(`${landing.origin}${landing.pathname}`).toBe(`${PUBLIC_URL}/app/login`);
    expect(refusal(landing)).toBe('sso.access-denied');
  });

  it('refuses a disabled person', async () => {
    const before = await signInAs('idp-disabled');
    const { id } = await me(before.accessToken);
    await stack.pool.query(`UPDATE people SET disabled_at = now() WHERE id = $1`, [id]);

    const { authorizeUrl, apiCookies } = await start();
    const landing = await callback(await atProvider(authorizeUrl, 'idp-disabled'), apiCookies);
    expect(refusal(landing)).toBe('sso.person-disabled');
    expect(landing.hash).toBe('');
  });

  it('never stands in for an authenticator code: a person who turned one on signs in with password and code', async () => {
    const before = await signInAs('idp-second-factor');
    const { id } = await me(before.accessToken);
    await stack.pool.query(`UPDATE people SET totp_enabled_at = now() WHERE id = $1`, [id]);

    const { authorizeUrl, apiCookies } = await start();
    const landing = await callback(await atProvider(authorizeUrl, 'idp-second-factor'), apiCookies);
    expect(refusal(landing)).toBe('sso.second-factor-account');
    expect(landing.hash).toBe('');
  });

  it('takes the one-time code once only, and says which field is wrong when it is missing', async () => {
    const { authorizeUrl, apiCookies } = await start();
    const code = oneTimeCode(await callback(await atProvider(authorizeUrl, 'idp-zhou'), apiCookies));
    const first = await anonymous.request('POST', '/auth/oidc/exchange', { code });
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ accessToken: expect.any(String), refreshToken: expect.any(String), expiresIn: expect.any(Number) });
    const again = await anonymous.request('POST', '/auth/oidc/exchange', { code });
    expect(again.status).toBe(401);
    expect(again.body.code).toBe('sso.code-invalid');

    const missing = await anonymous.request('POST', '/auth/oidc/exchange', {});
    expect(missing.status).toBe(400);
    expect(missing.body.errors).toEqual([expect.objectContaining({ field: 'code' })]);
  });
});

describe('single sign-on switched off', () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack('oidc-off');
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it('offers no button and answers 404 at its routes', async () => {
    const anonymous = new ApiClient(stack.baseUrl);
    expect((await anonymous.get('/auth/options')).body.sso).toBeNull();
    const started = await fetch(`${stack.baseUrl}/auth/oidc/start`, { redirect: 'manual' });
    expect(started.status).toBe(404);
    expect(((await started.json()) as { code: string }).code).toBe('sso.not-configured');
  });
});

describe('single sign-on while the identity provider cannot be reached', () => {
  let stack: Stack;

  beforeAll(async () => {
    // A port nobody listens on: the provider is down.
    stack = await startStack('oidc-down', { PUBLIC_URL, OIDC_ISSUER: `http://127.0.0.1:${await freePort()}`, OIDC_CLIENT_ID: 'open-selection' });
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it('sends the browser back to the sign-in page saying so, instead of an error page', async () => {
    const res = await fetch(`${stack.baseUrl}/auth/oidc/start`, { redirect: 'manual' });
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe(`${PUBLIC_URL}/app/login?ssoError=sso.provider-unavailable`);
  });
});
