import { createHash } from 'node:crypto';
import { Logger } from '@nestjs/common';
import type { AppRedis } from '@app/queue';

/**
 * Takes a slot for one password check, atomically, before the password is looked at. Refused while the key waits
 * out a lockout, or while failures plus checks in flight reach the limit — so a burst of parallel guesses gets no
 * more checks than a slow one. Past the limit one check at a time is allowed after each wait. Returns
 * [granted, ms until the wait ends].
 */
const RESERVE = `
local failures = tonumber(redis.call('GET', KEYS[1]) or '0')
local waiting = redis.call('PTTL', KEYS[2])
if waiting > 0 then return { 0, waiting } end
local inflight = tonumber(redis.call('GET', KEYS[3]) or '0')
local allowed = math.max(1, tonumber(ARGV[1]) - failures)
if inflight >= allowed then return { 0, 1000 } end
redis.call('INCR', KEYS[3])
redis.call('PEXPIRE', KEYS[3], 10000)
return { 1, 0 }
`;

/**
 * Gives the slot back. A failure counts; from the limit-th on, each makes the key wait, twice as long as the one
 * before (ARGV: failed, limit, first wait ms, longest wait ms, how long failures are remembered ms, reset on success).
 */
const SETTLE = `
local inflight = tonumber(redis.call('GET', KEYS[3]) or '0')
if inflight > 0 then redis.call('DECR', KEYS[3]) end
if ARGV[1] == '1' then
  local failures = redis.call('INCR', KEYS[1])
  redis.call('PEXPIRE', KEYS[1], ARGV[5])
  local over = failures - tonumber(ARGV[2])
  if over >= 0 then
    local wait = math.min(tonumber(ARGV[4]), tonumber(ARGV[3]) * (2 ^ math.min(over, 20)))
    redis.call('SET', KEYS[2], '1', 'PX', math.floor(wait))
    return wait
  end
elseif ARGV[6] == '1' then
  redis.call('DEL', KEYS[1])
end
return 0
`;

export interface SignInThrottleLimits {
  readonly failuresPerAccount: number;
  readonly failuresPerAddress: number;
  readonly firstWaitMs: number;
}

const LONGEST_WAIT_MS = 3_600_000;
const REMEMBER_FAILURES_MS = 24 * 3_600_000;

export type SignInSlot = { readonly granted: true } | { readonly granted: false; readonly retryAfterSeconds: number };

/**
 * Wrong passwords counted per account and per address in Redis (shared by every api process). An account that
 * has been guessed at waits, with growing delay; so does an address guessing at many accounts. A right password
 * clears the account's count but not the address's, or a guesser could clear it with an account of his own.
 */
export class SignInThrottle {
  private readonly logger = new Logger('SignInThrottle');

  constructor(
    private readonly redis: AppRedis,
    private readonly prefix: string,
    private readonly limits: SignInThrottleLimits,
  ) {}

  async reserve(login: string, address: string): Promise<SignInSlot> {
    try {
      const account = (await this.redis.eval(RESERVE, 3, ...this.keys('account', login), this.limits.failuresPerAccount)) as [number, number];
      if (account[0] !== 1) return { granted: false, retryAfterSeconds: Math.ceil(account[1] / 1000) };
      const byAddress = (await this.redis.eval(RESERVE, 3, ...this.keys('address', address), this.limits.failuresPerAddress)) as [number, number];
      if (byAddress[0] !== 1) {
        await this.settleOne('account', login, false);
        return { granted: false, retryAfterSeconds: Math.ceil(byAddress[1] / 1000) };
      }
      return { granted: true };
    } catch (err) {
      // Argon2 itself keeps guessing slow; refusing every sign-in while Redis is away would lock everyone out.
      this.logger.warn(`Sign-in limits not enforced while Redis is unavailable: ${(err as Error).message}`);
      return { granted: true };
    }
  }

  async settle(login: string, address: string, failed: boolean): Promise<void> {
    try {
      await this.settleOne('account', login, failed);
      await this.settleOne('address', address, failed);
    } catch (err) {
      this.logger.warn(`Sign-in attempt not counted while Redis is unavailable: ${(err as Error).message}`);
    }
  }

  private async settleOne(kind: 'account' | 'address', id: string, failed: boolean): Promise<void> {
    const limit = kind === 'account' ? this.limits.failuresPerAccount : this.limits.failuresPerAddress;
    await this.redis.eval(
      SETTLE,
      3,
      ...this.keys(kind, id),
      failed ? '1' : '0',
      limit,
      this.limits.firstWaitMs,
      LONGEST_WAIT_MS,
      REMEMBER_FAILURES_MS,
      kind === 'account' ? '1' : '0',
    );
  }

  /** Hashed, so that no e-mail address or phone number sits in Redis. */
  private keys(kind: 'account' | 'address', id: string): [string, string, string] {
    const base = `${this.prefix}:sign-in:${kind}:${createHash('sha256').update(id).digest('hex').slice(0, 32)}`;
    return [`${base}:failures`, `${base}:waiting`, `${base}:in-flight`];
  }
}
