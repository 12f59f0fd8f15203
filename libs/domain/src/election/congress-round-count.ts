import type { RoundVotes } from './ballot-count';
import type { CongressRoundState } from './congress-election-state';
import { type CongressRoundConfig, openCongressRound } from './congress-round';
import { tallyRunOff } from './run-off';
import { type CongressElectionResult, tallyCongressElection } from './tally-congress-election';

/** The tally rules' view of a round. */
export function roundConfigOf(
  round: Pick<
    CongressRoundState,
    | 'positionKey'
    | 'registeredDelegates'
    | 'presentDelegates'
    | 'quorum'
    | 'majorityBase'
    | 'seats'
    | 'candidateIds'
    | 'writeInEligibleIds'
    | 'competitiveException'
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
export const countedRound = (round: CongressRoundState) => openCongressRound(roundConfigOf(round));

/** Counts a round with the tally rules: `tallyRunOff` for a run-off, `tallyCongressElection` otherwise. */
export function tallyRound(round: CongressRoundState, votes: RoundVotes): CongressElectionResult {
  const config = roundConfigOf(round);
  if (round.kind === 'run-off') {
    return tallyRunOff(
      {
        positionId: round.positionKey,
        registeredDelegates: round.registeredDelegates,
        presentDelegates: round.presentDelegates,
        quorum: round.quorum,
        seats: round.seats,
        candidateIds: round.candidateIds,
      },
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
