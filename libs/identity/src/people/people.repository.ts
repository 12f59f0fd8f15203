import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { returnedRows } from '../returned-rows';
import type { Role } from '@app/domain';
import type { Login } from './login';
import { type Person, personFromRow } from './person';

export interface NewPerson {
  readonly name: string;
  readonly email: string | null;
  readonly phone: string | null;
  readonly passwordHash: string | null;
  readonly roles: readonly Role[];
  readonly emailConfirmed: boolean;
}

/** The `people` table. */
@Injectable()
export class PeopleRepository {
  constructor(private readonly db: DataSource) {}

  /** The new person, or undefined when the e-mail or phone already belongs to someone. */
  async create(person: NewPerson): Promise<Person | undefined> {
    const rows = await this.db.query(
      `INSERT INTO people (id, name, email, phone, password_hash, roles, email_confirmed_at)
       VALUES ($1, $2, $3, $4, $5, $6, CASE WHEN $7::boolean THEN now() END)
       ON CONFLICT DO NOTHING RETURNING *`,
      [randomUUID(), person.name, person.email, person.phone, person.passwordHash, person.roles, person.emailConfirmed],
    );
    return rows[0] ? personFromRow(rows[0]) : undefined;
  }

  async byId(id: string): Promise<Person | undefined> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined; // a development-login id names no account
    const rows = await this.db.query(`SELECT * FROM people WHERE id = $1`, [id]);
    return rows[0] ? personFromRow(rows[0]) : undefined;
  }

  async byLogin(login: Login): Promise<Person | undefined> {
    const rows =
      login.kind === 'email'
        ? await this.db.query(`SELECT * FROM people WHERE lower(email) = $1`, [login.value])
        : await this.db.query(`SELECT * FROM people WHERE phone = $1`, [login.value]);
    return rows[0] ? personFromRow(rows[0]) : undefined;
  }

  /** Adds a global role she does not hold yet (an accepted invitation); the next token carries it. */
  async addRole(id: string, role: Role): Promise<void> {
    await this.db.query(`UPDATE people SET roles = array_append(roles, $2) WHERE id = $1 AND NOT ($2 = ANY(roles))`, [id, role]);
  }

  async setPassword(id: string, passwordHash: string): Promise<void> {
    await this.db.query(`UPDATE people SET password_hash = $2 WHERE id = $1`, [id, passwordHash]);
  }

  async confirmEmail(id: string): Promise<void> {
    await this.db.query(`UPDATE people SET email_confirmed_at = coalesce(email_confirmed_at, now()) WHERE id = $1`, [id]);
  }

  /** True when she was enabled until now. */
  async disable(id: string): Promise<boolean> {
    const rows = returnedRows(await this.db.query(`UPDATE people SET disabled_at = now() WHERE id = $1 AND disabled_at IS NULL RETURNING id`, [id]));
    return rows.length === 1;
  }

  async setTotpSecret(id: string, encrypted: string): Promise<void> {
    await this.db.query(`UPDATE people SET totp_secret_encrypted = $2, totp_enabled_at = NULL WHERE id = $1`, [id, encrypted]);
  }

  async enableTotp(id: string): Promise<void> {
    await this.db.query(`UPDATE people SET totp_enabled_at = now() WHERE id = $1 AND totp_secret_encrypted IS NOT NULL`, [id]);
  }
}
