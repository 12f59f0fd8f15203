import { HttpStatus } from '@nestjs/common';
import { DomainError, type DomainErrorKind, type RefusalParams } from '@app/domain';
import { RetryLaterError } from '@app/jury';

/** The one map from a refusal's kind to its HTTP status: thrown DomainErrors and rejected commands alike. */
export const REFUSAL_STATUS: Readonly<Record<DomainErrorKind | 'internal', HttpStatus>> = {
  conflict: HttpStatus.CONFLICT,
  invalid: HttpStatus.UNPROCESSABLE_ENTITY,
  forbidden: HttpStatus.FORBIDDEN,
  'not-found': HttpStatus.NOT_FOUND,
  unauthenticated: HttpStatus.UNAUTHORIZED,
  internal: HttpStatus.INTERNAL_SERVER_ERROR,
};

export const refusalStatus = (kind: string): HttpStatus => REFUSAL_STATUS[kind as DomainErrorKind] ?? HttpStatus.CONFLICT;

export interface Refusal {
  readonly code: string;
  readonly message: string;
  readonly field?: string;
  readonly params?: RefusalParams;
}

/** The body of every refusal: status, code, English message, and the field and params when there are. */
export const refusalBody = (status: HttpStatus, refusal: Refusal, extra: Record<string, unknown> = {}) => ({
  statusCode: status,
  error: HttpStatus[status],
  code: refusal.code,
  message: refusal.message,
  ...(refusal.field !== undefined ? { field: refusal.field } : {}),
  ...(refusal.params !== undefined ? { params: refusal.params } : {}),
  ...extra,
});

export interface RefusalAnswer {
  readonly status: HttpStatus;
  readonly body: ReturnType<typeof refusalBody>;
  readonly retryAfterSeconds?: number;
}

/** A refusal thrown by a use case (DomainError, or RetryLaterError: 429 / 503 with Retry-After), as its HTTP answer. */
export function refusalAnswer(err: unknown): RefusalAnswer | undefined {
  if (err instanceof DomainError) {
    const status = refusalStatus(err.kind);
    return { status, body: refusalBody(status, err) };
  }
  if (err instanceof RetryLaterError) {
    const status = err.reason === 'rate-limited' ? HttpStatus.TOO_MANY_REQUESTS : HttpStatus.SERVICE_UNAVAILABLE;
    return { status, body: refusalBody(status, err), retryAfterSeconds: err.retryAfterSeconds };
  }
  return undefined;
}
