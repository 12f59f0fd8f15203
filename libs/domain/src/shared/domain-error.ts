/**
 * A command broke a rule of the domain. `kind` tells the transport how to answer:
 * - 'conflict': the command is not allowed in the current state (e.g. the stage has moved on) → HTTP 409
 * - 'invalid': the command itself breaks a rule (e.g. weights not summing to 100) → HTTP 422
 * - 'forbidden': the actor may not do this to this object (e.g. not her candidacy) → HTTP 403
 * - 'not-found': the command refers to something that does not exist → HTTP 404
 */
export type DomainErrorKind = 'conflict' | 'invalid' | 'forbidden' | 'not-found';

export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly kind: DomainErrorKind = 'conflict',
    readonly field?: string,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const conflict = (code: string, message: string, field?: string) => new DomainError(code, message, 'conflict', field);
export const invalid = (code: string, message: string, field?: string) => new DomainError(code, message, 'invalid', field);
export const forbidden = (code: string, message: string) => new DomainError(code, message, 'forbidden');
export const notFound = (code: string, message: string, field?: string) => new DomainError(code, message, 'not-found', field);
