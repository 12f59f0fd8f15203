import type { ResultsView } from '@app/domain';

/** Each awarded candidacy's tier title, once the tiers are published (empty in an open selection). */
export function awardTierTitles(view: Pick<ResultsView, 'awards'>): Map<string, string> {
  if (!view.awards?.published) return new Map();
  return new Map(view.awards.tiers.flatMap((t) => t.members.map((m) => [m.candidacyId, t.title] as const)));
}
