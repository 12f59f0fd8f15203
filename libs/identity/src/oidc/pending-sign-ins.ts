import type { AppRedis } from '@app/queue';
import { newSecretToken, tokenHash } from '../secret-token';
import type { AuthorizationChecks } from './openid-provider-client';

const STATE_TTL_SECONDS = 600;
/** Long enough for the page to load and post it, short enough that a code in a browser history is worthless. */
const CODE_TTL_SECONDS = 60;

/**
 * What single sign-on keeps between requests, in Redis and each usable once (GETDEL): the PKCE verifier and nonce of
 * a started sign-in (keyed by its state, 10 min), and the one-time code the sign-in page exchanges for tokens (keyed
 * by the code's hash, naming the person).
 */
export class PendingSignIns {
  constructor(
    private readonly redis: AppRedis,
    private readonly prefix: string,
  ) {}

  async keep(checks: AuthorizationChecks): Promise<void> {
    await this.redis.set(this.stateKey(checks.state), JSON.stringify(checks), 'EX', STATE_TTL_SECONDS);
  }

  async takeChecks(state: string): Promise<AuthorizationChecks | undefined> {
    const stored = await this.redis.getdel(this.stateKey(state));
    return stored ? (JSON.parse(stored) as AuthorizationChecks) : undefined;
  }

  async newCode(personId: string): Promise<string> {
    const code = newSecretToken();
    await this.redis.set(this.codeKey(code), personId, 'EX', CODE_TTL_SECONDS);
    return code;
  }

  async takeCode(code: string): Promise<string | undefined> {
    return (await this.redis.getdel(this.codeKey(code))) ?? undefined;
  }

  private stateKey(state: string): string {
    return `${this.prefix}:sso:state:${tokenHash(state)}`;
  }

  private codeKey(code: string): string {
    return `${this.prefix}:sso:code:${tokenHash(code)}`;
  }
}
