import type { Role } from '@app/domain';

/** The authenticated person behind a request, from her signed bearer token. */
export interface AuthUser {
  readonly id: string;
  readonly name?: string;
  readonly roles: readonly Role[];
  /** The server-side session of a real account's token (absent for development-login tokens). */
  readonly sessionId?: string;
  /** False for a real account whose e-mail is not yet confirmed; absent for development-login tokens. */
  readonly emailConfirmed?: boolean;
}
