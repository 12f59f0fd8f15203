import type { ResultsState } from '../results/results';

/**
 * The people a certified campaign hands on to the campaign above it, each once: its elected, position by position,
 * then (an honours round, e.g. a community's best families) everyone it awarded, tier by tier. Null while the
 * result is not certified.
 */
export function certifiedFinalistsOf(results: Pick<ResultsState, 'published' | 'certified'>): string[] | null {
  if (!results.certified || !results.published) return null;
  const { elected, awards = [] } = results.published;
  return [...new Set([...elected.flatMap((p) => p.candidacyIds), ...awards.flatMap((t) => t.candidacyIds)])];
}
