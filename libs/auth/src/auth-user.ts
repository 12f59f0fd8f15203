import type { Role } from '@app/domain';

/** The authenticated person behind a request, from her signed bearer token. */
export interface AuthUser {
  readonly id: string;
  readonly name?: string;
  readonly roles: readonly Role[];
}
