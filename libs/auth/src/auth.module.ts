import { Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import IORedis from 'ioredis';
import { AppConfig } from '@app/config';
import { AuthGuard } from './auth.guard';
import { RevokedSessions } from './sessions/revoked-sessions';

const SESSIONS_REDIS = Symbol('SESSIONS_REDIS');

@Module({
  imports: [
    JwtModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({ secret: config.JWT_SECRET, signOptions: { expiresIn: config.JWT_TTL_SECONDS } }),
    }),
  ],
  providers: [
    {
      provide: SESSIONS_REDIS,
      inject: [AppConfig],
      // Fails fast while Redis is away (no offline queue): a session check must not hang a request.
      useFactory: (config: AppConfig) => {
        const redis = new IORedis(config.REDIS_URL, { maxRetriesPerRequest: 1, commandTimeout: 500, enableOfflineQueue: false });
        redis.on('error', () => undefined);
        return redis;
      },
    },
    {
      provide: RevokedSessions,
      inject: [SESSIONS_REDIS, AppConfig],
      useFactory: (redis: IORedis, config: AppConfig) => new RevokedSessions(redis, config.QUEUE_PREFIX, config.ACCESS_TOKEN_TTL_SECONDS),
    },
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [JwtModule, RevokedSessions],
})
export class AuthModule implements OnApplicationShutdown {
  constructor(@Inject(SESSIONS_REDIS) private readonly redis: IORedis) {}

  onApplicationShutdown(): void {
    this.redis.disconnect();
  }
}
