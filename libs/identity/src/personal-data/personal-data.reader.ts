import { openEventRows } from '@app/database';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** Other people's ids that events about her candidacy carry (who scored her); hers to know is what, not who. */
const OTHER_PEOPLE = new Set(['expertId', 'actorId', 'inspectorId']);

type Instant = Date | string;
type Timestamp = Instant | null;

const withoutOtherPeople = (payload: Record<string, unknown>) => Object.fromEntries(Object.entries(payload).filter(([key]) => !OTHER_PEOPLE.has(key)));

/**
 * Everything held about one person (PIPL art. 45, right of access): the rows keyed by her id, and every recorded
 * event about each of her candidacies. Never a password hash, second-factor secret or token; sessions by dates only.
 */
@Injectable()
export class PersonalDataReader {
  constructor(private readonly db: DataSource) {}

  async candidacies(personId: string) {
    const rows: {
      id: string;
      campaign_id: string;
      name: string;
      status: string;
      qualification_reason: string | null;
      details: Record<string, unknown>;
      proposal: Record<string, unknown>;
      consent: Record<string, unknown>;
      submitted_at: Instant;
      updated_at: Instant;
    }[] = await this.db.query(
      `SELECT id, campaign_id, name, status, qualification_reason, details, proposal, consent, submitted_at, updated_at
       FROM candidacies WHERE candidate_id = $1 ORDER BY submitted_at`,
      [personId],
    );
    const ids = rows.map((r) => r.id);
    const events: { campaign_id: string; type: string; payload: Record<string, unknown>; occurred_at: Instant }[] = ids.length
      ? await this.db.query(`SELECT campaign_id, type, payload, occurred_at FROM events WHERE payload->>'candidacyId' = ANY($1::text[]) ORDER BY seq`, [ids])
      : [];
    // Her own fields in clear while her key is held; erased ones read as erased, like the candidacy row above.
    const opened = await openEventRows(this.db.manager, events);
    return rows.map((r) => ({
      id: r.id,
      campaignId: r.campaign_id,
      name: r.name,
      status: r.status,
      qualificationReason: r.qualification_reason,
      details: r.details,
      proposal: r.proposal,
      consent: r.consent,
      submittedAt: instant(r.submitted_at),
      updatedAt: instant(r.updated_at),
      events: opened
        .filter((e) => e.payload.candidacyId === r.id)
        .map((e) => ({ type: e.type, occurredAt: instant(e.occurred_at), payload: withoutOtherPeople(e.payload) })),
    }));
  }

  async grants(personId: string) {
    const rows: { campaign_id: string; role: string; name: string; granted_at: Instant }[] = await this.db.query(
      `SELECT campaign_id, role, name, granted_at FROM campaign_grants WHERE person_id = $1 ORDER BY granted_at`,
      [personId],
    );
    return rows.map((r) => ({ campaignId: r.campaign_id, role: r.role, name: r.name, grantedAt: instant(r.granted_at) }));
  }

  async organisationMemberships(personId: string) {
    const rows: { organisation_id: string; role: string; name: string; added_at: Instant }[] = await this.db.query(
      `SELECT organisation_id, role, name, added_at FROM organisation_members WHERE person_id = $1 ORDER BY added_at`,
      [personId],
    );
    return rows.map((r) => ({ organisationId: r.organisation_id, role: r.role, name: r.name, addedAt: instant(r.added_at) }));
  }

  /** Invitations sent to her address or accepted by her; never the token. */
  async invitations(personId: string, email: string | null) {
    const rows: {
      email: string;
      name: string;
      role: string;
      organisation_id: string | null;
      campaign_id: string | null;
      created_at: Timestamp;
      expires_at: Timestamp;
      accepted_at: Timestamp;
      withdrawn_at: Timestamp;
    }[] = await this.db.query(
      `SELECT email, name, role, organisation_id, campaign_id, created_at, expires_at, accepted_at, withdrawn_at
       FROM invitations WHERE accepted_by = $1 OR ($2::text IS NOT NULL AND lower(email) = lower($2)) ORDER BY created_at`,
      [personId, email],
    );
    return rows.map((r) => ({
      email: r.email,
      name: r.name,
      role: r.role,
      organisationId: r.organisation_id,
      campaignId: r.campaign_id,
      createdAt: iso(r.created_at),
      expiresAt: iso(r.expires_at),
      acceptedAt: iso(r.accepted_at),
      withdrawnAt: iso(r.withdrawn_at),
    }));
  }

  async sessions(personId: string) {
    const rows: { created_at: Timestamp; last_used_at: Timestamp; revoked_at: Timestamp; expires_at: Timestamp }[] = await this.db.query(
      `SELECT created_at, last_used_at, revoked_at, expires_at FROM sessions WHERE person_id = $1 ORDER BY created_at`,
      [personId],
    );
    return rows.map((r) => ({ createdAt: iso(r.created_at), lastUsedAt: iso(r.last_used_at), revokedAt: iso(r.revoked_at), expiresAt: iso(r.expires_at) }));
  }
}

const instant = (d: Instant) => new Date(d).toISOString();
const iso = (d: Timestamp) => (d ? new Date(d).toISOString() : null);
