import { Global, Module, type OnApplicationShutdown, Inject } from '@nestjs/common';
import IORedis from 'ioredis';
import { AppConfig } from '@app/config';
import { CodeAttemptCounter } from './code-attempt-counter';
import { RedisThrottlerStorage } from './redis-throttler.storage';

const WRONG_CODE_WINDOW_MS = 60_000;

const RATE_LIMIT_REDIS = Symbol('RATE_LIMIT_REDIS');

/**
 * The one Redis connection and the counters behind every rate limit (per address, wrong codes per address, per
 * juror). It fails fast while Redis is away (no offline queue, 500 ms per command), and the store then lets
 * requests through rather than failing them.
 */
@Global()
@Module({
  providers: [
    {
      provide: RATE_LIMIT_REDIS,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => {
        const redis = new IORedis(config.REDIS_URL, { maxRetriesPerRequest: 1, commandTimeout: 500, enableOfflineQueue: false });
        redis.on('error', () => undefined); // reconnects by itself; the storage logs while Redis is away
        return redis;
      },
    },
    {
      provide: RedisThrottlerStorage,
      inject: [RATE_LIMIT_REDIS, AppConfig],
      useFactory: (redis: IORedis, config: AppConfig) => new RedisThrottlerStorage(redis, config.QUEUE_PREFIX),
    },
    {
      provide: CodeAttemptCounter,
      inject: [RATE_LIMIT_REDIS, AppConfig],
      useFactory: (redis: IORedis, config: AppConfig) => new CodeAttemptCounter(redis, config.QUEUE_PREFIX, config.RATE_LIMIT_FAILED_CODES_PER_MINUTE, WRONG_CODE_WINDOW_MS),
    },
  ],
  exports: [RedisThrottlerStorage, CodeAttemptCounter],
})
export class RateLimitStorageModule implements OnApplicationShutdown {
  constructor(@Inject(RATE_LIMIT_REDIS) private readonly redis: IORedis) {}

  onApplicationShutdown(): void {
    this.redis.disconnect();
  }
}
