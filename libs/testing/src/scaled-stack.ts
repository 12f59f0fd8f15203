import { randomBytes } from 'node:crypto';
import { Pool } from 'pg';
import { freePort } from './private-services';
import { deleteQueueKeys, ManagedProcess } from './process-stack';
import { createTestDatabase, type TestDatabase } from './test-database';

export interface ScaledStackOptions {
  readonly apis: number;
  readonly workers: number;
  readonly env?: Record<string, string>;
  /** A single Redis (default: the machine's, or TEST_REDIS_URL). */
  readonly redisUrl?: string;
  /** A Redis Cluster's seed nodes (`host:port,…`): every process then runs on the cluster, under a hash-tagged prefix. */
  readonly redisClusterNodes?: string;
}

/** Several api and worker processes on one database and one queue prefix, as a deployment spread over machines. */
export interface ScaledStack {
  /** One per api process; spread clients across them (there is no load balancer in front). */
  readonly baseUrls: readonly string[];
  readonly database: TestDatabase;
  readonly pool: Pool;
  readonly apis: readonly ManagedProcess[];
  readonly workers: readonly ManagedProcess[];
  readonly queuePrefix: string;
  stop(): Promise<void>;
}

export async function startScaledStack(label: string, options: ScaledStackOptions): Promise<ScaledStack> {
  const cluster = !!options.redisClusterNodes;
  const redisUrl = options.redisUrl ?? process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
  const database = await createTestDatabase(label);
  // On a cluster the prefix is a hash tag: each queue's keys (and the rate limits') share one slot.
  const queuePrefix = cluster ? `{os_test_${randomBytes(4).toString('hex')}}` : `os_test_${randomBytes(4).toString('hex')}`;
  const shared = {
    NODE_ENV: 'test',
    DATABASE_URL: database.url,
    REDIS_URL: redisUrl,
    ...(cluster ? { REDIS_CLUSTER_NODES: options.redisClusterNodes! } : {}),
    QUEUE_PREFIX: queuePrefix,
    MIGRATE_ON_START: 'false',
    LOG_LEVEL: 'warn',
    WORKER_LOCK_MS: '3000',
    RATE_LIMIT_CREDENTIALS_PER_MINUTE: '100000',
    JURY_BALLOTS_PER_JUROR_PER_MINUTE: '100000',
    RATE_LIMIT_FAILED_CODES_PER_MINUTE: '100000',
    ...options.env,
  };
  const ports = await Promise.all(Array.from({ length: options.apis }, () => freePort()));
  const apis = ports.map((port) => new ManagedProcess('api', { ...shared, PORT: String(port) }));
  const workers = Array.from({ length: options.workers }, () => new ManagedProcess('worker', shared));
  const pool = new Pool({ connectionString: database.url, max: 4 });
  pool.on('error', () => undefined);
  const all = [...apis, ...workers];
  all.forEach((p) => p.start());
  const stopAll = async (signal?: NodeJS.Signals) => {
    await Promise.all(all.map((p) => p.stop(signal)));
  };
  try {
    await Promise.all([...apis.map((a) => a.waitForLog('API listening', 60_000)), ...workers.map((w) => w.waitForLog('Worker ready', 60_000))]);
  } catch (err) {
    await stopAll('SIGKILL');
    await pool.end();
    await database.drop();
    throw err;
  }
  return {
    baseUrls: ports.map((port) => `http://127.0.0.1:${port}`),
    database,
    pool,
    apis,
    workers,
    queuePrefix,
    stop: async () => {
      await stopAll();
      await pool.end();
      await database.drop();
      // A cluster of the caller's own goes away with its keys; on the shared Redis, take ours away.
      if (!cluster) await deleteQueueKeys(redisUrl, queuePrefix);
    },
  };
}
