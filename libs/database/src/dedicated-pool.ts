import type { Logger } from '@nestjs/common';
import { Pool } from 'pg';

export interface DedicatedPoolOptions {
  /** Shown in pg_stat_activity as application_name `open-selection-<name>`, and in the pool's warnings. */
  readonly name: string;
  readonly max: number;
  /** Settings for each connection, e.g. `-c synchronous_commit=off`. */
  readonly options?: string;
}

/**
 * A small pg pool of its own for one hot path (ballot intake, code exchange, counting), so that it never waits for a
 * connection behind the ORM's other queries. A connection dropped while idle (a database restart) is logged and
 * replaced on next use. Whoever opens it ends it at shutdown.
 */
export function dedicatedPool(databaseUrl: string, { name, max, options }: DedicatedPoolOptions, logger: Logger): Pool {
  const pool = new Pool({ connectionString: databaseUrl, max, application_name: `open-selection-${name}`, ...(options ? { options } : {}) });
  pool.on('error', (err) => logger.warn(`Pool ${name}: ${err.message}`));
  return pool;
}
