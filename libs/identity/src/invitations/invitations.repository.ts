import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { returnedRows } from '../returned-rows';
import { newSecretToken, tokenHash } from '../secret-token';
import { type Invitation, invitationFromRow, type InvitationPlace, INVITATION_VALID_MS, type InvitedRole } from './invitation';

const PENDING = `accepted_at IS NULL AND withdrawn_at IS NULL`;

/** The `invitations` table: one-time links stored as hashes, one pending per place, address and role. */
@Injectable()
export class InvitationsRepository {
  constructor(private readonly db: DataSource) {}

  /**
   * A new invitation, replacing a pending one for the same place, address and role (its link stops working). The
   * plain token is returned once, to be mailed.
   */
  async issue(
    m: EntityManager,
    place: InvitationPlace,
    input: { email: string; name: string; role: InvitedRole; invitedBy: { id: string; name?: string } },
  ): Promise<{ invitation: Invitation; token: string }> {
    const email = input.email.trim().toLowerCase();
    await m.query(
      `UPDATE invitations SET withdrawn_at = now() WHERE ${PENDING} AND coalesce(organisation_id, campaign_id) = $1 AND lower(email) = $2 AND role = $3`,
      [place.organisationId ?? place.campaignId, email, input.role],
    );
    const token = newSecretToken();
    const [row] = await m.query(
      `INSERT INTO invitations (id, token_hash, email, name, role, organisation_id, campaign_id, invited_by, invited_by_name, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING *`,
      [
        randomUUID(),
        tokenHash(token),
        email,
        input.name.trim(),
        input.role,
        place.organisationId ?? null,
        place.campaignId ?? null,
        input.invitedBy.id,
        input.invitedBy.name ?? null,
        new Date(Date.now() + INVITATION_VALID_MS),
      ],
    );
    return { invitation: invitationFromRow(row), token };
  }

  async pending(place: InvitationPlace): Promise<Invitation[]> {
    const column = place.organisationId ? 'organisation_id' : 'campaign_id';
    const rows = await this.db.query(`SELECT * FROM invitations WHERE ${column} = $1 AND ${PENDING} AND expires_at > now() ORDER BY created_at`, [
      place.organisationId ?? place.campaignId,
    ]);
    return rows.map(invitationFromRow);
  }

  /** True when it was pending at this place until now. */
  async withdraw(m: EntityManager, place: InvitationPlace, invitationId: string): Promise<boolean> {
    const column = place.organisationId ? 'organisation_id' : 'campaign_id';
    const rows = returnedRows(
      await m.query(`UPDATE invitations SET withdrawn_at = now() WHERE id = $1 AND ${column} = $2 AND ${PENDING} RETURNING id`, [
        invitationId,
        place.organisationId ?? place.campaignId,
      ]),
    );
    return rows.length === 1;
  }

  /** The invitation the token opens, while it is pending and not expired. */
  async live(token: string): Promise<Invitation | undefined> {
    const rows = await this.db.query(`SELECT * FROM invitations WHERE token_hash = $1 AND ${PENDING} AND expires_at > now()`, [tokenHash(token)]);
    return rows[0] ? invitationFromRow(rows[0]) : undefined;
  }

  async markAccepted(invitationId: string, personId: string): Promise<void> {
    await this.db.query(`UPDATE invitations SET accepted_at = now(), accepted_by = $2 WHERE id = $1 AND ${PENDING}`, [invitationId, personId]);
  }
}
