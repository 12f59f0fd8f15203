// A real OpenID Connect provider (oidc-provider) for the single sign-on tests, run as a child process because jest
// cannot load ES modules. Usage: node oidc-provider.mjs <port> <redirectUri>; prints "ready <issuer>" when listening.
// One static confidential client, and a few people. The interaction pages are minimal: GET /interaction/:uid?login=<id>
// signs that person in, ?deny=1 refuses (access_denied), neither shows a form asking for it; consent is given at once
// for what was asked.
import { createServer } from 'node:http';
import Provider from 'oidc-provider';

const [port, redirectUri] = process.argv.slice(2);
const issuer = `http://127.0.0.1:${port}`;

/** The people this provider knows. Their claims say `roles: organiser`: the service must not believe it. */
const PEOPLE = {
  'idp-zhou': { email: 'zhou.sso@example.org', email_verified: true, name: '周晓雯', phone_number: '+86 138 0013 9001', phone_number_verified: true },
  'idp-existing': { email: 'existing@example.org', email_verified: true, name: '李已有' },
  'idp-unverified': { email: 'existing@example.org', email_verified: false, name: '冒名者' },
  'idp-disabled': { email: 'disabled.sso@example.org', email_verified: true, name: '停用者' },
  'idp-second-factor': { email: 'second-factor.sso@example.org', email_verified: true, name: '双因素' },
};

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: 'open-selection',
      client_secret: 'open-selection-test-client-secret',
      redirect_uris: [redirectUri],
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_basic',
    },
  ],
  claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name', 'roles'], phone: ['phone_number', 'phone_number_verified'] },
  // The ID token carries the claims themselves (the service reads them there, not from userinfo).
  conformIdTokenClaims: false,
  features: { devInteractions: { enabled: false } },
  pkce: { required: () => true },
  cookies: { keys: ['oidc-provider-test-cookie-key'] },
  interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
  async findAccount(_ctx, id) {
    const person = PEOPLE[id];
    if (!person) return undefined;
    return { accountId: id, claims: async () => ({ sub: id, ...person, roles: ['organiser'] }) };
  },
});

const server = createServer(async (req, res) => {
  const url = new URL(req.url, issuer);
  const interaction = /^\/interaction\/([^/]+)$/.exec(url.pathname);
  if (!interaction || req.method !== 'GET') return provider.callback()(req, res);
  try {
    const details = await provider.interactionDetails(req, res);
    if (url.searchParams.get('deny')) {
      return await provider.interactionFinished(
        req,
        res,
        { error: 'access_denied', error_description: 'the person said no' },
        { mergeWithLastSubmission: false },
      );
    }
    if (details.prompt.name === 'login') {
      const accountId = url.searchParams.get('login');
      if (!accountId) {
        // A browser arrives without ?login: a form that asks (and one that refuses).
        res.setHeader('content-type', 'text/html; charset=utf-8');
        return res.end(
          `<!doctype html><html lang="zh-CN"><title>测试身份认证</title><form method="get"><label for="login">账号</label><input id="login" name="login"><button>登录</button></form><form method="get"><input type="hidden" name="deny" value="1"><button>拒绝</button></form></html>`,
        );
      }
      return await provider.interactionFinished(req, res, { login: { accountId } }, { mergeWithLastSubmission: false });
    }
    const grant = details.grantId
      ? await provider.Grant.find(details.grantId)
      : new provider.Grant({ accountId: details.session.accountId, clientId: details.params.client_id });
    grant.addOIDCScope(details.params.scope);
    for (const claim of details.prompt.details.missingOIDCClaims ?? []) grant.addOIDCClaims([claim]);
    const grantId = await grant.save();
    return await provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
  } catch (err) {
    res.statusCode = 500;
    res.end(String(err?.stack ?? err));
  }
});

server.listen(Number(port), '127.0.0.1', () => process.stdout.write(`ready ${issuer}\n`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
