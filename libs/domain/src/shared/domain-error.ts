/**
 * A command broke a rule of the domain. `kind` tells the transport how to answer:
 * - 'conflict': the command is not allowed in the current state (e.g. the stage has moved on) → HTTP 409
 * - 'invalid': the command itself breaks a rule (e.g. weights not summing to 100) → HTTP 422
 * - 'forbidden': the actor may not do this to this object (e.g. not her candidacy) → HTTP 403
 * - 'not-found': the command refers to something that does not exist → HTTP 404
 * - 'unauthenticated': the credential presented (a juror's code, a ballot token) is not one we issued → HTTP 401
 */
export type DomainErrorKind = 'conflict' | 'invalid' | 'forbidden' | 'not-found' | 'unauthenticated';

/**
 * The variable parts of a refusal, apart from its English message, so that a client can say the same thing in
 * its reader's language: numbers, labels as the organiser wrote them (a criterion's or position's title, a
 * candidate's name — never an internal key), and instants as ISO 8601 UTC with the `timeZone` they are read in.
 */
export type RefusalParams = Readonly<Record<string, string | number>>;

export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly kind: DomainErrorKind = 'conflict',
    readonly field?: string,
    readonly params?: RefusalParams,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const conflict = (code: string, message: string, field?: string, params?: RefusalParams) => new DomainError(code, message, 'conflict', field, params);
export const invalid = (code: string, message: string, field?: string, params?: RefusalParams) => new DomainError(code, message, 'invalid', field, params);
export const forbidden = (code: string, message: string, params?: RefusalParams) => new DomainError(code, message, 'forbidden', undefined, params);
export const unauthenticated = (code: string, message: string, field?: string) => new DomainError(code, message, 'unauthenticated', field);
export const notFound = (code: string, message: string, field?: string, params?: RefusalParams) => new DomainError(code, message, 'not-found', field, params);
