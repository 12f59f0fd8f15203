import { Logger } from '@nestjs/common';
import type { Logger as TypeOrmLogger } from 'typeorm';
import { logSafeDatabaseMessage, logSafeError } from '@app/config';

/** SQL as it may be logged: its text with any literal inside quotes replaced (values travel as parameters anyway). */
const sqlShape = (query: string) =>
  query
    .replace(/'(?:[^']|'')*'/g, "'…'")
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 500);

/**
 * TypeORM's own loggers print a failed query with its parameters — what was being written, such as a candidate's
 * phone number. This one logs what failed and why (SQL text, SQLSTATE, constraint), never the parameters.
 */
export class LogSafeTypeOrmLogger implements TypeOrmLogger {
  private readonly logger = new Logger('Database');

  // Queries that succeed, schema builds and migrations are not logged: the migration runner reports what it applied.
  logQuery(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}

  logQueryError(error: string | Error, query: string): void {
    const failure = typeof error === 'string' ? { message: logSafeDatabaseMessage(error) } : logSafeError(error);
    const facts =
      'sqlState' in failure
        ? [failure.sqlState && `SQLSTATE ${failure.sqlState}`, failure.constraint && `constraint ${failure.constraint}`].filter(Boolean)
        : [];
    this.logger.error(`Query failed: ${failure.message}${facts.length ? ` (${facts.join(', ')})` : ''} — ${sqlShape(query)}`);
  }

  logQuerySlow(time: number, query: string): void {
    this.logger.warn(`Slow query (${time} ms): ${sqlShape(query)}`);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.logger.warn(typeof message === 'string' ? message : JSON.stringify(message));
  }
}
