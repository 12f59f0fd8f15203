import { validateConfig } from './app-config';

const productionSecrets = {
  NODE_ENV: 'production',
  JWT_SECRET: 'jwt-0123456789abcdef0123456789abcdef',
  JURY_SECRET: 'jury-0123456789abcdef0123456789abcdef',
  DELEGATE_CODE_SECRET: 'delegate-0123456789abcdef0123456789abcdef',
};
const problemsOf = (env: Record<string, unknown>): string => {
  try {
    validateConfig(env);
  } catch (err) {
    return (err as Error).message;
  }
  throw new Error('the configuration was accepted');
};

describe('single sign-on settings', () => {
  it('leaves single sign-on off when no issuer is set', () => {
    const config = validateConfig({ NODE_ENV: 'test' });
    expect(config.OIDC_ISSUER).toBeUndefined();
  });

  it('takes an issuer with its client, label and the public address the callback is derived from', () => {
    const config = validateConfig({
      NODE_ENV: 'test',
      OIDC_ISSUER: 'http://127.0.0.1:4000',
      OIDC_CLIENT_ID: 'open-selection',
      OIDC_LABEL: '省妇联统一身份认证',
      PUBLIC_URL: 'http://127.0.0.1:3000',
    });
    expect([config.OIDC_ISSUER, config.OIDC_CLIENT_ID, config.OIDC_CLIENT_SECRET, config.OIDC_LABEL]).toEqual([
      'http://127.0.0.1:4000',
      'open-selection',
      undefined,
      '省妇联统一身份认证',
    ]);
  });

  it('refuses an issuer without a client id or without PUBLIC_URL, saying which', () => {
    const problems = problemsOf({ NODE_ENV: 'test', OIDC_ISSUER: 'http://127.0.0.1:4000' });
    expect(problems).toMatch(/OIDC_CLIENT_ID must be set when OIDC_ISSUER is set/);
    expect(problems).toMatch(/PUBLIC_URL must be set when OIDC_ISSUER is set/);
  });

  it('refuses an issuer that is not a URL', () => {
    expect(problemsOf({ NODE_ENV: 'test', OIDC_ISSUER: 'not a url', OIDC_CLIENT_ID: 'c', PUBLIC_URL: 'http://127.0.0.1:3000' })).toMatch(
      /OIDC_ISSUER="not a url"/,
    );
  });

  it('in production refuses an issuer over plain http and takes one over https', () => {
    const sso = { OIDC_CLIENT_ID: 'open-selection', PUBLIC_URL: 'https://selection.example.org' };
    expect(problemsOf({ ...productionSecrets, ...sso, OIDC_ISSUER: 'http://idp.example.org' })).toMatch(
      /OIDC_ISSUER must be an https:\/\/ address in production/,
    );
    expect(validateConfig({ ...productionSecrets, ...sso, OIDC_ISSUER: 'https://idp.example.org' }).OIDC_ISSUER).toBe('https://idp.example.org');
  });

  it('never writes the client secret into the error', () => {
    const problems = problemsOf({
      NODE_ENV: 'test',
      OIDC_ISSUER: 'http://127.0.0.1:4000',
      OIDC_CLIENT_SECRET: 'very-secret-client-secret',
      OIDC_CLIENT_ID: '',
    });
    expect(problems).not.toContain('very-secret-client-secret');
  });
});

describe('single sign-on settings from docker-compose.yml', () => {
  it('takes compose’s empty values (`${OIDC_ISSUER:-}`) as unset: single sign-on off, nothing refused', () => {
    const config = validateConfig({ ...productionSecrets, OIDC_ISSUER: '', OIDC_CLIENT_ID: '', OIDC_CLIENT_SECRET: '', OIDC_LABEL: '', PUBLIC_URL: '' });
    expect(config.OIDC_ISSUER).toBeUndefined();
    expect(config.PUBLIC_URL).toBeUndefined();
    expect(config.OIDC_LABEL).toBe('统一身份认证');
  });
});
