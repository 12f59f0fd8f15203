import { type CallHandler, type ExecutionContext, HttpException, Injectable, type NestInterceptor } from '@nestjs/common';
import type { Request } from 'express';
import { DomainError, type DomainErrorKind } from '@app/domain';
import { catchError, finalize, from, type Observable, switchMap, throwError } from 'rxjs';
import { CodeAttemptCounter } from './code-attempt-counter';
import { TooManyRequestsException } from './too-many-requests.exception';

/** The answers that mean "this code is not good": what a guesser collects (as HTTP, or as the refusal not yet worded). */
const WRONG_CODE = new Set([401, 403]);
const WRONG_CODE_KINDS = new Set<DomainErrorKind>(['unauthenticated', 'forbidden']);

/**
 * Limits wrong codes per address (RATE_LIMIT_FAILED_CODES_PER_MINUTE). Each check takes its slot before the code
 * is looked at and gives it back when the code was good, so accepted codes never count and a congress hall or
 * village hall where hundreds vote through one router is not throttled, while a guesser — however many requests
 * he fires at once — gets at most the limit of codes checked, then 429 with Retry-After.
 */
@Injectable()
export class FailedAttemptLimiter implements NestInterceptor {
  constructor(private readonly counter: CodeAttemptCounter) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const address = context.switchToHttp().getRequest<Request>().ip ?? 'unknown';
    return from(this.counter.reserve(address)).pipe(
      switchMap((attempt) => {
        if (!attempt.granted) {
          throw new TooManyRequestsException(
            attempt.retryAfterSeconds,
            attempt.blocked
              ? { code: 'credentials.too-many-failures', message: `Too many wrong codes from this address; wait ${attempt.retryAfterSeconds} s and try again.` }
              : { code: 'credentials.too-many-at-once', message: 'Too many codes are being checked from this address at this moment; try again in a second.' },
          );
        }
        let wrongCode = false;
        return next.handle().pipe(
          catchError((err: unknown) => {
            wrongCode = (err instanceof HttpException && WRONG_CODE.has(err.getStatus())) || (err instanceof DomainError && WRONG_CODE_KINDS.has(err.kind));
            return throwError(() => err);
          }),
          // Queued on the counter's Redis connection before the answer is written, so the address's next
          // request is counted after it.
          finalize(() => void this.counter.settle(address, wrongCode)),
        );
      }),
    );
  }
}
