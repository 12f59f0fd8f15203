import { type CallHandler, type ExecutionContext, HttpException, Injectable, type NestInterceptor } from '@nestjs/common';
import type { Request } from 'express';
import { catchError, defer, from, type Observable, switchMap } from 'rxjs';
import { AppConfig } from '@app/config';
import { RedisThrottlerStorage } from './redis-throttler.storage';

const NAME = 'failed-codes';
const WINDOW_MS = 60_000;
/** The answers that mean "this code is not good": what a guesser collects. */
const FAILED = new Set([401, 403]);

/**
 * Counts refused credentials (401/403) per address; after RATE_LIMIT_FAILED_CODES_PER_MINUTE of them the address
 * gets 429 for a minute. Accepted codes never count, so a congress hall or village hall where hundreds vote
 * through one router is not throttled, while a guesser is stopped after a few misses.
 */
@Injectable()
export class FailedAttemptLimiter implements NestInterceptor {
  private readonly limit: number;

  constructor(
    private readonly storage: RedisThrottlerStorage,
    config: AppConfig,
  ) {
    this.limit = config.RATE_LIMIT_FAILED_CODES_PER_MINUTE;
  }

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const address = context.switchToHttp().getRequest<Request>().ip ?? 'unknown';
    return from(this.storage.blockedFor(address, NAME)).pipe(
      switchMap((wait) => {
        if (wait > 0) {
          throw new HttpException(
            { statusCode: 429, error: 'Too Many Requests', code: 'credentials.too-many-failures', message: `Too many wrong codes from this address; wait ${wait} s and try again.` },
            429,
          );
        }
        return next.handle().pipe(
          catchError((err: unknown) =>
            defer(async () => {
              // Blocked from the limit-th failure on: the next attempt is refused.
              if (err instanceof HttpException && FAILED.has(err.getStatus())) await this.storage.increment(address, WINDOW_MS, this.limit - 1, WINDOW_MS, NAME);
              throw err;
            }),
          ),
        );
      }),
    );
  }
}
