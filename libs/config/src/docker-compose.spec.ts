import { readFileSync } from 'node:fs';
import * as path from 'node:path';

/** One service's lines of a compose file: from `  <name>:` to the next line indented as little. */
function service(file: string, name: string): string {
  const lines = readFileSync(path.resolve(__dirname, '../../..', file), 'utf8').split('\n');
  const start = lines.indexOf(`  ${name}:`);
  if (start < 0) throw new Error(`${file} has no service ${name}`);
  const end = lines.findIndex((line, i) => i > start && /^ {0,2}\S/.test(line));
  return lines.slice(start + 1, end < 0 ? undefined : end).join('\n');
}

/** The value a compose file gives an environment variable (in the `environment:` map of a service or its anchor). */
const environment = (block: string, name: string) => new RegExp(`^\\s+${name}: (.*)$`, 'm').exec(block)?.[1];

/** docker-compose.yml runs NODE_ENV=production: it must be safe as written, not only when the operator remembers. */
describe('docker-compose.yml', () => {
  const api = service('docker-compose.yml', 'api');

  it('publishes no port of the trust-auth PostgreSQL or the password-less Redis', () => {
    expect(service('docker-compose.yml', 'postgres')).not.toMatch(/^\s+ports:/m);
    expect(service('docker-compose.yml', 'redis')).not.toMatch(/^\s+ports:/m);
  });

  it.each(['JWT_SECRET', 'JURY_SECRET', 'DELEGATE_CODE_SECRET'])('has no default for %s: compose refuses to start without it', (name) => {
    expect(environment(api, name)).toMatch(new RegExp(`^\\$\\{${name}:\\?.+\\}$`));
  });

  it('gives the worker the same environment as the api', () => {
    expect(api).toMatch(/environment: &env$/m);
    expect(service('docker-compose.yml', 'worker')).toMatch(/environment: \*env$/m);
  });

  it('runs production with the development login off unless the operator sets both switches', () => {
    expect(environment(api, 'NODE_ENV')).toBe('production');
    expect(environment(api, 'AUTH_DEV_LOGIN')).toBe('${AUTH_DEV_LOGIN:-false}');
    expect(environment(api, 'AUTH_DEV_LOGIN_IN_PRODUCTION')).toBe('${AUTH_DEV_LOGIN_IN_PRODUCTION:-}');
  });
});

/** The development services file may publish the databases, but to this machine only. */
describe('docker-compose.services.yml', () => {
  it('binds PostgreSQL and Redis to 127.0.0.1 only', () => {
    expect(service('docker-compose.services.yml', 'postgres')).toMatch(/^\s+ports: \[(['"])127\.0\.0\.1:5432:5432\1\]$/m);
    expect(service('docker-compose.services.yml', 'redis')).toMatch(/^\s+ports: \[(['"])127\.0\.0\.1:6379:6379\1\]$/m);
  });
});
