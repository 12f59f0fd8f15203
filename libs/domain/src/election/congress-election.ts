import type { CampaignState } from '../campaign/campaign';
import type { CampaignConfig, Position } from '../campaign/campaign-config';
import { assertStage, stageIndex } from '../campaign/campaign-stage';
import type { Candidacies } from '../candidacy/candidacy';
import { type CandidateAttributes, checkQuotas, type Quota, type QuotaViolation } from '../ranking/quota-check';
import { conflict, forbidden, invalid, notFound } from '../shared/domain-error';
import type { DomainEvent } from '../shared/domain-event';
import { type Fold, foldHistory } from '../shared/fold';
import { type MapDraft, PersistentMap } from '../shared/persistent-map';
import { type CongressBallot, countVotes, type InvalidBallotReason, type Mark, type PaperCount, type RoundVotes } from './ballot-count';
import {
  type CompetitiveException, type CongressRoundConfig, DEFAULT_QUORUM, hasQuorum, type MajorityBase, openCongressRound, type QuorumRule,
} from './congress-round';
import type {
  CongressBallotBoxOpened, CongressCredentialsIssued, CongressDelegateCheckedIn, CongressDelegateCheckInCancelled, CongressDelegatesRegistered,
  CongressElectionEvent, CongressElectionRulesSet, CongressPaperCountRecorded, CongressPositionFilled, CongressRoundClosed, CongressRoundKind,
  CongressRoundOpened, CongressVotingMethod, ElectionCompleted,
} from './congress-events';
import type { ReceiptedCongressBallot } from './congress-events';
import { openBallotBox, type RandomIndex } from './ballot-box';
import { tallyRunOff } from './run-off';
import { type CongressElectionResult, tallyCongressElection } from './tally-congress-election';

/*
 * The congress election as a process (DOMAIN.md stage 9): the delegate roster and check-in, rounds per position
 * in the configured order, electronic ballots with one-time credentials or a paper count, and the count of each
 * round with the tally rules of `tallyCongressElection` / `tallyRunOff` (which decide every number; nothing here
 * re-implements them). State is folded from the campaign's stream; decisions return events or throw DomainError.
 *
 * The candidate pool is the finalists of inspection: the last `InspectionClosed` event in the stream
 * (`{ finalists: { candidacyId, rank }[] }`, best rank first).
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
    default:
      break;
  }
  return draft;
}

export const CONGRESS_ELECTION_FOLD: Fold<CongressElectionState, CongressDraft> = {
  name: 'congress-election',
  version: 1,
  initial: () => ({ finalists: null, quorum: DEFAULT_QUORUM, majorityBase: 'present', delegates: new Map(), rounds: [], completed: null }),
  resume: (s) => ({ ...s, delegates: PersistentMap.of(s.delegates).draft(), rounds: [...s.rounds], owned: new Set() }),
  apply: applyCongressEvent,
  seal: (d) => ({ finalists: d.finalists, quorum: d.quorum, majorityBase: d.majorityBase, delegates: d.delegates.done(), rounds: d.rounds, completed: d.completed }),
};

/** Folds the election from the campaign's stream (one pass over the events after its snapshot; a big congress's stream is long). */
export const foldCongressElection = (history: readonly DomainEvent[]): CongressElectionState => foldHistory(CONGRESS_ELECTION_FOLD, history);

// ---------------------------------------------------------------------------------------------------------------
// Reading the state

export const presentDelegateIds = (state: CongressElectionState): string[] =>
  [...state.delegates.values()].filter((d) => d.checkedIn).map((d) => d.delegateId);

export const openRoundOf = (state: CongressElectionState): CongressRoundState | undefined => state.rounds.find((r) => r.status === 'open');

export const roundsOfPosition = (state: CongressElectionState, positionKey: string): CongressRoundState[] =>
  state.rounds.filter((r) => r.positionKey === positionKey);

/** Everyone elected to the position so far, in order of election. */
export function electedToPosition(state: CongressElectionState, positionKey: string): string[] {
  const closed = roundsOfPosition(state, positionKey).filter((r) => r.outcome);
  return closed.length ? [...closed[closed.length - 1].outcome!.positionElected] : [];
}

/** Everyone elected to any position, by position. */
export const electedByPosition = (state: CongressElectionState, config: CampaignConfig): { positionKey: string; candidacyIds: string[] }[] =>
  config.positions.map((p) => ({ positionKey: p.key, candidacyIds: electedToPosition(state, p.key) }));

/** The round a position needs next: what kind, for how many seats, with whom on the ballot. */
export interface NextCongressRound {
  readonly positionKey: string;
  readonly kind: CongressRoundKind;
  readonly repeatOf: string | null;
  readonly seats: number;
  readonly candidateIds: readonly string[];
  /** More candidates than seats; otherwise opening needs a recorded exception (never for a run-off). */
  readonly competitive: boolean;
}

export interface CongressPositionProgress {
  readonly position: Position;
  readonly elected: readonly string[];
  readonly filled: boolean;
  readonly openRoundId: string | null;
  /** null when the position is filled or a round of it is open. */
  readonly next: NextCongressRound | null;
}

/** The round a position needs next, from the outcome of its last closed round (null when filled or a round is open). */
export function nextCongressRound(state: CongressElectionState, config: CampaignConfig, positionKey: string): NextCongressRound | null {
  const position = config.positions.find((p) => p.key === positionKey);
  if (!position) throw notFound('election.position-unknown', `The campaign has no position "${positionKey}".`, undefined, { position: positionKey });
  const rounds = roundsOfPosition(state, positionKey);
  if (rounds.some((r) => r.status === 'open')) return null;
  const elected = electedToPosition(state, positionKey);
  if (elected.length >= position.seats) return null;
  const last = rounds[rounds.length - 1]?.outcome;
  const make = (kind: CongressRoundKind, seats: number, candidateIds: readonly string[], repeatOf: string | null = null): NextCongressRound => ({
    positionKey, kind, repeatOf, seats, candidateIds: [...candidateIds], competitive: candidateIds.length > seats,
  });
  if (!last) {
    const electedElsewhere = new Set(config.positions.filter((p) => p.key !== positionKey).flatMap((p) => electedToPosition(state, p.key)));
    const pool = (state.finalists ?? []).map((f) => f.candidacyId).filter((id) => !electedElsewhere.has(id));
    return make('first', position.seats, pool);
  }
  switch (last.status) {
    case 'void': {
      const repeated = rounds[rounds.length - 1];
      return make(repeated.kind, repeated.seats, repeated.candidateIds, repeated.roundId);
    }
    case 'run-off-required':
      return make('run-off', last.runOff!.seats, last.runOff!.candidateIds);
    case 'further-round-required':
      return make('further', last.furtherRound!.seats, last.furtherRound!.eligibleCandidateIds);
    default: {
      // 'elected' fills every seat at stake, so this is not reached; should it be, the rest stand again.
      const done = new Set(elected);
      return make('further', position.seats - elected.length, rounds[rounds.length - 1].candidateIds.filter((id) => !done.has(id)));
    }
  }
}

export function congressProgress(state: CongressElectionState, config: CampaignConfig): CongressPositionProgress[] {
  return config.positions.map((position) => {
    const elected = electedToPosition(state, position.key);
    const open = roundsOfPosition(state, position.key).find((r) => r.status === 'open');
    return {
      position,
      elected,
      filled: elected.length >= position.seats,
      openRoundId: open?.roundId ?? null,
      next: nextCongressRound(state, config, position.key),
    };
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Decisions

const assertElectionStage = (campaign: CampaignState, doing: string) => assertStage(campaign.stage, 'election', doing);

const assertNotCompleted = (state: CongressElectionState) => {
  if (state.completed) throw conflict('election.completed', 'The election is complete: every seat is filled.');
};

const requireRound = (state: CongressElectionState, roundId: string): CongressRoundState => {
  const round = state.rounds.find((r) => r.roundId === roundId);
  if (!round) throw notFound('election.round-not-found', `Round ${roundId} does not exist in this campaign.`);
  return round;
};

const requireOpenRound = (state: CongressElectionState, roundId: string, doing: string): CongressRoundState => {
  const round = requireRound(state, roundId);
  if (round.status !== 'open') throw conflict('election.round-closed', `Cannot ${doing}: round ${round.number} is closed.`, undefined, { round: round.number });
  return round;
};

const DELEGATE_ID = /^[A-Za-z0-9._-]{1,64}$/;
const CODE_HASH = /^[0-9a-f]{64}$/;
export const MAX_DELEGATES = 100_000;

/** Quorum and majority base for the congress; only before the first round opens. */
export function setCongressElectionRules(
  campaign: CampaignState,
  state: CongressElectionState,
  input: { quorum?: QuorumRule; majorityBase?: MajorityBase },
): CongressElectionRulesSet[] {
  if (stageIndex(campaign.stage) > stageIndex('election')) throw conflict('stage.wrong', `The election is over: the campaign is in stage "${campaign.stage}".`, undefined, { stage: campaign.stage });
  if (state.rounds.length > 0) throw conflict('election.rules-fixed', 'The election rules cannot change once a round has opened.');
  const quorum = input.quorum ?? state.quorum;
  const majorityBase = input.majorityBase ?? state.majorityBase;
  hasQuorum(1, 1, quorum); // validates the fraction (whole numbers, less than 1)
  if (majorityBase !== 'present' && majorityBase !== 'registered') {
    throw invalid('election.majority-base-invalid', 'The majority base must be present or registered', 'majorityBase');
  }
  return [{ type: 'CongressElectionRulesSet', payload: { campaignId: campaign.id, quorum: { numerator: quorum.numerator, denominator: quorum.denominator }, majorityBase } }];
}

/**
 * Registers delegates: given ids and names, or a count for which ids D0001, D0002, … (continuing the roster, each
 * named by its id) are
 * made. The roster is fixed once the first round opens (the registered count is the base of every quorum).
 */
export function registerCongressDelegates(
  campaign: CampaignState,
  state: CongressElectionState,
  input: { delegates?: readonly { delegateId: string; name?: string }[]; count?: number },
): CongressDelegatesRegistered[] {
  if (stageIndex(campaign.stage) > stageIndex('election')) throw conflict('stage.wrong', `The election is over: the campaign is in stage "${campaign.stage}".`, undefined, { stage: campaign.stage });
  if (state.rounds.length > 0) throw conflict('election.roster-closed', 'The roster is fixed once the first round has opened.');
  const hasList = Array.isArray(input.delegates) && input.delegates.length > 0;
  const hasCount = input.count !== undefined && input.count !== null;
  if (hasList === hasCount) throw invalid('election.roster-input', 'Give either a list of delegates or a count, not both and not neither.', 'delegates');
  let delegates: { delegateId: string; name: string }[];
  if (hasCount) {
    const count = input.count!;
    if (!Number.isSafeInteger(count) || count < 1) throw invalid('election.count-invalid', 'count must be a whole number of at least 1', 'count');
    if (state.delegates.size + count > MAX_DELEGATES) throw invalid('election.roster-too-large', `A congress has at most ${MAX_DELEGATES} delegates.`, 'count', { max: MAX_DELEGATES });
    delegates = [];
    for (let n = state.delegates.size + 1; delegates.length < count; n++) {
      const delegateId = `D${String(n).padStart(4, '0')}`;
      // Named by the id, as a listed delegate given without a name is: no words of any one language in the record.
      if (!state.delegates.has(delegateId)) delegates.push({ delegateId, name: delegateId });
    }
  } else {
    const seen = new Set<string>();
    delegates = input.delegates!.map((d, i) => {
      if (typeof d?.delegateId !== 'string' || !DELEGATE_ID.test(d.delegateId)) {
        throw invalid('election.delegate-id-invalid', 'A delegate id is 1–64 of [A-Za-z0-9._-]', `delegates.${i}.delegateId`);
      }
      if (seen.has(d.delegateId)) throw invalid('election.duplicate-delegate', `Delegate ${d.delegateId} is listed twice.`, `delegates.${i}.delegateId`, { delegate: d.delegateId });
      seen.add(d.delegateId);
      if (state.delegates.has(d.delegateId)) throw conflict('election.delegate-exists', `Delegate ${d.delegateId} is already registered.`, undefined, { delegate: d.delegateId });
      const name = (d.name ?? '').trim() || d.delegateId;
      return { delegateId: d.delegateId, name };
    });
    if (state.delegates.size + delegates.length > MAX_DELEGATES) throw invalid('election.roster-too-large', `A congress has at most ${MAX_DELEGATES} delegates.`, 'delegates', { max: MAX_DELEGATES });
  }
  return [{ type: 'CongressDelegatesRegistered', payload: { campaignId: campaign.id, delegates } }];
}

/** Delegates arriving in the hall. Each is counted present in every round opened after her check-in. */
export function checkInCongressDelegates(
  campaign: CampaignState,
  state: CongressElectionState,
  input: { delegateIds: readonly string[] },
): CongressDelegateCheckedIn[] {
  assertElectionStage(campaign, 'check delegates in');
  assertNotCompleted(state);
  if (!Array.isArray(input.delegateIds) || input.delegateIds.length === 0) throw invalid('election.delegates-missing', 'Name at least one delegate.', 'delegateIds');
  const seen = new Set<string>();
  return input.delegateIds.map((delegateId) => {
    const d = state.delegates.get(delegateId);
    if (!d) throw notFound('election.delegate-not-found', `Delegate ${delegateId} is not registered.`, 'delegateIds', { delegate: delegateId });
    if (d.checkedIn || seen.has(delegateId)) throw conflict('election.already-checked-in', `Delegate ${delegateId} is already checked in.`, 'delegateIds', { delegate: delegateId });
    seen.add(delegateId);
    return { type: 'CongressDelegateCheckedIn', payload: { campaignId: campaign.id, delegateId } };
  });
}

/**
 * Withdraws a check-in made by mistake (a wrong id scanned at the door), with the reason. Not while a round is
 * open: that round's attendance was fixed when it opened; the correction counts from the next round on.
 */
export function cancelCongressCheckIn(
  campaign: CampaignState,
  state: CongressElectionState,
  input: { delegateId: string; reason: string },
): CongressDelegateCheckInCancelled[] {
  assertElectionStage(campaign, 'withdraw a check-in');
  assertNotCompleted(state);
  const open = openRoundOf(state);
  if (open) throw conflict('election.round-open', `Round ${open.number} is open and its attendance is fixed; withdraw the check-in after it closes.`, undefined, { round: open.number });
  const d = state.delegates.get(input.delegateId);
  if (!d) throw notFound('election.delegate-not-found', `Delegate ${input.delegateId} is not registered.`, 'delegateId', { delegate: input.delegateId });
  if (!d.checkedIn) throw conflict('election.not-checked-in', `Delegate ${input.delegateId} is not checked in.`, 'delegateId', { delegate: input.delegateId });
  const reason = typeof input.reason === 'string' ? input.reason.trim() : '';
  if (!reason) throw invalid('election.reason-required', 'Say why the check-in is withdrawn.', 'reason');
  return [{ type: 'CongressDelegateCheckInCancelled', payload: { campaignId: campaign.id, delegateId: input.delegateId, reason } }];
}

export interface OpenCongressRoundInput {
  readonly roundId: string;
  readonly positionKey: string;
  readonly method: CongressVotingMethod;
  /** Allow write-ins (另选他人); not in a run-off. */
  readonly allowWriteIns?: boolean;
  /**
   * Who may be written in: qualified candidacies not on the ballot and not elected. Default (when write-ins are
   * allowed): the finalists not on the ballot and not elected.
   */
  readonly writeInEligibleIds?: readonly string[];
  /** Hold a round with no more candidates than seats (等额), with the organiser's reason. */
  readonly competitiveException?: { reason: string };
  readonly actorId: string;
}

/**
 * Opens the next round of a position. Positions go in the configured order; the ballot is decided by the rules
 * (first round: the finalists not elected to an earlier position; run-off: the tied; further round: those not
 * elected; a void round is repeated as it was). The round cannot open without quorum (more than 2/3 of
 * registered delegates checked in, by default) nor, unless an exception is recorded, with no more candidates
 * than seats.
 */
export function openCongressElectionRound(
  campaign: CampaignState,
  candidacies: Candidacies,
  state: CongressElectionState,
  input: OpenCongressRoundInput,
): CongressRoundOpened[] {
  assertElectionStage(campaign, 'open a round');
  assertNotCompleted(state);
  if (!state.finalists) throw conflict('election.no-finalists', 'Inspection has not closed: there are no finalists to elect from.');
  if (state.rounds.some((r) => r.roundId === input.roundId)) throw conflict('election.round-exists', `Round ${input.roundId} already exists.`);
  const open = openRoundOf(state);
  const positions = campaign.config.positions;
  const titleOf = (key: string) => positions.find((p) => p.key === key)?.title ?? key;
  if (open) {
    throw conflict('election.round-open', `Round ${open.number} (${titleOf(open.positionKey)}) is still open; close it first.`, undefined, {
      round: open.number,
      position: titleOf(open.positionKey),
    });
  }
  if (input.method !== 'electronic' && input.method !== 'paper') throw invalid('election.method-invalid', 'The method must be electronic or paper.', 'method');
  const index = positions.findIndex((p) => p.key === input.positionKey);
  if (index < 0) throw notFound('election.position-unknown', `The campaign has no position "${input.positionKey}".`, undefined, { position: input.positionKey });
  const position = positions[index].title;
  const earlier = positions.slice(0, index).find((p) => electedToPosition(state, p.key).length < p.seats);
  if (earlier) {
    throw conflict('election.position-out-of-order', `Positions are elected in the configured order: "${earlier.title}" still has seats to fill.`, undefined, {
      position: earlier.title,
    });
  }
  const next = nextCongressRound(state, campaign.config, input.positionKey);
  if (!next) throw conflict('election.position-filled', `Every seat of "${position}" is filled.`, undefined, { position });
  if (next.candidateIds.length === 0) throw conflict('election.no-candidates', `Nobody is left to stand for "${position}".`, undefined, { position });

  const reason = input.competitiveException?.reason?.trim();
  const competitiveException: CompetitiveException | null = reason ? { reason, recordedBy: input.actorId } : null;

  let writeInEligibleIds: string[] | null = null;
  if (input.allowWriteIns) {
    if (next.kind === 'run-off') throw invalid('election.write-ins-not-in-run-off', 'A run-off is among the tied only: no write-ins.', 'allowWriteIns');
    const onBallot = new Set(next.candidateIds);
    const electedAnywhere = new Set(positions.flatMap((p) => electedToPosition(state, p.key)));
    const available = (id: string) => !onBallot.has(id) && !electedAnywhere.has(id);
    if (input.writeInEligibleIds) {
      writeInEligibleIds = [...new Set(input.writeInEligibleIds)];
      for (const id of writeInEligibleIds) {
        const candidacy = candidacies.get(id);
        if (candidacy?.status !== 'accepted') {
          throw invalid('election.write-in-not-eligible', `${id} is not a qualified candidacy of this campaign.`, 'writeInEligibleIds', { candidate: candidacy?.details.name ?? id });
        }
        if (!available(id)) throw invalid('election.write-in-not-eligible', `${candidacy.details.name} is on the ballot or already elected.`, 'writeInEligibleIds', { candidate: candidacy.details.name });
      }
    } else {
      writeInEligibleIds = state.finalists.map((f) => f.candidacyId).filter(available);
    }
  } else if (input.writeInEligibleIds?.length) {
    throw invalid('election.write-ins-not-allowed', 'writeInEligibleIds needs allowWriteIns.', 'writeInEligibleIds');
  }

  const present = presentDelegateIds(state);
  const payload: CongressRoundOpened['payload'] = {
    campaignId: campaign.id,
    roundId: input.roundId,
    positionKey: input.positionKey,
    number: state.rounds.length + 1,
    positionRound: roundsOfPosition(state, input.positionKey).length + 1,
    kind: next.kind,
    repeatOf: next.repeatOf,
    method: input.method,
    seats: next.seats,
    candidateIds: [...next.candidateIds],
    writeInEligibleIds,
    competitiveException,
    registeredDelegates: state.delegates.size,
    presentDelegates: present.length,
    presentDelegateIds: present,
    quorum: state.quorum,
    majorityBase: state.majorityBase,
  };
  if (payload.registeredDelegates === 0) throw conflict('election.no-delegates', 'No delegates are registered.');
  // The round must be one the tally rules accept: quorum, competitiveness (a run-off always has more tied
  // candidates than seats), a sane ballot.
  openCongressRound(roundConfigOf(payload));
  return [{ type: 'CongressRoundOpened', payload }];
}

/** The tally rules' view of a round. */
export function roundConfigOf(
  round: Pick<
    CongressRoundState,
    'positionKey' | 'registeredDelegates' | 'presentDelegates' | 'quorum' | 'majorityBase' | 'seats' | 'candidateIds' | 'writeInEligibleIds' | 'competitiveException'
  >,
): CongressRoundConfig {
  return {
    positionId: round.positionKey,
    registeredDelegates: round.registeredDelegates,
    presentDelegates: round.presentDelegates,
    quorum: round.quorum,
    majorityBase: round.majorityBase,
    seats: round.seats,
    candidateIds: round.candidateIds,
    ...(round.writeInEligibleIds ? { writeIns: { eligiblePersonIds: round.writeInEligibleIds } } : {}),
    ...(round.competitiveException ? { competitiveException: round.competitiveException } : {}),
  };
}

/** The opened round as the counting rules see it, to check a ballot or a paper count before accepting it. */
const countedRound = (round: CongressRoundState) => openCongressRound(roundConfigOf(round));

/**
 * One-time credentials for an electronic round: one per delegate present when it opened, as SHA-256 hashes of
 * the codes (the codes themselves are never stored). Issuing again replaces the earlier codes, but only while no
 * ballot has been cast.
 */
export function issueCongressCredentials(
  campaign: CampaignState,
  state: CongressElectionState,
  input: { roundId: string; codeHashes: readonly string[] },
  box: CongressBallotBox = EMPTY_BALLOT_BOX,
): CongressCredentialsIssued[] {
  assertElectionStage(campaign, 'issue credentials');
  const round = requireOpenRound(state, input.roundId, 'issue credentials');
  if (round.method !== 'electronic') throw conflict('election.not-electronic', `Round ${round.number} is counted on paper: no credentials.`, undefined, { round: round.number });
  if (round.ballots.length > 0 || box.ballots.length > 0) throw conflict('election.ballots-already-cast', 'Ballots have been cast with the codes issued; they cannot be replaced now.');
  const hashes = [...(input.codeHashes ?? [])];
  if (hashes.length !== round.presentDelegates) {
    throw conflict('election.credential-count', `Round ${round.number} was opened with ${round.presentDelegates} delegates present; ${hashes.length} codes were given.`, undefined, {
      round: round.number,
      present: round.presentDelegates,
      given: hashes.length,
    });
  }
  const seen = new Set<string>();
  const elsewhere = new Set(state.rounds.filter((r) => r.roundId !== round.roundId).flatMap((r) => [...r.credentials.keys()]));
  for (const h of hashes) {
    if (typeof h !== 'string' || !CODE_HASH.test(h)) throw invalid('election.code-hash-invalid', 'A code hash is 64 lowercase hex digits (SHA-256).', 'codeHashes');
    if (seen.has(h) || elsewhere.has(h)) throw conflict('election.code-collision', 'Two credentials have the same code; issue again.');
    seen.add(h);
  }
  return [{ type: 'CongressCredentialsIssued', payload: { campaignId: campaign.id, roundId: round.roundId, codeHashes: hashes.sort() } }];
}

/** Finds the round a credential belongs to (the delegate only has her code). */
export function roundOfCredential(state: CongressElectionState, codeHash: string): CongressRoundState | undefined {
  return state.rounds.find((r) => r.credentials.has(codeHash));
}

export interface CastBallotVerdict {
  readonly valid: boolean;
  readonly invalidReason: InvalidBallotReason | null;
}

/** The round's ballot box while it is open: what was cast (no code, no time) and the credentials spent (no order). */
export interface CongressBallotBox {
  readonly ballots: readonly ReceiptedCongressBallot[];
  readonly usedCodeHashes: ReadonlySet<string>;
}

export const EMPTY_BALLOT_BOX: CongressBallotBox = { ballots: [], usedCodeHashes: new Set() };

/**
 * A delegate casts her secret ballot with her one-time code. A spent code is refused; a code of another round or
 * an unknown code is refused. The ballot goes into the round's box, not the log: no event, so that nobody watching
 * the history while delegates vote one at a time learns anything but that the box fills.
 * An over-approving ballot is accepted and counted invalid, as on paper; a ballot marking someone not on it is
 * refused (the electronic ballot offers only its candidates).
 */
export function castCongressBallot(
  campaign: CampaignState,
  state: CongressElectionState,
  box: CongressBallotBox,
  input: { roundId?: string; codeHash: string; marks: Readonly<Record<string, Mark>>; writeIns?: readonly string[] },
): { roundId: string; ballot: { marks: Record<string, Mark>; writeIns: string[] }; verdict: CastBallotVerdict } {
  assertElectionStage(campaign, 'cast a ballot');
  const round = input.roundId ? requireRound(state, input.roundId) : roundOfCredential(state, input.codeHash);
  if (!round || !round.credentials.has(input.codeHash)) throw forbidden('election.credential-unknown', 'This code is not a credential of the round.');
  if (round.status !== 'open') throw conflict('election.round-closed', `Round ${round.number} is closed.`, undefined, { round: round.number });
  if (round.credentials.get(input.codeHash) || box.usedCodeHashes.has(input.codeHash)) throw conflict('election.credential-used', 'This code has already been used to vote in this round.');
  const marks = input.marks ?? {};
  const onBallot = new Set(round.candidateIds);
  for (const [id, mark] of Object.entries(marks)) {
    if (!onBallot.has(id)) throw invalid('election.ballot-unknown-candidate', `${id} is not on the ballot of this round.`, 'marks');
    if (mark !== 'approve' && mark !== 'oppose' && mark !== 'abstain') throw invalid('election.ballot-bad-mark', `The mark for ${id} must be approve, oppose or abstain.`, 'marks');
  }
  const writeIns = [...(input.writeIns ?? [])];
  const ballot = { marks: { ...marks }, writeIns };
  const count = countVotes(countedRound(round), { method: 'electronic', ballotsIssued: round.credentials.size, ballots: [ballot] });
  const invalidReason = (Object.keys(count.invalidReasons)[0] as InvalidBallotReason | undefined) ?? null;
  return { roundId: round.roundId, ballot, verdict: { valid: count.validBallots === 1, invalidReason } };
}

/** The counting officers' paper count for a paper round; it must add up (see `countVotes`). A new entry replaces the last. */
export function recordCongressPaperCount(
  campaign: CampaignState,
  state: CongressElectionState,
  input: { roundId: string; count: Omit<PaperCount, 'method'> },
): CongressPaperCountRecorded[] {
  assertElectionStage(campaign, 'record a paper count');
  const round = requireOpenRound(state, input.roundId, 'record a paper count');
  if (round.method !== 'paper') throw conflict('election.not-paper', `Round ${round.number} is electronic: its ballots are counted by the system.`, undefined, { round: round.number });
  const count: PaperCount = {
    method: 'paper',
    ballotsIssued: input.count.ballotsIssued,
    ballotsReturned: input.count.ballotsReturned,
    invalidBallots: input.count.invalidBallots,
    perCandidate: input.count.perCandidate,
    ...(input.count.writeIns && Object.keys(input.count.writeIns).length ? { writeIns: input.count.writeIns } : {}),
  };
  countVotes(countedRound(round), count); // throws 'invalid' unless the totals add up
  return [{ type: 'CongressPaperCountRecorded', payload: { campaignId: campaign.id, roundId: round.roundId, count } }];
}

/** Counts a round with the tally rules: `tallyRunOff` for a run-off, `tallyCongressElection` otherwise. */
export function tallyRound(round: CongressRoundState, votes: RoundVotes): CongressElectionResult {
  const config = roundConfigOf(round);
  if (round.kind === 'run-off') {
    return tallyRunOff(
      { positionId: round.positionKey, registeredDelegates: round.registeredDelegates, presentDelegates: round.presentDelegates, quorum: round.quorum, seats: round.seats, candidateIds: round.candidateIds },
      votes,
    );
  }
  return tallyCongressElection(config, votes);
}

/** The votes of a round as they stand: the cast ballots, or the accepted paper count. */
export function votesOf(round: CongressRoundState): RoundVotes | null {
  if (round.method === 'paper') return round.paperCount;
  if (round.credentials.size === 0) return null;
  return { method: 'electronic', ballotsIssued: round.credentials.size, ballots: round.ballots };
}

/**
 * The organiser closes a round: it is counted and its minutes recorded. When the position's seats are all filled
 * it is recorded as filled, and when every position is filled the election completes (ElectionCompleted).
 * Outcomes needing another round (run-off, further round, void → repeat) wait for the organiser to open it.
 */
export function closeCongressElectionRound(
  campaign: CampaignState,
  state: CongressElectionState,
  input: { roundId: string },
  box: CongressBallotBox = EMPTY_BALLOT_BOX,
  randomIndex: RandomIndex = () => 0,
): (CongressBallotBoxOpened | CongressRoundClosed | CongressPositionFilled | ElectionCompleted)[] {
  assertElectionStage(campaign, 'close a round');
  const open = requireOpenRound(state, input.roundId, 'close the round');
  const opened = open.method === 'electronic' && open.credentials.size > 0 ? openBallotBox(campaign.id, open.roundId, { ballots: box.ballots, usedCodeHashes: [...box.usedCodeHashes] }, randomIndex) : null;
  // Counted as the fold will read the log with the box opened, so that the verifier gets the same count.
  const round: CongressRoundState = opened
    ? {
        ...open,
        ballots: [...open.ballots, ...opened.payload.ballots.map((b) => ({ marks: b.marks, writeIns: b.writeIns }))],
        credentials: new Map([...open.credentials].map(([h, used]) => [h, used || box.usedCodeHashes.has(h)])),
      }
    : open;
  const votes = votesOf(round);
  if (!votes) {
    throw conflict(
      round.method === 'paper' ? 'election.paper-count-missing' : 'election.credentials-not-issued',
      round.method === 'paper' ? 'Enter the paper count before closing the round.' : 'No credentials were issued for this round; nobody could vote.',
    );
  }
  const result = tallyRound(round, votes);
  const before = electedToPosition(state, round.positionKey);
  const positionElected = [...before, ...result.elected.map((c) => c.candidateId)];
  const closed: CongressRoundClosed = {
    type: 'CongressRoundClosed',
    payload: {
      campaignId: campaign.id,
      roundId: round.roundId,
      positionKey: round.positionKey,
      kind: round.kind,
      status: result.status,
      elected: result.elected.map((c) => ({ candidacyId: c.candidateId, approvals: c.approvals })),
      runOff: result.runOff,
      furtherRound: result.furtherRound,
      voidReason: result.voidReason,
      minutes: result.minutes,
      positionElected,
    },
  };
  const events: (CongressBallotBoxOpened | CongressRoundClosed | CongressPositionFilled | ElectionCompleted)[] = opened ? [opened, closed] : [closed];
  const position = campaign.config.positions.find((p) => p.key === round.positionKey)!;
  if (positionElected.length >= position.seats) {
    events.push({ type: 'CongressPositionFilled', payload: { campaignId: campaign.id, positionKey: position.key, candidacyIds: positionElected } });
    const after = campaign.config.positions.map((p) => ({
      positionKey: p.key,
      candidacyIds: p.key === position.key ? positionElected : electedToPosition(state, p.key),
    }));
    if (campaign.config.positions.every((p, i) => after[i].candidacyIds.length >= p.seats)) {
      events.push({ type: 'ElectionCompleted', payload: { campaignId: campaign.id, elected: after } });
    }
  }
  return events;
}

// ---------------------------------------------------------------------------------------------------------------
// Quotas on the elected set

/** The attributes an 'elected' quota may refer to, from the candidacy details. */
export function congressCandidateAttributes(candidacies: Candidacies): Map<string, CandidateAttributes> {
  return new Map(
    [...candidacies.values()].map((c) => [
      c.id,
      { grassrootsFrontline: c.details.grassrootsFrontline, employment: c.details.employment, gender: c.details.gender },
    ]),
  );
}

/** The campaign quotas that apply to the elected set. */
export const electedSetQuotas = (config: CampaignConfig): Quota[] =>
  config.quotas
    .filter((q) => q.appliesTo === 'elected')
    .map((q) => ({ attribute: q.attribute, equals: q.equals ?? true, minSharePercent: q.minSharePercent, maxSharePercent: q.maxSharePercent }));

export interface ElectedQuotaReport {
  readonly quotas: readonly Quota[];
  /** Everyone elected, every position together. */
  readonly members: readonly { candidacyId: string; positionKey: string; attributes: CandidateAttributes }[];
  /** On the whole elected set. */
  readonly violations: readonly QuotaViolation[];
  /** On each position's elected set. */
  readonly byPosition: readonly { positionKey: string; violations: readonly QuotaViolation[] }[];
}

/** Checks the campaign's 'elected' quotas with `checkQuotas`, on the whole elected set and per position. */
export function checkElectedQuotas(
  config: CampaignConfig,
  elected: readonly { positionKey: string; candidacyIds: readonly string[] }[],
  attributes: ReadonlyMap<string, CandidateAttributes>,
): ElectedQuotaReport {
  const quotas = electedSetQuotas(config);
  const members = elected.flatMap((p) => p.candidacyIds.map((id) => ({ candidacyId: id, positionKey: p.positionKey, attributes: attributes.get(id) ?? {} })));
  return {
    quotas,
    members,
    violations: checkQuotas(members, quotas),
    byPosition: elected.map((p) => ({ positionKey: p.positionKey, violations: checkQuotas(members.filter((m) => m.positionKey === p.positionKey), quotas) })),
  };
}
