import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import {
  assertChildLevel,
  conflict,
  forbidden,
  invalid,
  mayActOnCampaignsOf,
  mayGrantDescendants,
  mayManageMembers,
  notFound,
  type OrganisationLevel,
  ORGANISATION_LEVELS,
} from '@app/domain';
import { loadOrganisations, membershipsOf } from './organisation-tree';

/**
 * Who changes the tree: a person acting through the api (her memberships decide), or the administrator at the
 * command line (`npm run admin`), who may do anything, including creating a root.
 */
export type OrganisationActor = { readonly kind: 'person'; readonly id: string } | { readonly kind: 'administrator' };

const actorId = (actor: OrganisationActor) => (actor.kind === 'person' ? actor.id : 'administrator');

async function context(m: EntityManager, actor: OrganisationActor) {
  const tree = await loadOrganisations(m);
  const memberships = actor.kind === 'person' ? await membershipsOf(m, actor.id) : [];
  return { tree, memberships, admin: actor.kind === 'administrator' };
}

/** TypeORM's pg driver answers an UPDATE or DELETE with [rows, count], an INSERT with rows. */
const rowsTouched = (result: unknown): number =>
  Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number'
    ? result[1]
    : Array.isArray(result)
      ? result.length
      : 0;

const unknown = (organisationId: string) => notFound('organisation.not-found', `Organisation ${organisationId} does not exist.`, 'organisationId');
/** Like a campaign outside her scope: refused, and nothing about the organisation said. */
const notYours = () => forbidden('organisation.outside-your-organisations', 'This organisation is outside the organisations you organise.');

export async function createOrganisation(
  m: EntityManager,
  actor: OrganisationActor,
  input: { parentId?: string | null; name: string; level: OrganisationLevel },
): Promise<{ organisationId: string }> {
  const { tree, memberships, admin } = await context(m, actor);
  const name = input.name?.trim();
  if (!name) throw invalid('organisation.name', 'An organisation needs a name.', 'name');
  if (!ORGANISATION_LEVELS.includes(input.level)) throw invalid('organisation.level', `The level is one of: ${ORGANISATION_LEVELS.join(', ')}.`, 'level');
  const parentId = input.parentId ?? null;
  if (parentId === null) {
    if (!admin)
      throw forbidden('organisation.root-by-administrator', 'Only the administrator creates a top organisation; create yours under one you organise.');
  } else {
    const parent = tree.get(parentId);
    if (!parent) throw unknown(parentId);
    if (!admin && !mayActOnCampaignsOf(tree, memberships, parentId)) throw notYours();
    assertChildLevel(parent.level, input.level);
  }
  const organisationId = randomUUID();
  await m.query(`INSERT INTO organisations (id, parent_id, name, level, created_by) VALUES ($1, $2, $3, $4, $5)`, [
    organisationId,
    parentId,
    name,
    input.level,
    actorId(actor),
  ]);
  return { organisationId };
}

export async function addOrganiser(
  m: EntityManager,
  actor: OrganisationActor,
  organisationId: string,
  input: { personId: string; name: string },
): Promise<void> {
  const { tree, memberships, admin } = await context(m, actor);
  if (!tree.has(organisationId)) throw unknown(organisationId);
  if (!admin && !mayManageMembers(tree, memberships, organisationId)) throw notYours();
  const personId = input.personId?.trim();
  const name = input.name?.trim();
  if (!personId) throw invalid('organisation.person-id', 'An organiser needs a person id.', 'personId');
  if (!name) throw invalid('organisation.organiser-name', 'An organiser needs a name.', 'name');
  const inserted = await m.query(
    `INSERT INTO organisation_members (organisation_id, person_id, name, role, added_by) VALUES ($1, $2, $3, 'organiser', $4)
     ON CONFLICT DO NOTHING RETURNING person_id`,
    [organisationId, personId, name, actorId(actor)],
  );
  if (inserted.length === 0) throw conflict('organisation.organiser-exists', `"${personId}" is already an organiser of this organisation.`, 'personId');
}

export async function removeOrganiser(m: EntityManager, actor: OrganisationActor, organisationId: string, personId: string): Promise<void> {
  const { tree, memberships, admin } = await context(m, actor);
  if (!tree.has(organisationId)) throw unknown(organisationId);
  if (!admin && !mayManageMembers(tree, memberships, organisationId)) throw notYours();
  const deleted = await m.query(`DELETE FROM organisation_members WHERE organisation_id = $1 AND person_id = $2 AND role = 'organiser' RETURNING person_id`, [
    organisationId,
    personId,
  ]);
  if (rowsTouched(deleted) === 0) throw notFound('organisation.organiser-not-found', `"${personId}" is not an organiser of this organisation.`, 'personId');
}

export async function setIncludesDescendants(
  m: EntityManager,
  actor: OrganisationActor,
  organisationId: string,
  personId: string,
  includesDescendants: boolean,
): Promise<void> {
  const { tree, memberships, admin } = await context(m, actor);
  if (!tree.has(organisationId)) throw unknown(organisationId);
  if (!admin && !mayManageMembers(tree, memberships, organisationId)) throw notYours();
  if (!admin && !mayGrantDescendants(tree, memberships, organisationId)) {
    throw forbidden(
      'organisation.descendants-granted-from-above',
      'Authority over the organisations below is granted by an organiser of the parent organisation (or the administrator), never by its own organisers.',
    );
  }
  const updated = await m.query(
    `UPDATE organisation_members SET includes_descendants = $3 WHERE organisation_id = $1 AND person_id = $2 AND role = 'organiser' RETURNING person_id`,
    [organisationId, personId, includesDescendants],
  );
  if (rowsTouched(updated) === 0) throw notFound('organisation.organiser-not-found', `"${personId}" is not an organiser of this organisation.`, 'personId');
}
