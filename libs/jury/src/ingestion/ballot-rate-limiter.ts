import { Injectable } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { RetryLaterError } from './retry-later';

const WINDOW_MS = 60_000;
/** Jurors remembered at most; beyond it the oldest windows are forgotten first (a leaked token forgets nothing it needs). */
const MAX_TRACKED = 200_000;

/**
 * Limits how often one juror's token casts: a person replaces her ballot a few times at most, so a token that
 * casts dozens a minute is leaked or scripted. Counted per juror, not per address, so that a village hall behind
 * one router is never throttled as a whole.
 *
 * In the api's memory, a fixed one-minute window per juror: no Redis round trip per ballot (it was the ballot
 * path's largest single cost). With N api processes behind a balancer a token may cast up to N × the limit a
 * minute; the limit is a brake on a leaked or scripted token, not an entitlement (her latest ballot counts anyway).
 */
@Injectable()
export class BallotRateLimiter {
  private readonly limit: number;
  private readonly windows = new Map<string, { startedAt: number; count: number }>();

  constructor(config: AppConfig) {
    this.limit = config.JURY_BALLOTS_PER_JUROR_PER_MINUTE;
  }

  /** Counts one ballot of this juror; throws RetryLaterError (429) when she is over the limit. */
  consume(jurorId: string, now = Date.now()): void {
    let window = this.windows.get(jurorId);
    if (!window || now - window.startedAt >= WINDOW_MS) {
      if (window) this.windows.delete(jurorId); // re-inserted last: the map stays oldest-first
      window = { startedAt: now, count: 0 };
      this.windows.set(jurorId, window);
      this.forgetOldest(now);
    }
    window.count += 1;
    if (window.count > this.limit) {
      const wait = Math.max(1, Math.ceil((window.startedAt + WINDOW_MS - now) / 1000));
      throw new RetryLaterError({
        reason: 'rate-limited',
        code: 'jury.ballot-rate-limited',
        message: `This ballot token has cast ${this.limit} ballots within a minute; wait ${wait} s before replacing the ballot again. The last accepted ballot stands.`,
        retryAfterSeconds: wait,
      });
    }
  }

  private forgetOldest(now: number): void {
    for (const [jurorId, window] of this.windows) {
      if (now - window.startedAt < WINDOW_MS && this.windows.size <= MAX_TRACKED) return;
      this.windows.delete(jurorId);
    }
  }
}
