import { Logger } from '@nestjs/common';
import type { Logger as TypeOrmLogger } from 'typeorm';
import { logSafeDatabaseMessage, logSafeError } from '@app/config';

/** SQL as it may be logged: its text with any literal inside quotes replaced (values travel as parameters anyway). */
const sqlShape = (query: string) => query.replace(/'(?:[^']|'')*'/g, "'…'").replace(/\s+/g, ' ').trim().slice(0, 500);

/**
 * TypeORM's own loggers print a failed query with its parameters — what was being written, such as a candidate's
 * phone number. This one logs what failed and why (SQL text, SQLSTATE, constraint), never the parameters.
 */
export class LogSafeTypeOrmLogger implements TypeOrmLogger {
  private readonly logger = new Logger('Database');

  logQuery(): void {
    // Queries that succeed are not logged: at any volume that matters they would drown the rest.
  }

  logQueryError(error: string | Error, query: string): void {
    const failure = typeof error === 'string' ? { message: logSafeDatabaseMessage(error) } : logSafeError(error);
    const where = 'constraint' in failure && failure.constraint ? ` (constraint ${failure.constraint})` : '';
    this.logger.error(`Query failed: ${failure.message}${where} — ${sqlShape(query)}`);
  }

  logQuerySlow(time: number, query: string): void {
    this.logger.warn(`Slow query (${time} ms): ${sqlShape(query)}`);
  }

  logSchemaBuild(message: string): void {
    this.logger.log(message);
  }

  logMigration(message: string): void {
    this.logger.log(message);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    const line = typeof message === 'string' ? message : JSON.stringify(message);
    if (level === 'warn') this.logger.warn(line);
    else this.logger.log(line);
  }
}
