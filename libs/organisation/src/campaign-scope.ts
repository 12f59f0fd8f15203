import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { GRANTABLE_CAMPAIGN_ROLES, type GrantableCampaignRole, mayActOnCampaignsOf, mayManageMembers, type OrganisationTree, type Role } from '@app/domain';
import { loadOrganisations, membershipsOf } from './organisation-tree';

/** Who is asking: the token's subject and coarse roles. */
export interface ScopedPerson {
  readonly id: string;
  readonly roles: readonly Role[];
}

export type ScopeVerdict =
  { readonly kind: 'allowed' } | { readonly kind: 'unknown-campaign' } | { readonly kind: 'refused'; readonly code: string; readonly message: string };

const ALLOWED: ScopeVerdict = { kind: 'allowed' };

const isGrantable = (role: Role | undefined): role is GrantableCampaignRole => (GRANTABLE_CAMPAIGN_ROLES as readonly string[]).includes(role ?? '');

/**
 * Which campaigns a person may act on, per role: an organiser those of her organisations (and of those below where
 * she includes descendants), an expert those whose panel has her, an inspector or a counting officer those that
 * granted her that role.
 * Candidates, jurors and delegates are checked object by object (her candidacy, her code) where they act.
 *
 * Cached: what never changes (a campaign's organisation, an organisation's parent — the tree only grows). Read fresh:
 * memberships, panels and grants, so that a removal takes effect at once in every api process.
 */
@Injectable()
export class CampaignScope {
  private tree: Promise<OrganisationTree> | undefined;
  private readonly campaignOrganisation = new Map<string, string | null>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The tree, loaded again when it does not know an organisation (one was created since, maybe by another process). */
  async organisationTree(mustKnow?: string | null): Promise<OrganisationTree> {
    let tree = await (this.tree ??= loadOrganisations(this.dataSource.manager));
    if (mustKnow && !tree.has(mustKnow)) {
      this.tree = loadOrganisations(this.dataSource.manager);
      tree = await this.tree;
    }
    return tree;
  }

  forgetTree(): void {
    this.tree = undefined;
  }

  /** undefined: no such campaign (yet). */
  async organisationOfCampaign(campaignId: string): Promise<string | null | undefined> {
    if (this.campaignOrganisation.has(campaignId)) return this.campaignOrganisation.get(campaignId);
    const [row] = await this.dataSource.query(`SELECT organisation_id FROM campaigns WHERE id = $1`, [campaignId]);
    if (!row) return undefined;
    this.campaignOrganisation.set(campaignId, row.organisation_id);
    return row.organisation_id;
  }

  async organisesCampaign(personId: string, campaignId: string): Promise<boolean> {
    const organisationId = await this.organisationOfCampaign(campaignId);
    if (!organisationId) return false;
    const [tree, memberships] = await Promise.all([this.organisationTree(organisationId), membershipsOf(this.dataSource.manager, personId)]);
    return mayActOnCampaignsOf(tree, memberships, organisationId);
  }

  /** Whether she may staff the organisation (true for an unknown one: its route answers 404 itself). */
  async managesOrganisation(personId: string, organisationId: string): Promise<boolean> {
    const [tree, memberships] = await Promise.all([this.organisationTree(organisationId), membershipsOf(this.dataSource.manager, personId)]);
    return !tree.has(organisationId) || mayManageMembers(tree, memberships, organisationId);
  }

  /**
   * May she act on this campaign through one of these roles (the route's roles she holds)? One role in scope is
   * enough; the route's own checks (her candidacy, her sheet) still apply after.
   */
  async verdict(person: ScopedPerson, campaignId: string, acting: readonly Role[]): Promise<ScopeVerdict> {
    if ((await this.organisationOfCampaign(campaignId)) === undefined) return { kind: 'unknown-campaign' };
    const roles = acting.filter((r) => person.roles.includes(r));
    if (roles.some((r) => r === 'candidate' || r === 'juror' || r === 'delegate')) return ALLOWED;
    if (roles.includes('organiser') && (await this.organisesCampaign(person.id, campaignId))) return ALLOWED;
    if (roles.includes('expert') && (await this.isOnPanel(person.id, campaignId))) return ALLOWED;
    for (const granted of GRANTABLE_CAMPAIGN_ROLES) if (roles.includes(granted) && (await this.holdsGrant(person.id, campaignId, granted))) return ALLOWED;
    const [first] = roles;
    if (first === 'expert') return { kind: 'refused', code: 'panel.not-a-member', message: 'You are not on this campaign’s expert panel.' };
    if (isGrantable(first)) return { kind: 'refused', code: 'grant.not-granted', message: `You hold no ${first} grant in this campaign.` };
    return { kind: 'refused', code: 'campaign.outside-your-organisations', message: 'This campaign belongs to an organisation you do not organise.' };
  }

  async isOnPanel(personId: string, campaignId: string): Promise<boolean> {
    const rows = await this.dataSource.query(`SELECT 1 FROM evaluation_experts WHERE campaign_id = $1 AND expert_id = $2`, [campaignId, personId]);
    return rows.length > 0;
  }

  async holdsGrant(personId: string, campaignId: string, role: string): Promise<boolean> {
    const rows = await this.dataSource.query(`SELECT 1 FROM campaign_grants WHERE campaign_id = $1 AND person_id = $2 AND role = $3`, [
      campaignId,
      personId,
      role,
    ]);
    return rows.length > 0;
  }

  /**
   * For lists: whether she may see a campaign at all. Candidates, jurors and delegates see every campaign (it is
   * where they apply or vote); the other roles only the campaigns in their scope.
   */
  async visibility(person: ScopedPerson): Promise<(campaign: { id: string; organisationId: string | null }) => boolean> {
    if (person.roles.some((r) => r === 'candidate' || r === 'juror' || r === 'delegate')) return () => true;
    const [tree, memberships, panels, grants] = await Promise.all([
      loadOrganisations(this.dataSource.manager),
      person.roles.includes('organiser') ? membershipsOf(this.dataSource.manager, person.id) : [],
      person.roles.includes('expert') ? this.dataSource.query(`SELECT campaign_id FROM evaluation_experts WHERE expert_id = $1`, [person.id]) : [],
      this.dataSource.query(`SELECT campaign_id FROM campaign_grants WHERE person_id = $1 AND role = ANY($2)`, [person.id, person.roles.filter(isGrantable)]),
    ]);
    const elsewhere = new Set<string>([...panels, ...grants].map((r: { campaign_id: string }) => r.campaign_id));
    return (c) => elsewhere.has(c.id) || (c.organisationId !== null && mayActOnCampaignsOf(tree, memberships, c.organisationId));
  }
}
