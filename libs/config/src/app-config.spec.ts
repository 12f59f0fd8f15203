import { configWarnings, DEV_LOGIN_IN_PRODUCTION_CONSENT, DEVELOPMENT_SECRETS, validateConfig } from './app-config';

const secret = (label: string) => `${label}-0123456789abcdef0123456789abcdef`;
const productionSecrets = { JWT_SECRET: secret('jwt'), JURY_SECRET: secret('jury'), DELEGATE_CODE_SECRET: secret('delegate') };
const production = (env: Record<string, string> = {}) => ({ NODE_ENV: 'production', ...productionSecrets, ...env });
const problemsOf = (env: Record<string, unknown>): string => {
  try {
    validateConfig(env);
  } catch (err) {
    return (err as Error).message;
  }
  throw new Error('the configuration was accepted');
};

describe('secrets', () => {
  it.each(['development', 'test'])('in %s, each secret has its own fixed default, none derived from another', (NODE_ENV) => {
    const config = validateConfig({ NODE_ENV });
    expect(config.JWT_SECRET).toBe(DEVELOPMENT_SECRETS.JWT_SECRET);
    expect(config.JURY_SECRET).toBe(DEVELOPMENT_SECRETS.JURY_SECRET);
    expect(config.DELEGATE_CODE_SECRET).toBe(DEVELOPMENT_SECRETS.DELEGATE_CODE_SECRET);
    expect(new Set(Object.values(DEVELOPMENT_SECRETS)).size).toBe(3);
    // Setting one secret changes no other.
    const withOwnJwt = validateConfig({ NODE_ENV, JWT_SECRET: secret('own-jwt') });
    expect(withOwnJwt.JURY_SECRET).toBe(DEVELOPMENT_SECRETS.JURY_SECRET);
    expect(withOwnJwt.DELEGATE_CODE_SECRET).toBe(DEVELOPMENT_SECRETS.DELEGATE_CODE_SECRET);
  });

  it('in production accepts three independent secrets of 32 characters or more', () => {
    const config = validateConfig(production());
    expect([config.JWT_SECRET, config.JURY_SECRET, config.DELEGATE_CODE_SECRET]).toEqual([
      productionSecrets.JWT_SECRET,
      productionSecrets.JURY_SECRET,
      productionSecrets.DELEGATE_CODE_SECRET,
    ]);
    expect(config.AUTH_DEV_LOGIN).toBe(false);
    expect(configWarnings(config)).toEqual([]);
  });

  it.each(['JWT_SECRET', 'JURY_SECRET', 'DELEGATE_CODE_SECRET'])('in production refuses to start without %s', (name) => {
    const env: Record<string, string> = production();
    delete env[name];
    expect(problemsOf(env)).toMatch(new RegExp(`${name} must be set in production`));
  });

  it('in production lists every missing secret at once', () => {
    const message = problemsOf({ NODE_ENV: 'production' });
    for (const name of ['JWT_SECRET', 'JURY_SECRET', 'DELEGATE_CODE_SECRET']) expect(message).toContain(`${name} must be set in production`);
  });

  it('in production refuses a secret shorter than 32 characters', () => {
    expect(problemsOf(production({ JURY_SECRET: 'x'.repeat(31) }))).toMatch(/JURY_SECRET must be at least 32 characters/);
    expect(() => validateConfig(production({ JURY_SECRET: 'x'.repeat(32) }))).not.toThrow();
  });

  it('in production refuses a development default', () => {
    expect(problemsOf(production({ DELEGATE_CODE_SECRET: DEVELOPMENT_SECRETS.DELEGATE_CODE_SECRET }))).toMatch(
      /DELEGATE_CODE_SECRET is the public development value/,
    );
  });

  it('refuses two secrets that are the same, naming both', () => {
    expect(problemsOf(production({ JURY_SECRET: productionSecrets.JWT_SECRET }))).toMatch(/JWT_SECRET and JURY_SECRET must differ/);
    expect(problemsOf({ NODE_ENV: 'development', DELEGATE_CODE_SECRET: DEVELOPMENT_SECRETS.JURY_SECRET })).toMatch(
      /JURY_SECRET and DELEGATE_CODE_SECRET must differ/,
    );
  });
});

describe('development login', () => {
  it('is on in development and off by default in production', () => {
    expect(validateConfig({ NODE_ENV: 'development' }).AUTH_DEV_LOGIN).toBe(true);
    expect(validateConfig(production()).AUTH_DEV_LOGIN).toBe(false);
  });

  it('is refused in production without the explicit override', () => {
    expect(problemsOf(production({ AUTH_DEV_LOGIN: 'true' }))).toMatch(/AUTH_DEV_LOGIN=true is refused in production.*AUTH_DEV_LOGIN_IN_PRODUCTION/);
    expect(problemsOf(production({ AUTH_DEV_LOGIN: 'true', AUTH_DEV_LOGIN_IN_PRODUCTION: 'yes' }))).toMatch(/AUTH_DEV_LOGIN_IN_PRODUCTION/);
  });

  it('is allowed in production with the override, and then warned about at every start', () => {
    const config = validateConfig(production({ AUTH_DEV_LOGIN: 'true', AUTH_DEV_LOGIN_IN_PRODUCTION: DEV_LOGIN_IN_PRODUCTION_CONSENT }));
    expect(config.AUTH_DEV_LOGIN).toBe(true);
    expect(configWarnings(config)).toEqual([expect.stringMatching(/anyone can sign in as anyone/i)]);
  });
});
