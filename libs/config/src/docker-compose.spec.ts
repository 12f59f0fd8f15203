import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { load } from 'js-yaml';

interface ComposeService {
  ports?: unknown[];
  environment?: Record<string, string>;
}

/** docker-compose.yml runs NODE_ENV=production: it must be safe as written, not only when the operator remembers. */
describe('docker-compose.yml', () => {
  const compose = load(readFileSync(path.resolve(__dirname, '../../../docker-compose.yml'), 'utf8')) as { services: Record<string, ComposeService> };
  const { postgres, redis, api, worker } = compose.services;

  it('publishes no port of the trust-auth PostgreSQL or the password-less Redis', () => {
    expect(postgres.ports).toBeUndefined();
    expect(redis.ports).toBeUndefined();
  });

  it.each(['JWT_SECRET', 'JURY_SECRET', 'DELEGATE_CODE_SECRET'])('has no default for %s: compose refuses to start without it', (name) => {
    for (const service of [api, worker]) expect(service.environment?.[name]).toMatch(new RegExp(`^\\$\\{${name}:\\?.+\\}$`));
  });

  it('runs production with the development login off unless the operator sets both switches', () => {
    expect(api.environment?.NODE_ENV).toBe('production');
    expect(api.environment?.AUTH_DEV_LOGIN).toBe('${AUTH_DEV_LOGIN:-false}');
    expect(api.environment?.AUTH_DEV_LOGIN_IN_PRODUCTION).toBe('${AUTH_DEV_LOGIN_IN_PRODUCTION:-}');
  });
});

/** The development services file may publish the databases, but to this machine only. */
describe('docker-compose.services.yml', () => {
  const compose = load(readFileSync(path.resolve(__dirname, '../../../docker-compose.services.yml'), 'utf8')) as { services: Record<string, ComposeService> };

  it('binds PostgreSQL and Redis to 127.0.0.1 only', () => {
    expect(compose.services.postgres.ports).toEqual(['127.0.0.1:5432:5432']);
    expect(compose.services.redis.ports).toEqual(['127.0.0.1:6379:6379']);
  });
});
