import type { OrganisationLevel } from './organisation-level';

export interface OrganisationNode {
  readonly id: string;
  readonly parentId: string | null;
  readonly level: OrganisationLevel;
}

export type OrganisationTree = ReadonlyMap<string, OrganisationNode>;

/** One organisation a person organises; `includesDescendants` extends her authority to every organisation below it. */
export interface Membership {
  readonly organisationId: string;
  readonly includesDescendants: boolean;
}

/** The organisation itself first, then its parent, up to the root; empty for an unknown id. */
export function lineage(tree: OrganisationTree, organisationId: string): string[] {
  const chain: string[] = [];
  for (let node = tree.get(organisationId); node && !chain.includes(node.id); node = node.parentId ? tree.get(node.parentId) : undefined) {
    chain.push(node.id);
  }
  return chain;
}

/**
 * Whether she may act on the campaigns of an organisation: she organises it, or organises an organisation above it
 * and was granted includesDescendants there.
 */
export function mayActOnCampaignsOf(tree: OrganisationTree, memberships: readonly Membership[], organisationId: string): boolean {
  const [self, ...ancestors] = lineage(tree, organisationId);
  if (!self) return false;
  return memberships.some((m) => m.organisationId === self || (m.includesDescendants && ancestors.includes(m.organisationId)));
}

/**
 * Whether she may add or remove an organisation's organisers (and create organisations under it): she acts on it, or
 * on its parent — whoever creates an organisation staffs it — without thereby acting on its campaigns.
 */
export function mayManageMembers(tree: OrganisationTree, memberships: readonly Membership[], organisationId: string): boolean {
  const node = tree.get(organisationId);
  if (!node) return false;
  return mayActOnCampaignsOf(tree, memberships, organisationId) || (node.parentId !== null && mayActOnCampaignsOf(tree, memberships, node.parentId));
}

/**
 * Authority over the organisations below is handed down, never taken: only an organiser of the parent (or the
 * administrator, outside this rule) grants includesDescendants to an organisation's organisers.
 */
export function mayGrantDescendants(tree: OrganisationTree, memberships: readonly Membership[], organisationId: string): boolean {
  const parentId = tree.get(organisationId)?.parentId;
  return parentId !== null && parentId !== undefined && mayActOnCampaignsOf(tree, memberships, parentId);
}

/** Every organisation she may see in her tree: those she acts on or manages. */
export function organisationsInSight(tree: OrganisationTree, memberships: readonly Membership[]): Set<string> {
  const seen = new Set<string>();
  for (const id of tree.keys()) if (mayManageMembers(tree, memberships, id)) seen.add(id);
  return seen;
}
