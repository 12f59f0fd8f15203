import { Global, Module } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { APP_REDIS, type AppRedis, AppRedisModule } from '@app/queue';
import { CodeAttemptCounter } from './code-attempt-counter';
import { RedisThrottlerStorage } from './redis-throttler.storage';

const WRONG_CODE_WINDOW_MS = 60_000;

/**
 * The counters behind every rate limit (per address, wrong codes per address, per juror), on the process's shared
 * Redis connection. It fails fast while Redis is away, and the store then lets requests through rather than failing them.
 */
@Global()
@Module({
  imports: [AppRedisModule],
  providers: [
    {
      provide: RedisThrottlerStorage,
      inject: [APP_REDIS, AppConfig],
      useFactory: (redis: AppRedis, config: AppConfig) => new RedisThrottlerStorage(redis, config.QUEUE_PREFIX),
    },
    {
      provide: CodeAttemptCounter,
      inject: [APP_REDIS, AppConfig],
      useFactory: (redis: AppRedis, config: AppConfig) =>
        new CodeAttemptCounter(redis, config.QUEUE_PREFIX, config.RATE_LIMIT_FAILED_CODES_PER_MINUTE, WRONG_CODE_WINDOW_MS),
    },
  ],
  exports: [RedisThrottlerStorage, CodeAttemptCounter],
})
export class RateLimitStorageModule {}
