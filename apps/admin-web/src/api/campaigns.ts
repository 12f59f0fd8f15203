import { command, get } from './client';
import type { Schemas } from './contract';
import type { Campaign, CampaignConfig, CampaignStage, Candidacy } from './types';

/** What PUT /campaigns/:id/config and POST /campaigns accept (anything left out takes the documented default). */
export type CampaignConfigInput = Omit<CampaignConfig, 'weights' | 'rubric' | 'quotas' | 'timeline' | 'blindReview' | 'juryMode' | 'competitiveMarginPercent'> &
  Partial<Pick<CampaignConfig, 'weights' | 'rubric' | 'quotas' | 'timeline' | 'blindReview' | 'juryMode' | 'competitiveMarginPercent'>>;

/** The person behind an audited action, as she was signed in (name and roles from her token). */
export type AuditActor = Schemas['AuditActorView'];
/** GET /campaigns/:id/audit: one recorded event, who caused it and through which command (never a payload). */
export type AuditEntry = Schemas['AuditEntryView'];
/** GET /campaigns/:id/audit/refused: a command that was refused and changed nothing. */
export type RefusedAttempt = Schemas['RefusedAttemptView'];
export type AuditPerson = Schemas['AuditPersonView'];

export interface AuditFilter {
  actorId?: string;
  type?: string;
  after?: string;
  limit?: number;
}

const queryString = (params: object): string => {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
};

/** GET /campaign-templates: a starting configuration with its title and description in both languages. */
export type CampaignTemplate = Schemas['CampaignTemplate'];
/** A deadline that may be extended once the campaign runs. */
export type ExtendableDeadline = Schemas['ExtendDeadlineDto']['deadline'];
/** POST /campaigns/:id/clone: shiftDays, or the day the copy's candidacy opens. */
export type CloneInput = Schemas['CloneCampaignDto'];

export const campaignsApi = {
  list: () => get<Campaign[]>('/campaigns'),
  get: (id: string) => get<Campaign>(`/campaigns/${id}`),
  /** organisationId: needed only when she organises several organisations; template: the one the form was filled from. */
  create: (config: CampaignConfigInput, organisationId?: string, template?: string) =>
    command<{ campaignId: string }>('POST', '/campaigns', { ...config, ...(organisationId ? { organisationId } : {}), ...(template ? { template } : {}) }),
  templates: () => get<CampaignTemplate[]>('/campaign-templates'),
  clone: (sourceId: string, input: CloneInput) => command<{ campaignId: string }>('POST', `/campaigns/${sourceId}/clone`, input),
  extendDeadline: (id: string, deadline: ExtendableDeadline, to: string, reason: string) =>
    command('POST', `/campaigns/${id}/timeline/extend`, { deadline, to, reason }),
  reconfigure: (id: string, config: CampaignConfigInput) => command('PUT', `/campaigns/${id}/config`, config),
  discard: (id: string, reason?: string) => command('POST', `/campaigns/${id}/discard`, reason ? { reason } : {}),
  advance: (id: string, to: CampaignStage, reason?: string) => command('POST', `/campaigns/${id}/stage`, reason ? { to, reason } : { to }),
  audit: (id: string, filter: AuditFilter = {}) => get<AuditEntry[]>(`/campaigns/${id}/audit${queryString(filter)}`),
  auditRefused: (id: string, filter: { actorId?: string; offset?: number; limit?: number } = {}) =>
    get<RefusedAttempt[]>(`/campaigns/${id}/audit/refused${queryString(filter)}`),
  auditPeople: (id: string) => get<AuditPerson[]>(`/campaigns/${id}/audit/people`),
};

/** What POST /campaigns/:id/candidacies and PUT /candidacies/:id take (the form's state: the api requires consent to processing). */
export type CandidacyInput = Pick<Candidacy, 'details' | 'proposal' | 'consent'>;

/** How she comes forward, as the candidacy form sends it (left out: a self-application). */
export type NominationInput = { channel: 'self' } | { channel: 'organisation'; nominatingBody: string } | { channel: 'joint'; nominators: string[] };

/** Certified campaigns of the organisations below, whose finalists this campaign may take (GET/POST /campaigns/:id/child-campaigns). */
export type ChildCampaign = Schemas['ChildCampaignView'];

export const childCampaignsApi = {
  list: (campaignId: string) => get<ChildCampaign[]>(`/campaigns/${campaignId}/child-campaigns`),
  adopt: (campaignId: string, childCampaignIds: string[]) =>
    command<{ adopted: { childCampaignId: string; candidacies: number }[] }>('POST', `/campaigns/${campaignId}/child-campaigns`, { childCampaignIds }),
};

export const candidaciesApi = {
  list: (campaignId: string) => get<Candidacy[]>(`/campaigns/${campaignId}/candidacies`),
  get: (id: string) => get<Candidacy>(`/candidacies/${id}`),
  submit: (campaignId: string, input: CandidacyInput & { nomination?: NominationInput }) =>
    command<{ candidacyId: string }>('POST', `/campaigns/${campaignId}/candidacies`, input),
  edit: (id: string, input: CandidacyInput) => command('PUT', `/candidacies/${id}`, input),
  withdraw: (id: string, reason?: string) => command('POST', `/candidacies/${id}/withdraw`, reason ? { reason } : {}),
  /** The organiser records a candidate's withdrawal for her, with her reason. */
  withdrawOnBehalf: (id: string, reason: string) => command<{ replacement: string | null }>('POST', `/candidacies/${id}/withdraw-on-behalf`, { reason }),
  decide: (id: string, decision: 'accepted' | 'rejected', reason: string) => command('POST', `/candidacies/${id}/qualification`, { decision, reason }),
};
