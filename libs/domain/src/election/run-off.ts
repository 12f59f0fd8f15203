import { invalid } from '../shared/domain-error';
import { QuorumRule, openCongressRound } from './congress-round';
import { RoundVotes, countVotes } from './ballot-count';
import { CongressElectionResult, buildElectionResult } from './tally-congress-election';

/**
 * A run-off (再次投票) among candidates tied for the last seats of a congress round.
 *
 * The domain rule is "most approvals wins": the tied candidates already showed a majority in the round that
 * tied them, so the run-off only has to order them and needs no majority again. The ballot rules are the same as
 * in any round (approving more than the seats at stake is invalid, a blank ballot is valid, returned > issued
 * voids the vote) and the quorum still applies. Write-ins are not allowed: the run-off is among the tied only.
 * If the run-off ties again at the last seat, another run-off among those still tied is required.
 * Statuses: 'elected' | 'run-off-required' | 'void' (never 'further-round-required': every seat at stake has
 * more candidates than seats, and no majority is needed).
 */
export interface RunOffConfig {
  readonly positionId?: string;
  readonly registeredDelegates: number;
  readonly presentDelegates: number;
  readonly quorum?: QuorumRule;
  /** The seats left for the tied candidates (`runOff.seats` of the round that tied). */
  readonly seats: number;
  /** The tied candidates (`runOff.candidateIds`). */
  readonly candidateIds: readonly string[];
}

export const tallyRunOff = (config: RunOffConfig, votes: RoundVotes): CongressElectionResult => {
  if (!Array.isArray(config.candidateIds) || config.candidateIds.length <= config.seats) {
    throw invalid('election.run-off-not-needed', 'A run-off needs more tied candidates than seats', 'candidateIds');
  }
  const round = openCongressRound({
    positionId: config.positionId,
    registeredDelegates: config.registeredDelegates,
    presentDelegates: config.presentDelegates,
    quorum: config.quorum,
    seats: config.seats,
    candidateIds: config.candidateIds,
  });
  const count = countVotes(round, votes);
  return buildElectionResult('run-off', round, count);
};
