import type { RedisOptions } from 'bullmq';
import IORedis, { Cluster, type ClusterNode } from 'ioredis';

/** Where Redis is: one server (REDIS_URL), or a cluster when REDIS_CLUSTER_NODES is set. */
export interface RedisLocation {
  readonly REDIS_URL: string;
  readonly REDIS_CLUSTER_NODES?: string;
}

/** Every Redis client the processes use outside BullMQ: a single server's or a cluster's, the same commands. */
export type AppRedis = IORedis | Cluster;

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

/** `host:port,host:port` → the seed nodes ioredis discovers the rest of the cluster from. */
export function clusterNodes(list: string): ClusterNode[] {
  return list
    .split(',')
    .map((node) => node.trim())
    .filter(Boolean)
    .map((node) => {
      const at = node.lastIndexOf(':');
      return { host: node.slice(0, at), port: Number(node.slice(at + 1)) };
    });
}

const keepRetrying = (times: number) => Math.min(times * 200, 2000);

/**
 * What BullMQ connects with: options for one server (each queue, worker and event listener opens its own), or on a
 * cluster a Cluster client of its own per call — BullMQ duplicates it for its blocking reads.
 */
export function queueConnection(location: RedisLocation): RedisOptions | Cluster {
  if (!location.REDIS_CLUSTER_NODES) return redisConnection(location.REDIS_URL);
  return new Cluster(clusterNodes(location.REDIS_CLUSTER_NODES), {
    enableReadyCheck: true,
    clusterRetryStrategy: keepRetrying,
    redisOptions: { maxRetriesPerRequest: null },
  });
}

/**
 * The client for rate limits, revoked sessions, sign-in throttles and single sign-on state. It fails fast while Redis
 * is away (no offline queue, 500 ms per command): each of those callers decides what an outage means for it, and none
 * may hang a request.
 */
export function appRedisClient(location: RedisLocation): AppRedis {
  const failFast = { maxRetriesPerRequest: 1, commandTimeout: 500 };
  const client: AppRedis = location.REDIS_CLUSTER_NODES
    ? new Cluster(clusterNodes(location.REDIS_CLUSTER_NODES), { enableOfflineQueue: false, clusterRetryStrategy: keepRetrying, redisOptions: failFast })
    : new IORedis(location.REDIS_URL, { ...failFast, enableOfflineQueue: false });
  client.on('error', () => undefined); // reconnects by itself; each caller logs while Redis is away
  return client;
}
