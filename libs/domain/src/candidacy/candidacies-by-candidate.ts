import type { DomainEvent } from '../shared/domain-event';
import { type Fold, foldHistory } from '../shared/fold';
import { type MapDraft, PersistentMap } from '../shared/persistent-map';
import type { Candidacies, CandidacyState } from './candidacy';
import type { CandidacyEvent } from './candidacy-events';

/** Each candidate's candidacy ids in the campaign, in the order she submitted them. */
export type CandidaciesByCandidate = ReadonlyMap<string, readonly string[]>;

/**
 * The index that lets a submission find the candidate's own candidacy without reading every candidacy of the
 * campaign (a campaign of 10,000 candidacies would read 10,000 per submission).
 */
export const CANDIDACIES_BY_CANDIDATE_FOLD: Fold<CandidaciesByCandidate, MapDraft<string, readonly string[]>> = {
  name: 'candidacies-by-candidate',
  version: 1,
  initial: () => new Map(),
  resume: (state) => PersistentMap.of(state).draft(),
  apply: (draft, event) => {
    const e = event as CandidacyEvent;
    if (e.type === 'CandidacySubmitted') {
      const ids = draft.get(e.payload.candidateId) ?? [];
      if (!ids.includes(e.payload.candidacyId)) draft.set(e.payload.candidateId, [...ids, e.payload.candidacyId]);
    }
    return draft;
  },
  seal: (draft) => draft.done(),
};

export const foldCandidaciesByCandidate = (history: readonly DomainEvent[]): CandidaciesByCandidate => foldHistory(CANDIDACIES_BY_CANDIDATE_FOLD, history);

/** Her candidacies as they stand, through the index when there is one, else by reading them all. */
export function candidaciesOf(candidacies: Candidacies, candidateId: string, byCandidate?: CandidaciesByCandidate): CandidacyState[] {
  if (!byCandidate) return [...candidacies.values()].filter((c) => c.candidateId === candidateId);
  return (byCandidate.get(candidateId) ?? []).map((id) => candidacies.get(id)).filter((c): c is CandidacyState => c?.candidateId === candidateId);
}
