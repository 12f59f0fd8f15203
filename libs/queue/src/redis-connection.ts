import type { RedisOptions } from 'bullmq';

/** ioredis options from a redis:// URL; BullMQ workers need maxRetriesPerRequest null to block on Redis. */
export function redisConnection(redisUrl: string): RedisOptions {
  const url = new URL(redisUrl);
  return {
    host: url.hostname,
    port: Number(url.port || 6379),
    username: url.username || undefined,
    password: url.password ? decodeURIComponent(url.password) : undefined,
    db: url.pathname.length > 1 ? Number(url.pathname.slice(1)) : 0,
    maxRetriesPerRequest: null,
    enableReadyCheck: true,
    // Keep retrying after Redis restarts, so that workers recover by themselves.
    retryStrategy: (times: number) => Math.min(times * 200, 2000),
  };
}
