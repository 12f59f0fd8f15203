import { command, get } from './client';
import type { Campaign, CampaignConfig, CampaignStage, Candidacy, CandidateDetails, ProjectProposal } from './types';

/** What PUT /campaigns/:id/config and POST /campaigns accept (anything left out takes the documented default). */
export type CampaignConfigInput = Omit<CampaignConfig, 'weights' | 'rubric' | 'quotas' | 'timeline' | 'blindReview' | 'juryMode' | 'competitiveMarginPercent'> &
  Partial<Pick<CampaignConfig, 'weights' | 'rubric' | 'quotas' | 'timeline' | 'blindReview' | 'juryMode' | 'competitiveMarginPercent'>>;

export const campaignsApi = {
  list: () => get<Campaign[]>('/campaigns'),
  get: (id: string) => get<Campaign>(`/campaigns/${id}`),
  create: (config: CampaignConfigInput) => command<{ campaignId: string }>('POST', '/campaigns', config),
  reconfigure: (id: string, config: CampaignConfigInput) => command('PUT', `/campaigns/${id}/config`, config),
  advance: (id: string, to: CampaignStage, reason?: string) => command('POST', `/campaigns/${id}/stage`, reason ? { to, reason } : { to }),
  audit: (id: string) => get<{ seq: string; actorId: string; type: string; occurredAt: string }[]>(`/campaigns/${id}/audit`),
};

export interface CandidacyInput {
  details: CandidateDetails;
  proposal: ProjectProposal;
}

export const candidaciesApi = {
  list: (campaignId: string) => get<Candidacy[]>(`/campaigns/${campaignId}/candidacies`),
  get: (id: string) => get<Candidacy>(`/candidacies/${id}`),
  submit: (campaignId: string, input: CandidacyInput) => command<{ candidacyId: string }>('POST', `/campaigns/${campaignId}/candidacies`, input),
  edit: (id: string, input: CandidacyInput) => command('PUT', `/candidacies/${id}`, input),
  withdraw: (id: string, reason?: string) => command('POST', `/candidacies/${id}/withdraw`, reason ? { reason } : {}),
  decide: (id: string, decision: 'accepted' | 'rejected', reason: string) => command('POST', `/candidacies/${id}/qualification`, { decision, reason }),
};
