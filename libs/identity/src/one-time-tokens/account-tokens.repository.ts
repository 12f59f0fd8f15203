import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { returnedRows } from '../returned-rows';
import { newSecretToken, tokenHash } from '../secret-token';

export type AccountTokenPurpose = 'email-confirmation' | 'password-reset';

/** One-time tokens sent by e-mail (confirm an address, reset a password): stored as hashes, used once, expiring. */
@Injectable()
export class AccountTokensRepository {
  constructor(private readonly db: DataSource) {}

  /** A new token for the person; the plain token is returned once, to be put in a link. */
  async issue(personId: string, purpose: AccountTokenPurpose, validForMs: number): Promise<string> {
    const token = newSecretToken();
    await this.db.query(`INSERT INTO account_tokens (token_hash, person_id, purpose, expires_at) VALUES ($1, $2, $3, $4)`, [
      tokenHash(token),
      personId,
      purpose,
      new Date(Date.now() + validForMs),
    ]);
    return token;
  }

  /** The person the token was for, if it is live; it is spent either way. */
  async consume(token: string, purpose: AccountTokenPurpose): Promise<string | undefined> {
    const rows = returnedRows(
      await this.db.query(
        `UPDATE account_tokens SET used_at = now()
       WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > now() RETURNING person_id`,
        [tokenHash(token), purpose],
      ),
    );
    return rows[0]?.person_id;
  }
}
