import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { returnedRows } from '../returned-rows';
import type { RefreshTokenState } from './refresh-decision';

export interface StoredRefreshToken extends RefreshTokenState {
  readonly id: string;
  readonly familyId: string;
  readonly personId: string;
}

/**
 * The `sessions` table: one row per refresh token. A sign-in starts a family (its id is the access tokens' `sid`);
 * each refresh adds the next row of the family and marks the one used as rotated.
 */
@Injectable()
export class SessionsRepository {
  constructor(private readonly db: DataSource) {}

  async add(familyId: string, personId: string, refreshTokenHash: string, expiresAt: Date): Promise<void> {
    await this.db.query(`INSERT INTO sessions (id, family_id, person_id, refresh_token_hash, expires_at) VALUES ($1, $2, $3, $4, $5)`, [
      randomUUID(),
      familyId,
      personId,
      refreshTokenHash,
      expiresAt,
    ]);
  }

  async byTokenHash(refreshTokenHash: string): Promise<StoredRefreshToken | undefined> {
    const rows = await this.db.query(
      `SELECT s.id, s.family_id, s.person_id, s.rotated_at, s.expires_at,
              (SELECT max(f.revoked_at) FROM sessions f WHERE f.family_id = s.family_id) AS revoked_at
       FROM sessions s WHERE s.refresh_token_hash = $1`,
      [refreshTokenHash],
    );
    const row = rows[0];
    return (
      row && { id: row.id, familyId: row.family_id, personId: row.person_id, rotatedAt: row.rotated_at, revokedAt: row.revoked_at, expiresAt: row.expires_at }
    );
  }

  /** Marks the token used; false when another request used it first (then it is a reuse). */
  async claimForRotation(id: string): Promise<boolean> {
    const rows = returnedRows(
      await this.db.query(
        `UPDATE sessions SET rotated_at = now(), last_used_at = now() WHERE id = $1 AND rotated_at IS NULL AND revoked_at IS NULL RETURNING id`,
        [id],
      ),
    );
    return rows.length === 1;
  }

  async revokeFamily(familyId: string): Promise<void> {
    await this.db.query(`UPDATE sessions SET revoked_at = now() WHERE family_id = $1 AND revoked_at IS NULL`, [familyId]);
  }

  /** Revokes every live session of the person; returns their family ids. */
  async revokeAllOf(personId: string): Promise<string[]> {
    const rows = returnedRows(
      await this.db.query(`UPDATE sessions SET revoked_at = now() WHERE person_id = $1 AND revoked_at IS NULL RETURNING family_id`, [personId]),
    );
    return [...new Set<string>(rows.map((r) => r.family_id as string))];
  }
}
