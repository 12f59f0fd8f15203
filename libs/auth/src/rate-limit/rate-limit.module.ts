import { Module } from '@nestjs/common';
import { ThrottlerModule } from '@nestjs/throttler';
import IORedis from 'ioredis';
import { AppConfig } from '@app/config';
import { RedisThrottlerStorage } from './redis-throttler.storage';

/**
 * Rate limits for the endpoints that hand out or check credentials, counted in Redis so that every api process
 * shares the count. Routes opt in with @RateLimited(); ordinary organiser traffic is not throttled.
 */
@Module({
  imports: [
    ThrottlerModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => {
        const redis = new IORedis(config.REDIS_URL, { maxRetriesPerRequest: 1, commandTimeout: 500, enableOfflineQueue: false });
        redis.on('error', () => undefined); // reconnects by itself; the storage logs while Redis is away
        return {
          throttlers: [{ name: 'credentials', ttl: 60_000, limit: config.RATE_LIMIT_CREDENTIALS_PER_MINUTE }],
          storage: new RedisThrottlerStorage(redis, config.QUEUE_PREFIX),
          errorMessage: 'Too many attempts from this address; wait a minute and try again.',
        };
      },
    }),
  ],
  exports: [ThrottlerModule],
})
export class RateLimitModule {}
