import { CONSENT_BEFORE_IT_WAS_ASKED } from '../candidacy/candidacy-consent';
import type { CampaignState } from '../campaign/campaign';
import { type CampaignConfig, withDefaults } from '../campaign/campaign-config';
import type { CampaignStage } from '../campaign/campaign-stage';
import type { Candidacies, CandidacyState, CandidacyStatus } from '../candidacy/candidacy';
import { DomainError } from '../shared/domain-error';
import type { DomainEvent } from '../shared/domain-event';

/** Small builders shared by the evaluation specs (not a spec itself: no tests here). */
export const CAMPAIGN_ID = 'c0000000-0000-4000-8000-000000000000';

export function campaignIn(stage: CampaignStage, config: Partial<CampaignConfig> = {}): CampaignState {
  return {
    id: CAMPAIGN_ID,
    stage,
    config: withDefaults({ title: 'T', organisingBody: 'O', positions: [{ key: 'p', title: 'P', seats: 1 }], ...config }),
  };
}

export function candidacy(id: string, candidateId: string, status: CandidacyStatus = 'accepted', name = `Name ${id}`): CandidacyState {
  return {
    id,
    candidateId,
    status,
    submittedAt: '2025-01-01T00:00:00.000Z',
    details: {
      name,
      contact: `contact-${id}`,
      gender: 'female',
      birthYear: 1990,
      education: '本科',
      employer: `Employer ${id}`,
      sector: 's',
      employment: 'part-time',
      grassrootsFrontline: true,
      statement: 'st',
    },
    proposal: { title: 't', problem: 'p', beneficiaries: 'b', actions: 'a', milestones: 'm', budget: '100.00', expectedOutcomes: 'e' },
    consent: CONSENT_BEFORE_IT_WAS_ASKED,
  };
}

export const candidaciesOf = (...cs: CandidacyState[]): Candidacies => new Map(cs.map((c) => [c.id, c]));

export const ev = <T extends string, P>(type: T, payload: P): DomainEvent<T, P> => ({ type, payload });

/** Runs `fn` and returns the DomainError it throws (fails the test when it throws nothing or something else). */
export function rejection(fn: () => unknown): { code: string; kind: string } {
  try {
    fn();
  } catch (err) {
    if (err instanceof DomainError) return { code: err.code, kind: err.kind };
    throw err;
  }
  throw new Error('expected a DomainError, but nothing was thrown');
}

/** Full marks on the default rubric minus `less` on needs-fit (keeps every score on the 0.5 step). */
export const fullSheet = (needsFit: string | number = 30) => ({
  'needs-fit': String(needsFit),
  feasibility: '25',
  innovation: '20',
  sustainability: '15',
  presentation: '10',
});
