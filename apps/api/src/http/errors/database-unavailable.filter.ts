import { type ArgumentsHost, Catch, HttpException } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { Response } from 'express';
import { DATABASE_RETRY_AFTER_SECONDS, databaseUnavailable, isDatabaseUnavailable } from '@app/database';

/**
 * While PostgreSQL restarts, a request that reaches it gets 503 with Retry-After (the client should send it
 * again) instead of a bare 500 that reads like a defect. Everything else goes to Nest's own handling.
 */
@Catch()
export class DatabaseUnavailableFilter extends BaseExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost): void {
    if (!(exception instanceof HttpException) && isDatabaseUnavailable(exception) && host.getType() === 'http') {
      const res = host.switchToHttp().getResponse<Response>();
      if (!res.headersSent) {
        const answer = databaseUnavailable();
        res.setHeader('Retry-After', String(DATABASE_RETRY_AFTER_SECONDS));
        res.status(503).json(answer.getResponse());
        return;
      }
    }
    super.catch(exception, host);
  }
}
