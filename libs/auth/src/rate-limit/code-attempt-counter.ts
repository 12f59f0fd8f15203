import { Logger } from '@nestjs/common';
import type { AppRedis } from '@app/queue';

/**
 * Takes a slot for one code check, atomically, BEFORE the code is looked at: refused while the address has
 * `limit` wrong codes in the window, or while wrong codes plus checks in flight reach `limit` — so a burst of
 * parallel guesses gets at most `limit` codes checked, never more. Returns [granted, ms until unblocked or -1].
 */
const RESERVE = `
local failures = tonumber(redis.call('GET', KEYS[1]) or '0')
local inflight = tonumber(redis.call('GET', KEYS[2]) or '0')
local limit = tonumber(ARGV[1])
if failures >= limit then return { 0, redis.call('PTTL', KEYS[1]) } end
if failures + inflight >= limit then return { 0, -1 } end
redis.call('INCR', KEYS[2])
redis.call('PEXPIRE', KEYS[2], ARGV[2])
return { 1, 0 }
`;

/**
 * Gives the slot back; a wrong code keeps it as a failure. The window opens with the first failure and the
 * limit-th failure blocks the address for a whole window from then.
 */
const SETTLE = `
local inflight = tonumber(redis.call('GET', KEYS[2]) or '0')
if inflight > 0 then redis.call('DECR', KEYS[2]) end
if ARGV[1] == '1' then
  local failures = redis.call('INCR', KEYS[1])
  if failures == 1 or failures >= tonumber(ARGV[3]) then redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
end
return 0
`;

/** A slot left by a process that died mid-check frees itself after this long. */
const IN_FLIGHT_TTL_MS = 10_000;

export type CodeAttempt = { readonly granted: true } | { readonly granted: false; readonly blocked: boolean; readonly retryAfterSeconds: number };

/**
 * Wrong juror and delegate codes per address, counted in Redis (shared by every api process). While Redis is away
 * the limit is not enforced (logged at most every 10 s): the codes are long random secrets, so a short
 * unthrottled spell gives a guesser nothing, while failing every code check would stop a whole hall.
 */
export class CodeAttemptCounter {
  private readonly logger = new Logger('RateLimit');
  private lastWarning = 0;

  constructor(
    private readonly redis: AppRedis,
    private readonly prefix: string,
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  async reserve(address: string): Promise<CodeAttempt> {
    try {
      const [granted, ms] = (await this.redis.eval(RESERVE, 2, ...this.keys(address), this.limit, IN_FLIGHT_TTL_MS)) as [number, number];
      if (granted === 1) return { granted: true };
      // Blocked by failures: until the window ends. Busy (checks in flight): they take milliseconds.
      return ms > 0 ? { granted: false, blocked: true, retryAfterSeconds: Math.ceil(ms / 1000) } : { granted: false, blocked: false, retryAfterSeconds: 1 };
    } catch (err) {
      this.warn(err);
      return { granted: true };
    }
  }

  async settle(address: string, wrongCode: boolean): Promise<void> {
    try {
      await this.redis.eval(SETTLE, 2, ...this.keys(address), wrongCode ? '1' : '0', this.windowMs, this.limit);
    } catch (err) {
      this.warn(err);
    }
  }

  private keys(address: string): [string, string] {
    const base = `${this.prefix}:throttle:failed-codes:${address}`;
    return [base, `${base}:in-flight`];
  }

  private warn(err: unknown): void {
    if (Date.now() - this.lastWarning < 10_000) return;
    this.lastWarning = Date.now();
    this.logger.warn(`Wrong-code limit not enforced while Redis is unavailable: ${(err as Error).message}`);
  }
}
