import type { Schemas } from './contract';

/** Campaigns and candidacies as the api answers them (generated from its OpenAPI document; see contract.ts). */
export type { CampaignStage, StageActivity, StageDefinition } from './contract';

export type Campaign = Schemas['CampaignView'];
export type CampaignConfig = Schemas['CampaignConfig'];
export type Position = Schemas['Position'];
export type Weights = Schemas['WeightsConfig'];
export type RubricCriterion = Schemas['RubricCriterion'];
export type Quota = Schemas['QuotaRule'];
export type AttributeDefinition = Schemas['AttributeDefinition'];
export type Timeline = Schemas['CampaignTimeline'];

/** The values the candidacy form offers (the api's enums, in the form's order). */
export const GENDERS = ['female', 'male', 'other'] as const satisfies readonly Schemas['CandidateDetails']['gender'][];
export const EMPLOYMENT_TYPES = ['full-time', 'seconded', 'part-time'] as const satisfies readonly Schemas['CandidateDetails']['employment'][];
export type CandidateDetails = Schemas['CandidateDetails'];
export type ProjectProposal = Schemas['ProjectProposal'];
export type CandidacyStatus = Schemas['CandidacyStatus'];
export type CandidacyConsent = Schemas['CandidacyConsent'];
export type Candidacy = Schemas['CandidacyView'];
