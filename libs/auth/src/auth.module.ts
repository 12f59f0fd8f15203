import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { AppConfig } from '@app/config';
import { APP_REDIS, type AppRedis, AppRedisModule } from '@app/queue';
import { AuthGuard } from './auth.guard';
import { RevokedSessions } from './sessions/revoked-sessions';

@Module({
  imports: [
    AppRedisModule,
    JwtModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({ secret: config.JWT_SECRET, signOptions: { expiresIn: config.JWT_TTL_SECONDS } }),
    }),
  ],
  providers: [
    {
      provide: RevokedSessions,
      inject: [APP_REDIS, AppConfig],
      useFactory: (redis: AppRedis, config: AppConfig) => new RevokedSessions(redis, config.QUEUE_PREFIX, config.ACCESS_TOKEN_TTL_SECONDS),
    },
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [JwtModule, RevokedSessions],
})
export class AuthModule {}
