import type { ResultsState } from '../results/results';

/**
 * The people a certified campaign hands on to the campaign above it: its elected, position by position, each once.
 * Null while the result is not certified. (An honours campaign's award tiers will count here too.)
 */
export function certifiedFinalistsOf(results: Pick<ResultsState, 'published' | 'certified'>): string[] | null {
  if (!results.certified || !results.published) return null;
  return [...new Set(results.published.elected.flatMap((p) => p.candidacyIds))];
}
