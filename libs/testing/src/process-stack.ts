import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import * as path from 'node:path';
import IORedis from 'ioredis';
import { Pool } from 'pg';
import { freePort } from './private-services';
import { createTestDatabase, type TestDatabase } from './test-database';

// From source (jest) this file is libs/testing/src; compiled (the benches run from dist/) it is dist/libs/testing/src.
const ROOT = path.resolve(__dirname, path.basename(path.resolve(__dirname, '../../..')) === 'dist' ? '../../../..' : '../../..');
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** One of our processes (api or worker), started from the compiled build exactly as in production. */
export class ManagedProcess {
  private child?: ChildProcess;
  private output = '';

  constructor(
    readonly name: 'api' | 'worker',
    private readonly env: Record<string, string>,
  ) {}

  start(): void {
    const script = path.join(ROOT, 'dist/apps', this.name, 'src/main.js');
    this.output = '';
    this.child = spawn(process.execPath, ['-r', path.join(ROOT, 'scripts/register-paths.js'), script], {
      cwd: ROOT,
      env: { ...process.env, ...this.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    // Never outlive the test process: an orphaned worker would go on consuming the queue.
    const child = this.child;
    const killOnExit = () => child.kill('SIGKILL');
    process.once('exit', killOnExit);
    child.once('exit', () => process.removeListener('exit', killOnExit));
    const keep = (chunk: Buffer) => {
      this.output = (this.output + chunk.toString()).slice(-1_000_000);
    };
    this.child.stdout?.on('data', keep);
    this.child.stderr?.on('data', keep);
  }

  /** The operating-system process id while it runs (e.g. to read its peak memory from /proc). */
  get pid(): number | undefined {
    return this.child?.pid;
  }

  get running(): boolean {
    return !!this.child && this.child.exitCode === null && this.child.signalCode === null;
  }

  get log(): string {
    return this.output;
  }

  /** Stops the process: SIGKILL to simulate a crash, SIGTERM for a clean shutdown. */
  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    const child = this.child;
    if (!child || !this.running) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => child.kill('SIGKILL'), 10000);
      child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      child.kill(signal);
    });
  }

  async waitForLog(text: string, timeoutMs = 30000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!this.output.includes(text)) {
      if (!this.running) throw new Error(`${this.name} exited before "${text}":\n${this.output}`);
      if (Date.now() > deadline) throw new Error(`${this.name} did not log "${text}" in ${timeoutMs} ms:\n${this.output}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

export interface Stack {
  readonly baseUrl: string;
  readonly database: TestDatabase;
  readonly pool: Pool;
  readonly api: ManagedProcess;
  readonly worker: ManagedProcess;
  readonly queuePrefix: string;
  startWorker(): Promise<void>;
  stop(): Promise<void>;
}

export interface StackServices {
  /** PostgreSQL server to create the test database on (default: the machine's, or TEST_ADMIN_DATABASE_URL). */
  readonly adminDatabaseUrl?: string;
  /** Redis to queue on (default: the machine's, or TEST_REDIS_URL). */
  readonly redisUrl?: string;
}

/**
 * The whole service for one e2e test file: a fresh PostgreSQL database, a private BullMQ key prefix on the
 * shared Redis, and real api and worker processes built from dist/.
 */
export async function startStack(label: string, extraEnv: Record<string, string> = {}, services: StackServices = {}): Promise<Stack> {
  const redisUrl = services.redisUrl ?? REDIS_URL;
  const database = await createTestDatabase(label, services.adminDatabaseUrl);
  const port = await freePort();
  const queuePrefix = `os_test_${randomBytes(4).toString('hex')}`;
  const env = {
    NODE_ENV: 'test',
    DATABASE_URL: database.url,
    REDIS_URL: redisUrl,
    QUEUE_PREFIX: queuePrefix,
    PORT: String(port),
    MIGRATE_ON_START: 'false',
    LOG_LEVEL: 'warn',
    WORKER_LOCK_MS: '3000',
    RATE_LIMIT_CREDENTIALS_PER_MINUTE: '100000',
    JURY_BALLOTS_PER_JUROR_PER_MINUTE: '100000',
    RATE_LIMIT_FAILED_CODES_PER_MINUTE: '100000',
    ...extraEnv,
  };
  const api = new ManagedProcess('api', env);
  const worker = new ManagedProcess('worker', env);
  const pool = new Pool({ connectionString: database.url, max: 4 });
  pool.on('error', () => undefined); // an idle client dropped by a database restart (the fault tests): the pool replaces it
  const baseUrl = `http://127.0.0.1:${port}`;
  api.start();
  worker.start();
  const startWorker = async () => {
    worker.start();
    await worker.waitForLog('Worker ready');
  };
  try {
    await Promise.all([api.waitForLog('API listening'), worker.waitForLog('Worker ready')]);
  } catch (err) {
    await Promise.all([api.stop('SIGKILL'), worker.stop('SIGKILL')]);
    await pool.end();
    await database.drop();
    throw err;
  }
  return {
    baseUrl,
    database,
    pool,
    api,
    worker,
    queuePrefix,
    startWorker,
    stop: async () => {
      await Promise.all([api.stop(), worker.stop()]);
      await pool.end();
      await database.drop();
      await deleteQueueKeys(redisUrl, queuePrefix);
    },
  };
}

/** Deletes a test's BullMQ keys (its own prefix) from a shared Redis. */
export async function deleteQueueKeys(redisUrl: string, prefix: string): Promise<void> {
  const redis = new IORedis(redisUrl, { maxRetriesPerRequest: 3 });
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      if (keys.length) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
