import type { CampaignConfig, Position } from '../campaign/campaign-config';
import { notFound } from '../shared/domain-error';
import type { CongressElectionState, CongressRoundState, QuotaFurtherRoundState } from './congress-election-state';
import type { CongressRoundKind } from './congress-events';

export const openRoundOf = (state: CongressElectionState): CongressRoundState | undefined => state.rounds.find((r) => r.status === 'open');

export const roundsOfPosition = (state: CongressElectionState, positionKey: string): CongressRoundState[] =>
  state.rounds.filter((r) => r.positionKey === positionKey);

/** The quota further round opened for the position after its last round, if any: its seats are the next to fill. */
export function pendingQuotaFurtherRound(state: CongressElectionState, positionKey: string): QuotaFurtherRoundState | undefined {
  const rounds = roundsOfPosition(state, positionKey);
  const lastNumber = rounds.length ? rounds[rounds.length - 1].number : 0;
  return (state.quotaFurtherRounds ?? []).filter((q) => q.positionKey === positionKey && q.afterRounds >= lastNumber).pop();
}

/** Everyone elected to the position so far, in order of election (without those who gave up a seat for a quota round since). */
export function electedToPosition(state: CongressElectionState, positionKey: string): string[] {
  const closed = roundsOfPosition(state, positionKey).filter((r) => r.outcome);
  const elected = closed.length ? [...closed[closed.length - 1].outcome!.positionElected] : [];
  const lastNumber = closed.length ? closed[closed.length - 1].number : 0;
  const vacated = new Set(
    (state.quotaFurtherRounds ?? []).filter((q) => q.positionKey === positionKey && q.afterRounds >= lastNumber).flatMap((q) => q.vacatedCandidacyIds),
  );
  return elected.filter((id) => !vacated.has(id));
}

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
  const make = (kind: CongressRoundKind, seats: number, candidateIds: readonly string[], repeatOf: string | null = null): NextCongressRound => ({
    positionKey,
    kind,
    repeatOf,
    seats,
    candidateIds: [...candidateIds],
    competitive: candidateIds.length > seats,
  });
  const quotaRound = pendingQuotaFurtherRound(state, positionKey);
  if (quotaRound) return make('further', quotaRound.vacatedCandidacyIds.length, quotaRound.eligibleCandidacyIds);
  const last = rounds[rounds.length - 1]?.outcome;
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
      return make(
        'further',
        position.seats - elected.length,
        rounds[rounds.length - 1].candidateIds.filter((id) => !done.has(id)),
      );
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
