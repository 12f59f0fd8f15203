import { command, get, newIdempotencyKey, request } from './client';

export type OrganisationLevel = 'province' | 'city' | 'district' | 'street' | 'community';
export const ORGANISATION_LEVELS: OrganisationLevel[] = ['province', 'city', 'district', 'street', 'community'];

export interface Organiser {
  personId: string;
  name: string;
  includesDescendants: boolean;
}

/** GET /organisations: one she may see, with what she may do there. parentId is null at the top of her view. */
export interface Organisation {
  id: string;
  parentId: string | null;
  name: string;
  level: OrganisationLevel;
  actsOnCampaigns: boolean;
  mayManageOrganisers: boolean;
  mayGrantDescendants: boolean;
  organisers: Organiser[];
}

export type GrantableRole = 'inspector' | 'counting-officer';

export interface CampaignGrant {
  personId: string;
  name: string;
  role: GrantableRole;
  grantedAt: string;
}

/** Organisation changes answer at once; the idempotency key makes a retried click the same change. */
const change = <T>(method: string, path: string, body?: unknown) => request<T>(method, path, body, { 'idempotency-key': newIdempotencyKey() });

export const organisationsApi = {
  list: () => get<Organisation[]>('/organisations'),
  create: (parentId: string, name: string, level: OrganisationLevel) => change<{ organisationId: string }>('POST', '/organisations', { parentId, name, level }),
  addOrganiser: (organisationId: string, personId: string, name: string) => change('POST', `/organisations/${organisationId}/organisers`, { personId, name }),
  removeOrganiser: (organisationId: string, personId: string) => change('DELETE', `/organisations/${organisationId}/organisers/${encodeURIComponent(personId)}`),
  setIncludesDescendants: (organisationId: string, personId: string, includesDescendants: boolean) =>
    change('PUT', `/organisations/${organisationId}/organisers/${encodeURIComponent(personId)}/includes-descendants`, { includesDescendants }),
};

export const grantsApi = {
  list: (campaignId: string) => get<CampaignGrant[]>(`/campaigns/${campaignId}/grants`),
  grant: (campaignId: string, personId: string, name: string, role: GrantableRole) => command('POST', `/campaigns/${campaignId}/grants`, { personId, name, role }),
  revoke: (campaignId: string, personId: string, role: GrantableRole) => command('POST', `/campaigns/${campaignId}/grants/revoke`, { personId, role }),
};
