import type { CampaignState } from '../campaign/campaign';
import { assertStage } from '../campaign/campaign-stage';
import { conflict, notFound } from '../shared/domain-error';
import type { CongressElectionState, CongressRoundState } from './congress-election-state';

/* The preconditions the congress decisions share; not exported from the election folder. */

export const assertElectionStage = (campaign: CampaignState, doing: string) => assertStage(campaign.stage, 'election', doing);

export const assertNotCompleted = (state: CongressElectionState) => {
  if (state.completed) throw conflict('election.completed', 'The election is complete: every seat is filled.');
};

export const requireRound = (state: CongressElectionState, roundId: string): CongressRoundState => {
  const round = state.rounds.find((r) => r.roundId === roundId);
  if (!round) throw notFound('election.round-not-found', `Round ${roundId} does not exist in this campaign.`);
  return round;
};

export const requireOpenRound = (state: CongressElectionState, roundId: string, doing: string): CongressRoundState => {
  const round = requireRound(state, roundId);
  if (round.status !== 'open') throw conflict('election.round-closed', `Cannot ${doing}: round ${round.number} is closed.`, undefined, { round: round.number });
  return round;
};
