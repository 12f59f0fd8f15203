import type { DomainEvent } from '../shared/domain-event';
import { type Fold, foldHistory, immutableFold } from '../shared/fold';
import type { InspectionRecorded, RankingLine, ShortlistingEvent } from './shortlisting-events';

/** What ranking, shortlist and inspection have recorded so far in a campaign. */
export interface ShortlistingState {
  readonly ranking: readonly RankingLine[] | null;
  /** Current shortlist members in rank order (after any replacements). */
  readonly members: readonly { candidacyId: string; rank: number }[];
  readonly inspections: ReadonlyMap<string, InspectionRecorded['payload']>;
  /** Candidates who failed inspection: never brought back. */
  readonly failed: ReadonlySet<string>;
  readonly finalists: readonly { candidacyId: string; rank: number }[] | null;
}

const EMPTY: ShortlistingState = { ranking: null, members: [], inspections: new Map(), failed: new Set(), finalists: null };

export function evolveShortlisting(state: ShortlistingState, event: DomainEvent): ShortlistingState {
  const e = event as ShortlistingEvent;
  switch (e.type) {
    case 'RankingFrozen':
      return { ...state, ranking: e.payload.lines };
    case 'ShortlistFormed':
      return { ...state, members: e.payload.members.map(({ candidacyId, rank }) => ({ candidacyId, rank })) };
    case 'InspectionRecorded': {
      const inspections = new Map(state.inspections).set(e.payload.candidacyId, e.payload);
      const failed = new Set(state.failed);
      if (e.payload.result === 'fail') failed.add(e.payload.candidacyId);
      else failed.delete(e.payload.candidacyId);
      return { ...state, inspections, failed };
    }
    case 'ShortlistMemberReplaced': {
      const members = state.members.filter((m) => m.candidacyId !== e.payload.failedId);
      if (e.payload.replacement) members.push(e.payload.replacement);
      return { ...state, members: members.sort((a, b) => a.rank - b.rank) };
    }
    case 'InspectionClosed':
      return { ...state, finalists: e.payload.finalists };
    default:
      return state;
  }
}

/** Replaced per event: its maps hold the shortlist's few members, whatever the history's length. */
export const SHORTLISTING_FOLD: Fold<ShortlistingState> = immutableFold('shortlisting', 1, () => EMPTY, evolveShortlisting);

export const foldShortlisting = (history: readonly DomainEvent[]): ShortlistingState => foldHistory(SHORTLISTING_FOLD, history);
