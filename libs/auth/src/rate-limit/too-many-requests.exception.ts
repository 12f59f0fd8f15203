import { HttpException, HttpStatus } from '@nestjs/common';

/**
 * A 429 that says when to come back: the api's error handling (and the ballot fast path) send `retryAfterSeconds`
 * as the Retry-After header, so that a phone or script waits instead of hammering.
 */
export class TooManyRequestsException extends HttpException {
  readonly retryAfterSeconds: number;

  constructor(retryAfterSeconds: number, answer: { code: string; message: string }) {
    super({ statusCode: HttpStatus.TOO_MANY_REQUESTS, error: 'Too Many Requests', ...answer }, HttpStatus.TOO_MANY_REQUESTS);
    this.retryAfterSeconds = Math.max(1, Math.ceil(retryAfterSeconds));
  }
}
