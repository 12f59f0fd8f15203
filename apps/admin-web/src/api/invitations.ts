import { anonymousRequest, get, newIdempotencyKey, request } from './client';

import type { Answer, Schemas } from './contract';

export type InvitedRole = Schemas['InvitedRole'];
export const CAMPAIGN_INVITED_ROLES: InvitedRole[] = ['expert', 'inspector', 'counting-officer'];
export type PendingInvitation = Answer<'CampaignInvitationsController_list'>[number];
export type InvitationPreview = Answer<'InvitationAcceptanceController_preview'>;

/** An organisation's or a campaign's invitations: the same three calls under either path. */
export type InvitationPlace = { organisationId: string } | { campaignId: string };

const base = (place: InvitationPlace) =>
  'campaignId' in place ? `/campaigns/${place.campaignId}/invitations` : `/organisations/${place.organisationId}/invitations`;

export const invitationsApi = {
  pending: (place: InvitationPlace) => get<PendingInvitation[]>(base(place)),
  invite: (place: InvitationPlace, input: { email: string; name: string; role?: InvitedRole }) =>
    request<PendingInvitation>('POST', base(place), input, { 'idempotency-key': newIdempotencyKey() }),
  withdraw: (place: InvitationPlace, invitationId: string) =>
    request('POST', `${base(place)}/${invitationId}/withdraw`, {}, { 'idempotency-key': newIdempotencyKey() }),
  preview: (token: string) => anonymousRequest<InvitationPreview>('POST', '/invitations/preview', { token }),
  accept: (input: { token: string; password: string; totp?: string }) =>
    anonymousRequest<Answer<'InvitationAcceptanceController_accept'>>('POST', '/invitations/accept', input),
};
