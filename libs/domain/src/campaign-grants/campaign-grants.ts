import type { CampaignState } from '../campaign/campaign';
import type { Candidacies } from '../candidacy/candidacy';
import { conflict, invalid, notFound } from '../shared/domain-error';
import type { DomainEvent } from '../shared/domain-event';
import { type Fold, foldHistory } from '../shared/fold';
import { type MapDraft, PersistentMap } from '../shared/persistent-map';
import { type CampaignGrantEvent, GRANTABLE_CAMPAIGN_ROLES, type GrantableCampaignRole } from './campaign-grant-events';

export interface PersonGrants {
  readonly name: string;
  /** The roles she holds now. */
  readonly roles: ReadonlySet<GrantableCampaignRole>;
}

/** Everyone ever granted a role in the campaign, keyed by person id; a revoked person stays, holding no role. */
export type CampaignGrants = ReadonlyMap<string, PersonGrants>;

function applyGrantEvent(draft: MapDraft<string, PersonGrants>, event: DomainEvent): MapDraft<string, PersonGrants> {
  const e = event as CampaignGrantEvent;
  if (e.type !== 'CampaignRoleGranted' && e.type !== 'CampaignRoleRevoked') return draft;
  const held = draft.get(e.payload.personId);
  const roles = new Set(held?.roles ?? []);
  if (e.type === 'CampaignRoleGranted') roles.add(e.payload.role);
  else roles.delete(e.payload.role);
  draft.set(e.payload.personId, { name: e.type === 'CampaignRoleGranted' ? e.payload.name : (held?.name ?? ''), roles });
  return draft;
}

export const CAMPAIGN_GRANTS_FOLD: Fold<CampaignGrants, MapDraft<string, PersonGrants>> = {
  name: 'campaign-grants',
  version: 1,
  initial: () => new Map(),
  resume: (state) => PersistentMap.of(state).draft(),
  apply: applyGrantEvent,
  seal: (draft) => draft.done(),
};

export const foldCampaignGrants = (history: readonly DomainEvent[]): CampaignGrants => foldHistory(CAMPAIGN_GRANTS_FOLD, history);

export function grantCampaignRole(
  campaign: CampaignState,
  candidacies: Candidacies,
  grants: CampaignGrants,
  input: { personId: string; name: string; role: GrantableCampaignRole },
): CampaignGrantEvent[] {
  const personId = input.personId?.trim();
  const name = input.name?.trim();
  if (!personId) throw invalid('grant.person-id', 'A grant needs the person’s id.', 'personId');
  if (!name) throw invalid('grant.name', 'A grant needs the person’s name.', 'name');
  if (!GRANTABLE_CAMPAIGN_ROLES.includes(input.role))
    throw invalid('grant.role', `Only these roles are granted per campaign: ${GRANTABLE_CAMPAIGN_ROLES.join(', ')}.`, 'role');
  // Whoever inspects or counts must have no stake in the outcome: a candidate here can never hold a role here.
  if ([...candidacies.values()].some((c) => c.candidateId === personId)) {
    throw invalid('grant.person-is-candidate', `"${personId}" is a candidate in this campaign and can never hold a role in it.`, 'personId');
  }
  if (grants.get(personId)?.roles.has(input.role))
    throw conflict('grant.exists', `"${personId}" already holds the role ${input.role} in this campaign.`, 'personId', { role: input.role });
  return [{ type: 'CampaignRoleGranted', payload: { campaignId: campaign.id, personId, name, role: input.role } }];
}

export function revokeCampaignRole(
  campaign: CampaignState,
  grants: CampaignGrants,
  input: { personId: string; role: GrantableCampaignRole },
): CampaignGrantEvent[] {
  if (!grants.get(input.personId)?.roles.has(input.role)) {
    throw notFound('grant.not-found', `"${input.personId}" holds no role ${input.role} in this campaign.`, 'personId', { role: input.role });
  }
  return [{ type: 'CampaignRoleRevoked', payload: { campaignId: campaign.id, personId: input.personId, role: input.role } }];
}

/** The other half of the rule: anyone ever granted a role here (even since revoked) has seen it from inside. */
export function assertNotGrantedInCampaign(grants: CampaignGrants, personId: string): void {
  if (grants.has(personId)) {
    throw invalid('candidacy.person-holds-campaign-role', 'You hold (or held) a role in this campaign’s selection and cannot be its candidate.');
  }
}
