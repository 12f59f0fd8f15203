export * from './auth-user';
export * from './auth.decorators';
export * from './auth.guard';
export * from './auth.module';
export * from './rate-limit/rate-limit.module';
export * from './rate-limit/rate-limited.decorator';
export * from './rate-limit/redis-throttler.storage';
