import { command, get, newIdempotencyKey, request } from './client';

import type { Answer, Schemas } from './contract';

/** GET /organisations: one she may see, with what she may do there. parentId is null at the top of her view. */
export type Organisation = Answer<'OrganisationsController_list'>[number];
export type OrganisationLevel = Organisation['level'];
export const ORGANISATION_LEVELS = ['province', 'city', 'district', 'street', 'community'] as const satisfies readonly OrganisationLevel[];
export type Organiser = Organisation['organisers'][number];
export type GrantableRole = Schemas['CampaignGrantView']['role'];
export type CampaignGrant = Schemas['CampaignGrantView'];

/** Organisation changes answer at once; the idempotency key makes a retried click the same change. */
const change = <T>(method: string, path: string, body?: unknown) => request<T>(method, path, body, { 'idempotency-key': newIdempotencyKey() });

export const organisationsApi = {
  list: () => get<Organisation[]>('/organisations'),
  create: (parentId: string, name: string, level: OrganisationLevel) => change<{ organisationId: string }>('POST', '/organisations', { parentId, name, level }),
  addOrganiser: (organisationId: string, personId: string, name: string) => change('POST', `/organisations/${organisationId}/organisers`, { personId, name }),
  removeOrganiser: (organisationId: string, personId: string) =>
    change('DELETE', `/organisations/${organisationId}/organisers/${encodeURIComponent(personId)}`),
  setIncludesDescendants: (organisationId: string, personId: string, includesDescendants: boolean) =>
    change('PUT', `/organisations/${organisationId}/organisers/${encodeURIComponent(personId)}/includes-descendants`, { includesDescendants }),
};

export const grantsApi = {
  list: (campaignId: string) => get<CampaignGrant[]>(`/campaigns/${campaignId}/grants`),
  grant: (campaignId: string, personId: string, name: string, role: GrantableRole) =>
    command('POST', `/campaigns/${campaignId}/grants`, { personId, name, role }),
  revoke: (campaignId: string, personId: string, role: GrantableRole) => command('POST', `/campaigns/${campaignId}/grants/revoke`, { personId, role }),
};
