import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { type AppRedis, appRedisClient } from './redis-connection';

/** Inject with @Inject(APP_REDIS): the one Redis connection a process shares outside BullMQ. */
export const APP_REDIS = Symbol('APP_REDIS');

/**
 * One connection for every Redis use outside the queues (rate limits, revoked sessions, sign-in throttles, single
 * sign-on state) instead of one per module, closed when the process shuts down.
 */
@Global()
@Module({
  providers: [{ provide: APP_REDIS, inject: [AppConfig], useFactory: (config: AppConfig) => appRedisClient(config) }],
  exports: [APP_REDIS],
})
export class AppRedisModule implements OnApplicationShutdown {
  constructor(@Inject(APP_REDIS) private readonly redis: AppRedis) {}

  onApplicationShutdown(): void {
    this.redis.disconnect();
  }
}
