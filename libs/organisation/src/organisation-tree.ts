import type { EntityManager } from 'typeorm';
import type { Membership, OrganisationLevel, OrganisationNode } from '@app/domain';

export interface OrganisationRow extends OrganisationNode {
  readonly name: string;
  readonly createdAt: Date;
}

export interface OrganiserRow {
  readonly organisationId: string;
  readonly personId: string;
  readonly name: string;
  readonly includesDescendants: boolean;
  readonly addedAt: Date;
}

export async function loadOrganisations(m: EntityManager): Promise<Map<string, OrganisationRow>> {
  const rows: { id: string; parent_id: string | null; name: string; level: OrganisationLevel; created_at: Date }[] = await m.query(
    `SELECT id, parent_id, name, level, created_at FROM organisations ORDER BY created_at, id`,
  );
  return new Map(rows.map((r) => [r.id, { id: r.id, parentId: r.parent_id, name: r.name, level: r.level, createdAt: r.created_at }]));
}

/** Read fresh on every check: a removal must take effect at once, in every api process. */
export async function membershipsOf(m: EntityManager, personId: string): Promise<Membership[]> {
  const rows: { organisation_id: string; includes_descendants: boolean }[] = await m.query(
    `SELECT organisation_id, includes_descendants FROM organisation_members WHERE person_id = $1 AND role = 'organiser'`,
    [personId],
  );
  return rows.map((r) => ({ organisationId: r.organisation_id, includesDescendants: r.includes_descendants }));
}

export async function organisersOf(m: EntityManager, organisationIds: readonly string[]): Promise<OrganiserRow[]> {
  if (organisationIds.length === 0) return [];
  const rows: { organisation_id: string; person_id: string; name: string; includes_descendants: boolean; added_at: Date }[] = await m.query(
    `SELECT organisation_id, person_id, name, includes_descendants, added_at FROM organisation_members
     WHERE organisation_id = ANY($1::uuid[]) AND role = 'organiser' ORDER BY added_at, person_id`,
    [organisationIds],
  );
  return rows.map((r) => ({
    organisationId: r.organisation_id,
    personId: r.person_id,
    name: r.name,
    includesDescendants: r.includes_descendants,
    addedAt: r.added_at,
  }));
}
