import type { SqlRow } from '@app/database';

/** The roles an invitation can bring: organiser of an organisation, or a role in one campaign. */
export const INVITED_CAMPAIGN_ROLES = ['expert', 'inspector', 'counting-officer'] as const;
export type InvitedCampaignRole = (typeof INVITED_CAMPAIGN_ROLES)[number];
export type InvitedRole = 'organiser' | InvitedCampaignRole;

/** Where the invitee is invited to: exactly one of the two. */
export type InvitationPlace =
  { readonly organisationId: string; readonly campaignId?: undefined } | { readonly campaignId: string; readonly organisationId?: undefined };

export interface Invitation {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly role: InvitedRole;
  readonly organisationId: string | null;
  readonly campaignId: string | null;
  readonly invitedBy: string;
  readonly invitedByName: string | null;
  readonly createdAt: Date;
  readonly expiresAt: Date;
}

/** How long a link stays good: a week, time enough for someone who reads mail on weekdays only. */
export const INVITATION_VALID_MS = 7 * 24 * 3_600_000;

export function invitationFromRow(row: SqlRow): Invitation {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    organisationId: row.organisation_id,
    campaignId: row.campaign_id,
    invitedBy: row.invited_by,
    invitedByName: row.invited_by_name,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
  };
}

/** What an organiser sees of a pending invitation (never its token, which only the mail carries). */
export const invitationView = (i: Invitation) => ({
  id: i.id,
  email: i.email,
  name: i.name,
  role: i.role,
  invitedBy: { id: i.invitedBy, name: i.invitedByName },
  createdAt: i.createdAt.toISOString(),
  expiresAt: i.expiresAt.toISOString(),
});
