import { type CampaignStage, stageIndex } from '../campaign/campaign-stage';
import type { CandidateDetails, ProjectProposal } from '../candidacy/candidacy-details';

/*
 * Blind review (a campaign option): while project review is open, experts see a candidate's proposal without
 * her identity. The organiser always sees everything; once project review closes, experts do too.
 */

export const REDACTED = '〔已隐去 redacted〕';

/** True while experts must not see who a candidate is. */
export function isBlindForExperts(campaign: { readonly config: { readonly blindReview?: boolean }; readonly stage: CampaignStage }): boolean {
  return !!campaign.config.blindReview && stageIndex(campaign.stage) <= stageIndex('project-review');
}

/** The details that say who she is; a blind view shows none of `CandidateDetails`, and these are scrubbed from the proposal too. */
export function identifyingTexts(details: Pick<CandidateDetails, 'name' | 'contact' | 'employer'>, candidateId?: string): string[] {
  return (
    [details.name, details.contact, details.employer, candidateId]
      .filter((t): t is string => typeof t === 'string')
      .map((t) => t.trim())
      // One character (a common surname) would blank out half the text; such names cannot be matched reliably.
      .filter((t) => t.length >= 2)
      // Longest first, so that "周晓雯" is replaced whole before a shorter text inside it.
      .sort((a, b) => b.length - a.length)
  );
}

/** The proposal with every literal occurrence of the candidate's name, contact, employer and user id replaced. */
export function redactProposal(
  proposal: ProjectProposal,
  details: Pick<CandidateDetails, 'name' | 'contact' | 'employer'>,
  candidateId?: string,
): ProjectProposal {
  const needles = identifyingTexts(details, candidateId);
  const scrub = (text: string) => needles.reduce((acc, needle) => acc.split(needle).join(REDACTED), text);
  return {
    title: scrub(proposal.title),
    problem: scrub(proposal.problem),
    beneficiaries: scrub(proposal.beneficiaries),
    actions: scrub(proposal.actions),
    milestones: scrub(proposal.milestones),
    budget: proposal.budget,
    expectedOutcomes: scrub(proposal.expectedOutcomes),
  };
}
