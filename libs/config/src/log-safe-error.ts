/**
 * Errors as they may be written to a log. A failed database statement carries what it was writing — TypeORM's
 * `parameters` and `query`, PostgreSQL's `detail` ("Failing row contains (…)", "Key (phone)=(…)"), `where`, and
 * for a refused value the value itself at the end of the message (`invalid input syntax for type uuid: "…"`) — so
 * for those only what says what broke is kept: the SQLSTATE, the table, column and constraint, and the message
 * with any quoted value replaced. Other errors keep their type, message, stack and code; never their other
 * fields (an HTTP exception's response, a library's request options), which may hold what a person sent.
 */
export interface LogSafeError {
  type: string;
  message: string;
  stack?: string;
  sqlState?: string;
  table?: string;
  column?: string;
  constraint?: string;
  errorCode?: string | number;
  cause?: LogSafeError;
}

type ErrorLike = Error & Record<string, unknown>;

const DATABASE_ERROR_FIELDS = ['query', 'parameters', 'driverError', 'severity', 'routine'];

/** A TypeORM QueryFailedError or the pg DatabaseError it wraps (or any error shaped like one). */
export function isDatabaseError(err: unknown): boolean {
  return !!err && typeof err === 'object' && DATABASE_ERROR_FIELDS.some((field) => field in err);
}

/** The message of a database error without the value PostgreSQL quotes at its end, e.g. `…type integer: "…"`. */
export function logSafeDatabaseMessage(message: string): string {
  return message.replace(/(:\s*)"[\s\S]*"\s*$/, '$1"[value withheld]"');
}

const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);

export function logSafeError(err: unknown, depth = 0): LogSafeError {
  if (!err || typeof err !== 'object') return { type: typeof err, message: String(err) };
  const e = err as ErrorLike;
  // pino-http hands its err serializer pino's own serialisation of the error (a plain object with a `type`).
  const type = text(e.type) ?? text(e.name) ?? text(e.constructor?.name) ?? 'Error';
  const cause = depth < 3 && e.cause !== undefined ? logSafeError(e.cause, depth + 1) : undefined;
  if (isDatabaseError(e)) {
    const driver = (e.driverError && typeof e.driverError === 'object' ? e.driverError : e) as Record<string, unknown>;
    const message = logSafeDatabaseMessage(String(e.message ?? ''));
    const stackFrames = typeof e.stack === 'string' ? e.stack.split('\n').filter((line) => /^\s+at /.test(line)) : [];
    return {
      type,
      message,
      stack: [`${type}: ${message}`, ...stackFrames].join('\n'),
      sqlState: text(driver.code),
      table: text(driver.table),
      column: text(driver.column),
      constraint: text(driver.constraint),
      ...(cause ? { cause } : {}),
    };
  }
  const errorCode = typeof e.code === 'string' || typeof e.code === 'number' ? e.code : undefined;
  return { type, message: String(e.message ?? ''), stack: text(e.stack), ...(errorCode !== undefined ? { errorCode } : {}), ...(cause ? { cause } : {}) };
}
