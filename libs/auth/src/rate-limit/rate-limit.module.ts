import { Module } from '@nestjs/common';
import { ThrottlerModule } from '@nestjs/throttler';
import { AppConfig } from '@app/config';
import { FailedAttemptLimiter } from './failed-attempt-limiter';
import { RateLimitStorageModule } from './rate-limit-storage.module';
import { RedisThrottlerStorage } from './redis-throttler.storage';

/**
 * Rate limits, counted in Redis so that every api process shares the count. Routes opt in:
 * - @RateLimited(): every request per address (public write routes such as objections, and dev login);
 * - @LimitFailedAttempts(): only refused credentials per address (juror and delegate codes), so that a hall full
 *   of people voting through one router is never throttled while a guesser is stopped after a few misses.
 */
@Module({
  imports: [
    RateLimitStorageModule,
    ThrottlerModule.forRootAsync({
      imports: [RateLimitStorageModule],
      inject: [AppConfig, RedisThrottlerStorage],
      useFactory: (config: AppConfig, storage: RedisThrottlerStorage) => ({
        // Named "default": @nestjs/throttler suffixes any other name to its headers (Retry-After-credentials),
        // and clients only know the plain Retry-After.
        throttlers: [{ name: 'default', ttl: 60_000, limit: config.RATE_LIMIT_CREDENTIALS_PER_MINUTE }],
        storage,
        errorMessage: 'Too many attempts from this address; wait a minute and try again.',
      }),
    }),
  ],
  providers: [FailedAttemptLimiter],
  exports: [ThrottlerModule, FailedAttemptLimiter],
})
export class RateLimitModule {}
