import { ServiceUnavailableException } from '@nestjs/common';

/** SQLSTATE classes and codes that mean "the database is away", not "this request is wrong". */
const UNAVAILABLE_CODES = new Set(['57P01', '57P02', '57P03', '53300']);
const UNAVAILABLE_MESSAGES =
  /Connection terminated|ECONNREFUSED|ECONNRESET|connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error|the database system is (starting up|shutting down|in recovery mode)/i;

/** Whether an error is PostgreSQL being unreachable or restarting (TypeORM wraps pg's error as driverError). */
export function isDatabaseUnavailable(err: unknown): boolean {
  for (
    let e = err as { code?: string; message?: string; driverError?: unknown } | undefined, depth = 0;
    e && depth < 3;
    e = e.driverError as typeof e, depth += 1
  ) {
    if (typeof e.code === 'string' && (UNAVAILABLE_CODES.has(e.code) || e.code.startsWith('08') || e.code === 'ECONNREFUSED' || e.code === 'ECONNRESET'))
      return true;
    if (typeof e.message === 'string' && UNAVAILABLE_MESSAGES.test(e.message)) return true;
  }
  return false;
}

/** How long a client should wait before sending again while the database is away (a restart takes seconds). */
export const DATABASE_RETRY_AFTER_SECONDS = 2;

/** The answer while the database is away: try again, with the same Idempotency-Key for anything that changes state. */
export const databaseUnavailable = (): ServiceUnavailableException =>
  new ServiceUnavailableException({
    statusCode: 503,
    error: 'Service Unavailable',
    code: 'database.unavailable',
    message: 'The database is briefly unavailable. Try again in a few seconds; send a change again with the same Idempotency-Key and it is applied once.',
  });
