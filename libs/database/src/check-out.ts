import type { Pool, PoolClient } from 'pg';

export interface CheckedOut {
  readonly client: PoolClient;
  /** Back to the pool; `discard` for a connection whose state is unknown (a transaction not closed cleanly). */
  release(discard?: boolean): void;
}

/**
 * A client from a pg Pool that cannot crash the process. While a client is checked out the pool stops listening
 * for its 'error' event, so a connection that dies between two statements of a transaction (PostgreSQL restarting)
 * would be an unhandled 'error'. Here it is caught; the statement in flight, or the next one, fails instead.
 */
export async function checkOut(pool: Pool): Promise<CheckedOut> {
  const client = await pool.connect();
  const ignore = () => undefined;
  client.on('error', ignore);
  return {
    client,
    release: (discard?: boolean) => {
      client.removeListener('error', ignore);
      client.release(discard ? true : undefined);
    },
  };
}
