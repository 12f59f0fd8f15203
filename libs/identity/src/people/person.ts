import { ROLES, type Role } from '@app/domain';
import type { SqlRow } from '@app/database';

export interface Person {
  readonly id: string;
  readonly name: string;
  readonly email: string | null;
  readonly phone: string | null;
  readonly passwordHash: string | null;
  readonly roles: Role[];
  readonly disabledAt: Date | null;
  readonly emailConfirmedAt: Date | null;
  readonly totpSecretEncrypted: string | null;
  readonly totpEnabledAt: Date | null;
  readonly createdAt: Date;
}

/** What a person may read about herself: never her password hash or second-factor secret. */
export interface PersonView {
  readonly id: string;
  readonly name: string;
  readonly email: string | null;
  readonly phone: string | null;
  readonly roles: Role[];
  readonly emailConfirmed: boolean;
  readonly totpEnabled: boolean;
  readonly createdAt: string;
}

export const personView = (p: Person): PersonView => ({
  id: p.id,
  name: p.name,
  email: p.email,
  phone: p.phone,
  roles: p.roles,
  emailConfirmed: !!p.emailConfirmedAt,
  totpEnabled: !!p.totpEnabledAt,
  createdAt: p.createdAt.toISOString(),
});

export function personFromRow(row: SqlRow): Person {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    phone: row.phone,
    passwordHash: row.password_hash,
    roles: (row.roles as string[]).filter((r): r is Role => (ROLES as readonly string[]).includes(r)),
    disabledAt: row.disabled_at,
    emailConfirmedAt: row.email_confirmed_at,
    totpSecretEncrypted: row.totp_secret_encrypted,
    totpEnabledAt: row.totp_enabled_at,
    createdAt: row.created_at,
  };
}
