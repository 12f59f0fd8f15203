/**
 * The ballot path cannot take this request now, through no fault of the request: too many ballots from one token
 * in a minute, or the database unreachable. Not a rule of the domain (so not a DomainError); the transport says
 * when to send it again (Retry-After).
 */
export class RetryLaterError extends Error {
  readonly reason: 'rate-limited' | 'unavailable';
  readonly code: string;
  readonly retryAfterSeconds: number;

  constructor(refusal: { reason: 'rate-limited' | 'unavailable'; code: string; message: string; retryAfterSeconds: number }) {
    super(refusal.message);
    this.name = 'RetryLaterError';
    this.reason = refusal.reason;
    this.code = refusal.code;
    this.retryAfterSeconds = refusal.retryAfterSeconds;
  }
}
