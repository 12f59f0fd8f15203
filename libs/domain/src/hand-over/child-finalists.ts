import type { CampaignState } from '../campaign/campaign';
import { assertStage } from '../campaign/campaign-stage';
import type { Candidacies } from '../candidacy/candidacy';
import { candidaciesOf } from '../candidacy/candidacies-by-candidate';
import type { CandidacyEvent } from '../candidacy/candidacy-events';
import { lineage, type OrganisationTree } from '../organisation/organisation-scope';
import type { ResultsState } from '../results/results';
import { conflict, invalid, notFound } from '../shared/domain-error';
import type { DomainEvent } from '../shared/domain-event';
import { certifiedFinalistsOf } from './certified-finalists';
import type { ChildFinalistsAdopted } from './hand-over-events';

/** What the parent reads of one child campaign, from the child's own log (never written to). */
export interface ChildCampaign {
  readonly campaignId: string;
  /** Undefined: no such campaign. */
  readonly campaign: CampaignState | undefined;
  readonly organisationId: string | null;
  readonly candidacies: Candidacies;
  readonly results: ResultsState;
  readonly lastEventHash: string;
}

export interface ParentCampaign {
  readonly campaign: CampaignState;
  readonly organisationId: string | null;
  readonly candidacies: Candidacies;
  readonly history: readonly DomainEvent[];
}

/** The organisation a campaign was created for, as its CampaignCreated recorded it (null before organisations). */
export function organisationOfCampaign(history: readonly DomainEvent[]): string | null {
  const created = history.find((e) => e.type === 'CampaignCreated');
  return (created?.payload as { organisationId?: string } | undefined)?.organisationId ?? null;
}

/** The child campaigns this parent has adopted from, in the order it did. */
export const adoptedChildCampaigns = (history: readonly DomainEvent[]): string[] =>
  history.filter((e): e is ChildFinalistsAdopted => e.type === 'ChildFinalistsAdopted').map((e) => e.payload.childCampaignId);

/** Strictly below: the child's organisation has the parent's among its ancestors. */
const isBelow = (tree: OrganisationTree, childOrganisation: string | null, parentOrganisation: string | null) =>
  childOrganisation !== null && parentOrganisation !== null && lineage(tree, childOrganisation).slice(1).includes(parentOrganisation);

/**
 * Community rounds feeding a city round (issue 16): while candidacy is open, a campaign takes the certified
 * finalists of campaigns of organisations below its own as its candidates. Each finalist becomes a candidacy of the
 * parent with her details, proposal and consent as the child last recorded them, nominated by the child campaign;
 * one ChildFinalistsAdopted per child records which state of the child's log they came from. A child is adopted
 * at most once; a finalist already standing in the parent refuses the whole command (nothing half-adopted).
 */
export function adoptChildFinalists(
  parent: ParentCampaign,
  children: readonly ChildCampaign[],
  tree: OrganisationTree,
  input: { submittedAt: Date; candidacyIdFor: (childCampaignId: string, childCandidacyId: string) => string },
): DomainEvent[] {
  assertStage(parent.campaign.stage, 'candidacy-open', 'adopt the finalists of child campaigns');
  if (children.length === 0) throw invalid('hand-over.no-children', 'Choose at least one child campaign.', 'childCampaignIds');
  const ids = children.map((c) => c.campaignId);
  if (new Set(ids).size !== ids.length) throw invalid('hand-over.child-twice', 'A child campaign is listed twice.', 'childCampaignIds');
  const adopted = new Set(adoptedChildCampaigns(parent.history));
  const standing = new Set<string>();
  const events: DomainEvent[] = [];
  for (const child of children) {
    if (!child.campaign || child.campaign.discarded)
      throw notFound('hand-over.child-not-found', `Campaign ${child.campaignId} does not exist.`, 'childCampaignIds');
    const title = child.campaign.config.title;
    if (!isBelow(tree, child.organisationId, parent.organisationId)) {
      throw conflict('hand-over.child-not-below', `"${title}" is not a campaign of an organisation below this one.`, 'childCampaignIds', { title });
    }
    if (adopted.has(child.campaignId)) {
      throw conflict('hand-over.already-adopted', `The finalists of "${title}" have already been adopted.`, 'childCampaignIds', { title });
    }
    const finalists = certifiedFinalistsOf(child.results);
    if (!finalists) throw conflict('hand-over.child-not-certified', `"${title}" has no certified result yet.`, 'childCampaignIds', { title });
    const candidacies = finalists.map((childCandidacyId) => {
      const finalist = child.candidacies.get(childCandidacyId);
      if (!finalist) throw new Error(`Elected candidacy ${childCandidacyId} is missing from campaign ${child.campaignId}`);
      const already = candidaciesOf(parent.candidacies, finalist.candidateId).some((c) => c.status !== 'withdrawn');
      if (already || standing.has(finalist.candidateId)) {
        throw conflict('hand-over.finalist-already-standing', `${finalist.details.name} already stands in this campaign.`, 'childCampaignIds', {
          name: finalist.details.name,
        });
      }
      standing.add(finalist.candidateId);
      const candidacyId = input.candidacyIdFor(child.campaignId, childCandidacyId);
      const submitted: CandidacyEvent = {
        type: 'CandidacySubmitted',
        payload: {
          campaignId: parent.campaign.id,
          candidacyId,
          candidateId: finalist.candidateId,
          details: finalist.details,
          proposal: finalist.proposal,
          consent: finalist.consent,
          nomination: { channel: 'child-campaign', childCampaignId: child.campaignId, childCandidacyId },
          submittedAt: input.submittedAt.toISOString(),
        },
      };
      events.push(submitted);
      return { childCandidacyId, candidacyId };
    });
    const record: ChildFinalistsAdopted = {
      type: 'ChildFinalistsAdopted',
      payload: { campaignId: parent.campaign.id, childCampaignId: child.campaignId, childLastEventHash: child.lastEventHash, candidacies },
    };
    events.push(record);
  }
  return events;
}
