import { Injectable } from '@nestjs/common';
import { RedisThrottlerStorage, TooManyRequestsException } from '@app/auth';
import { AppConfig } from '@app/config';

const WINDOW_MS = 60_000;

/**
 * Limits how often one juror's token casts: a person replaces her ballot a few times at most, so a token that
 * casts dozens a minute is leaked or scripted. Counted per juror, not per address, so that a village hall behind
 * one router is never throttled as a whole. Shares the Redis counters (and their fail-open rule) of the
 * credential limits.
 */
@Injectable()
export class BallotRateLimiter {
  private readonly limit: number;

  constructor(
    private readonly storage: RedisThrottlerStorage,
    config: AppConfig,
  ) {
    this.limit = config.JURY_BALLOTS_PER_JUROR_PER_MINUTE;
  }

  /** Counts one ballot of this juror; throws 429 when she is over the limit. */
  async consume(jurorId: string): Promise<void> {
    const { totalHits, isBlocked, timeToBlockExpire } = await this.storage.increment(jurorId, WINDOW_MS, this.limit, WINDOW_MS, 'ballots');
    if (isBlocked || totalHits > this.limit) {
      const wait = Math.max(1, timeToBlockExpire);
      throw new TooManyRequestsException(wait, {
        code: 'jury.ballot-rate-limited',
        message: `This ballot token has cast ${this.limit} ballots within a minute; wait ${wait} s before replacing the ballot again. The last accepted ballot stands.`,
      });
    }
  }
}
