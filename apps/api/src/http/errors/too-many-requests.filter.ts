import { type ArgumentsHost, Catch } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { Response } from 'express';
import { TooManyRequestsException } from '@app/auth';

/** Every 429 of ours says when to come back (Retry-After); the answer's body is Nest's usual one. */
@Catch(TooManyRequestsException)
export class TooManyRequestsFilter extends BaseExceptionFilter {
  override catch(exception: TooManyRequestsException, host: ArgumentsHost): void {
    if (host.getType() === 'http') {
      const res = host.switchToHttp().getResponse<Response>();
      if (!res.headersSent) res.setHeader('Retry-After', String(exception.retryAfterSeconds));
    }
    super.catch(exception, host);
  }
}
