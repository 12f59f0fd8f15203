import type { DomainEvent } from '../shared/domain-event';
import { type Fold, foldHistory } from '../shared/fold';
import { type MapDraft, PersistentMap } from '../shared/persistent-map';
import type { CongressBallot, PaperCount } from './ballot-count';
import type { CongressElectionEvent, CongressRoundClosed, CongressRoundKind, CongressVotingMethod, ElectionCompleted } from './congress-events';
import { type CompetitiveException, DEFAULT_QUORUM, type MajorityBase, type QuorumRule } from './congress-round';

/*
 * The congress election as a process (DOMAIN.md stage 9): the delegate roster and check-in, rounds per position
 * in the configured order, electronic ballots with one-time credentials or a paper count, and the count of each
 * round with the tally rules of `tallyCongressElection` / `tallyRunOff` (which decide every number; nothing here
 * re-implements them). State is folded from the campaign's stream; decisions return events or throw DomainError.
 *
 * The candidate pool is the finalists of inspection: the last `InspectionClosed` event in the stream
 * (`{ finalists: { candidacyId, rank }[] }`, best rank first).
 *
 * This file: the election's state and its fold. Reading it: congress-progress.ts. Decisions: congress-delegates.ts
 * (rules, roster, check-in), congress-round-lifecycle.ts (open, close), congress-voting.ts (credentials, ballots,
 * paper counts); counting a round: congress-round-count.ts; quotas on the elected: congress-elected-quotas.ts.
 */

export interface CongressDelegate {
  readonly delegateId: string;
  readonly name: string;
  readonly checkedIn: boolean;
}

export interface CongressRoundState {
  readonly roundId: string;
  readonly positionKey: string;
  readonly number: number;
  readonly positionRound: number;
  readonly kind: CongressRoundKind;
  readonly repeatOf: string | null;
  readonly method: CongressVotingMethod;
  readonly seats: number;
  readonly candidateIds: readonly string[];
  readonly writeInEligibleIds: readonly string[] | null;
  readonly competitiveException: CompetitiveException | null;
  readonly registeredDelegates: number;
  readonly presentDelegates: number;
  readonly presentDelegateIds: readonly string[];
  readonly quorum: QuorumRule;
  readonly majorityBase: MajorityBase;
  readonly status: 'open' | 'closed';
  /** Electronic rounds: credential hash → used. */
  readonly credentials: ReadonlyMap<string, boolean>;
  /** Electronic rounds: the secret ballots cast so far. */
  readonly ballots: readonly CongressBallot[];
  /** Paper rounds: the latest accepted count. */
  readonly paperCount: PaperCount | null;
  /** Once closed: the count. */
  readonly outcome: CongressRoundClosed['payload'] | null;
}

export interface CongressElectionState {
  /** The finalists of inspection in rank order; null until inspection has closed. */
  readonly finalists: readonly { candidacyId: string; rank: number }[] | null;
  readonly quorum: QuorumRule;
  readonly majorityBase: MajorityBase;
  /** In registration order. */
  readonly delegates: ReadonlyMap<string, CongressDelegate>;
  /** In the order opened. */
  readonly rounds: readonly CongressRoundState[];
  readonly completed: ElectionCompleted['payload'] | null;
  /** Further rounds opened because the elected broke a quota, in order (each vacates seats for qualifying candidates). */
  readonly quotaFurtherRounds: readonly QuotaFurtherRoundState[];
}

/** A quota further round as the rules read it: `afterRounds` is how many rounds existed when it was opened. */
export interface QuotaFurtherRoundState {
  readonly positionKey: string;
  readonly vacatedCandidacyIds: readonly string[];
  readonly eligibleCandidacyIds: readonly string[];
  readonly afterRounds: number;
}

/** What the contract with inspection says its closing event carries. */
interface InspectionClosedFact {
  readonly type: 'InspectionClosed';
  readonly payload: { campaignId: string; finalists: { candidacyId: string; rank: number }[] };
}

type MutableRound = { -readonly [K in keyof CongressRoundState]: CongressRoundState[K] } & {
  credentials: Map<string, boolean>;
  ballots: CongressBallot[];
};

interface CongressDraft {
  finalists: CongressElectionState['finalists'];
  quorum: QuorumRule;
  majorityBase: MajorityBase;
  readonly delegates: MapDraft<string, CongressDelegate>;
  /** Copied on resume (a congress has few rounds); a round itself is copied at its first change in this draft. */
  readonly rounds: CongressRoundState[];
  readonly owned: Set<CongressRoundState>;
  completed: CongressElectionState['completed'];
  readonly quotaFurtherRounds: QuotaFurtherRoundState[];
}

/** The round with this id that this draft may change: the last opened with it, as before snapshots existed. */
function roundToChange(draft: CongressDraft, roundId: string): MutableRound | undefined {
  for (let i = draft.rounds.length - 1; i >= 0; i -= 1) {
    const round = draft.rounds[i];
    if (round.roundId !== roundId) continue;
    if (draft.owned.has(round)) return round as MutableRound;
    const copy: MutableRound = { ...round, credentials: new Map(round.credentials), ballots: [...round.ballots] };
    draft.rounds[i] = copy;
    draft.owned.add(copy);
    return copy;
  }
  return undefined;
}

function applyCongressEvent(draft: CongressDraft, raw: DomainEvent): CongressDraft {
  if (raw.type === 'InspectionClosed') {
    const e = raw as InspectionClosedFact;
    draft.finalists = [...(e.payload.finalists ?? [])].map((f) => ({ candidacyId: f.candidacyId, rank: f.rank })).sort((a, b) => a.rank - b.rank);
    return draft;
  }
  const { delegates } = draft;
  const e = raw as CongressElectionEvent;
  switch (e.type) {
    case 'CongressElectionRulesSet':
      draft.quorum = e.payload.quorum;
      draft.majorityBase = e.payload.majorityBase;
      break;
    case 'CongressDelegatesRegistered':
      for (const d of e.payload.delegates) delegates.set(d.delegateId, { delegateId: d.delegateId, name: d.name, checkedIn: false });
      break;
    case 'CongressDelegateCheckedIn': {
      const d = delegates.get(e.payload.delegateId);
      if (d) delegates.set(d.delegateId, { ...d, checkedIn: true });
      break;
    }
    case 'CongressDelegateCheckInCancelled': {
      const d = delegates.get(e.payload.delegateId);
      if (d) delegates.set(d.delegateId, { ...d, checkedIn: false });
      break;
    }
    case 'CongressRoundOpened': {
      const { campaignId: _c, ...p } = e.payload;
      const round: MutableRound = { ...p, status: 'open', credentials: new Map(), ballots: [], paperCount: null, outcome: null };
      draft.rounds.push(round);
      draft.owned.add(round);
      break;
    }
    case 'CongressCredentialsIssued': {
      const round = roundToChange(draft, e.payload.roundId);
      if (round) round.credentials = new Map(e.payload.codeHashes.map((h) => [h, false]));
      break;
    }
    case 'CongressCredentialUsed': {
      const round = roundToChange(draft, e.payload.roundId);
      if (round?.credentials.has(e.payload.codeHash)) round.credentials.set(e.payload.codeHash, true);
      break;
    }
    case 'CongressBallotCast': {
      const round = roundToChange(draft, e.payload.roundId);
      if (round) round.ballots.push({ marks: e.payload.marks, writeIns: e.payload.writeIns });
      break;
    }
    case 'CongressBallotBoxOpened': {
      const round = roundToChange(draft, e.payload.roundId);
      if (!round) break;
      for (const b of e.payload.ballots) round.ballots.push({ marks: b.marks, writeIns: b.writeIns });
      for (const h of e.payload.usedCodeHashes) if (round.credentials.has(h)) round.credentials.set(h, true);
      break;
    }
    case 'CongressPaperCountRecorded': {
      const round = roundToChange(draft, e.payload.roundId);
      if (round) round.paperCount = e.payload.count;
      break;
    }
    case 'CongressRoundClosed': {
      const round = roundToChange(draft, e.payload.roundId);
      if (round) {
        round.status = 'closed';
        round.outcome = e.payload;
      }
      break;
    }
    case 'ElectionCompleted':
      draft.completed = e.payload;
      break;
    case 'QuotaFurtherRoundOpened':
      // The vacated seats are open again: the election is not complete until they are filled.
      draft.completed = null;
      draft.quotaFurtherRounds.push({
        positionKey: e.payload.positionKey,
        vacatedCandidacyIds: [...e.payload.vacatedCandidacyIds],
        eligibleCandidacyIds: [...e.payload.eligibleCandidacyIds],
        afterRounds: draft.rounds.length,
      });
      break;
    default:
      break;
  }
  return draft;
}

export const CONGRESS_ELECTION_FOLD: Fold<CongressElectionState, CongressDraft> = {
  name: 'congress-election',
  version: 2,
  initial: () => ({
    finalists: null,
    quorum: DEFAULT_QUORUM,
    majorityBase: 'present',
    delegates: new Map(),
    rounds: [],
    completed: null,
    quotaFurtherRounds: [],
  }),
  resume: (s) => ({
    ...s,
    delegates: PersistentMap.of(s.delegates).draft(),
    rounds: [...s.rounds],
    owned: new Set(),
    quotaFurtherRounds: [...s.quotaFurtherRounds],
  }),
  apply: applyCongressEvent,
  seal: (d) => ({
    finalists: d.finalists,
    quorum: d.quorum,
    majorityBase: d.majorityBase,
    delegates: d.delegates.done(),
    rounds: d.rounds,
    completed: d.completed,
    quotaFurtherRounds: d.quotaFurtherRounds,
  }),
};

/** Folds the election from the campaign's stream (one pass over the events after its snapshot; a big congress's stream is long). */
export const foldCongressElection = (history: readonly DomainEvent[]): CongressElectionState => foldHistory(CONGRESS_ELECTION_FOLD, history);

/** The delegates checked in now. */
export const presentDelegateIds = (state: CongressElectionState): string[] => [...state.delegates.values()].filter((d) => d.checkedIn).map((d) => d.delegateId);
