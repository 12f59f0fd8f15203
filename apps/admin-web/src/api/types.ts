/** Shapes of the api's answers (see /api/docs-json and apps/api/src/http/**). Decimals travel as text. */
export const CAMPAIGN_STAGES = [
  'draft',
  'candidacy-open',
  'qualification-review',
  'project-review',
  'panel-opinion',
  'jury',
  'ranking',
  'inspection',
  'election',
  'publicity',
  'certified',
] as const;
export type CampaignStage = (typeof CAMPAIGN_STAGES)[number];

export interface Position {
  key: string;
  title: string;
  seats: number;
}
export interface Weights {
  projectReview: string;
  panelOpinion: string;
  jury: string;
}
export interface RubricCriterion {
  key: string;
  title: string;
  max: string;
  step: string;
}
export interface Quota {
  attribute: 'grassrootsFrontline' | 'employment' | 'gender';
  equals?: string | boolean;
  minSharePercent?: number;
  maxSharePercent?: number;
  appliesTo: 'shortlist' | 'elected';
}
export interface Timeline {
  candidacyOpensAt?: string;
  candidacyClosesAt?: string;
  juryClosesAt?: string;
  congressAt?: string;
}
export interface CampaignConfig {
  title: string;
  organisingBody: string;
  positions: Position[];
  weights: Weights;
  rubric: RubricCriterion[];
  juryMode: 'score' | 'approval';
  approvalLimit?: number;
  competitiveMarginPercent: number;
  quotas: Quota[];
  timeline: Timeline;
  blindReview: boolean;
}
export interface Campaign {
  id: string;
  title: string;
  organisingBody: string;
  /** The organisation it belongs to (null only for campaigns from before organisations). */
  organisationId: string | null;
  stage: CampaignStage;
  nextStage: CampaignStage | null;
  config: CampaignConfig;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export const GENDERS = ['female', 'male', 'other'] as const;
export const EMPLOYMENT_TYPES = ['full-time', 'seconded', 'part-time'] as const;
export interface CandidateDetails {
  name: string;
  contact: string;
  gender: (typeof GENDERS)[number];
  birthYear: number;
  education: string;
  employer: string;
  sector: string;
  employment: (typeof EMPLOYMENT_TYPES)[number];
  grassrootsFrontline: boolean;
  statement: string;
}
export interface ProjectProposal {
  title: string;
  problem: string;
  beneficiaries: string;
  actions: string;
  milestones: string;
  budget: string;
  expectedOutcomes: string;
}
export type CandidacyStatus = 'submitted' | 'withdrawn' | 'accepted' | 'rejected';
export interface CandidacyConsent {
  processing: boolean;
  publishName: boolean;
  publishEmployer: boolean;
  publishProjectTitle: boolean;
}
export interface Candidacy {
  id: string;
  campaignId: string;
  candidateId: string;
  name: string;
  status: CandidacyStatus;
  qualificationReason: string | null;
  details: CandidateDetails;
  proposal: ProjectProposal;
  consent: CandidacyConsent;
  submittedAt: string;
  updatedAt: string;
}
