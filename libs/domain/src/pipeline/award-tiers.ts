import type { AwardPublication, AwardTier } from './pipeline-template';

export interface AwardedTier {
  readonly tierKey: string;
  readonly candidacyIds: readonly string[];
}

/** How many places the tiers have in all: the finalists an honours campaign needs. */
export const awardPlaces = (tiers: readonly AwardTier[]): number => tiers.reduce((n, t) => n + t.size, 0);

/**
 * The tiers filled from the finalists in ranking order: tier 1 takes the first `size`, tier 2 the next, and so
 * on; a finalist is in one tier at most, and a tier with too few finalists left stays short. Unranked, each tier's
 * members are listed by candidacy id, an order that says nothing of their rank.
 */
export function allocateAwardTiers(
  finalists: readonly { candidacyId: string; rank: number }[],
  tiers: readonly AwardTier[],
  publication: AwardPublication = 'ranked',
): AwardedTier[] {
  const byRank = [...finalists].sort((a, b) => a.rank - b.rank || (a.candidacyId < b.candidacyId ? -1 : 1)).map((f) => f.candidacyId);
  let next = 0;
  return tiers.map((tier) => {
    const members = byRank.slice(next, next + tier.size);
    next += members.length;
    return { tierKey: tier.key, candidacyIds: publication === 'unranked' ? [...members].sort() : members };
  });
}
