import { type ArgumentsHost, Catch } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { Response } from 'express';
import { DomainError } from '@app/domain';
import { RetryLaterError } from '@app/jury';
import { refusalAnswer } from './refusal-http';

/** Where a DomainError thrown on a request becomes its HTTP answer (the edge), for every route. */
@Catch(DomainError, RetryLaterError)
export class RefusalFilter extends BaseExceptionFilter {
  override catch(exception: DomainError | RetryLaterError, host: ArgumentsHost): void {
    const answer = refusalAnswer(exception);
    if (answer && host.getType() === 'http') {
      const res = host.switchToHttp().getResponse<Response>();
      if (!res.headersSent) {
        if (answer.retryAfterSeconds !== undefined) res.setHeader('Retry-After', String(answer.retryAfterSeconds));
        res.status(answer.status).json(answer.body);
        return;
      }
    }
    super.catch(exception, host);
  }
}
