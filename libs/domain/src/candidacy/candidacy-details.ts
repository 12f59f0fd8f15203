export const EMPLOYMENT_TYPES = ['full-time', 'seconded', 'part-time'] as const;
export type EmploymentType = (typeof EMPLOYMENT_TYPES)[number];

export const GENDERS = ['female', 'male', 'other'] as const;
export type Gender = (typeof GENDERS)[number];

/**
 * Who the candidate is. Age (birth year), education and rank are recorded for the record and for statistics,
 * but no rule ever reads them to exclude anyone (DOMAIN.md stage 2, always).
 */
export interface CandidateDetails {
  readonly name: string;
  readonly contact: string;
  readonly gender: Gender;
  readonly birthYear: number;
  readonly education: string;
  readonly employer: string;
  readonly sector: string;
  readonly employment: EmploymentType;
  readonly grassrootsFrontline: boolean;
  readonly statement: string;
  /**
   * The campaign's extra quota attributes (`CampaignConfig.candidateAttributes`), checked against its definitions;
   * kept in clear like the other quota attributes. Left out when the campaign defines none.
   */
  readonly attributes?: Readonly<Record<string, string | boolean>>;
}

export interface ProjectProposal {
  readonly title: string;
  readonly problem: string;
  readonly beneficiaries: string;
  readonly actions: string;
  readonly milestones: string;
  /** Budget in yuan, whole fen as text ("12000.00"), never a float. */
  readonly budget: string;
  readonly expectedOutcomes: string;
}
