import type { CampaignState } from '../campaign/campaign';
import type { Candidacies } from '../candidacy/candidacy';
import { allocateAwardTiers } from '../pipeline/award-tiers';
import { isHonours } from '../pipeline/campaign-stages-of';
import type { AwardPublication } from '../pipeline/pipeline-template';
import type { ShortlistingState } from '../shortlisting/shortlisting-state';
import type { ResultsState } from './results';

export interface AwardTierView {
  readonly tierKey: string;
  readonly title: string;
  readonly size: number;
  /** Ranked: in rank order. Unranked: by name (zh-CN collation), which says nothing of rank (排名不分先后). */
  readonly members: { candidacyId: string; name: string; unit: string | null }[];
}

export interface AwardsView {
  readonly publication: AwardPublication;
  /** False while the tiers are only what publishing would record now (the finalists in ranking order). */
  readonly published: boolean;
  readonly tiers: AwardTierView[];
}

const byName = new Intl.Collator('zh-CN');

/**
 * An honours campaign's tiers: as published, or (before publication, for the organiser) as publishing would fill
 * them from the finalists. The unit is the candidate's employer; the public sees it only with her consent.
 */
export function awardsView(
  campaign: CampaignState,
  candidacies: Candidacies,
  shortlisting: Pick<ShortlistingState, 'finalists'>,
  results: Pick<ResultsState, 'published'>,
  audience: 'public' | 'organiser',
): AwardsView | null {
  if (!isHonours(campaign.config)) return null;
  const pipeline = campaign.config.pipeline!;
  const recorded = results.published?.awards;
  const publication = results.published?.publication ?? pipeline.publication ?? 'unranked';
  const allocated = recorded ?? (shortlisting.finalists ? allocateAwardTiers(shortlisting.finalists, pipeline.awardTiers ?? [], publication) : []);
  const tiers = (pipeline.awardTiers ?? []).map((tier) => {
    const ids = allocated.find((a) => a.tierKey === tier.key)?.candidacyIds ?? [];
    const members = ids.map((candidacyId) => {
      const c = candidacies.get(candidacyId);
      const unit = c && (audience === 'organiser' || c.consent.publishEmployer) ? c.details.employer : null;
      return { candidacyId, name: c?.details.name ?? candidacyId, unit };
    });
    if (publication === 'unranked') members.sort((a, b) => byName.compare(a.name, b.name) || (a.candidacyId < b.candidacyId ? -1 : 1));
    return { tierKey: tier.key, title: tier.title, size: tier.size, members };
  });
  return { publication, published: !!recorded, tiers };
}
