import type { CampaignState } from '../campaign/campaign';
import type { Candidacies } from '../candidacy/candidacy';
import { conflict, invalid, notFound } from '../shared/domain-error';
import { type RandomIndex, openBallotBox } from './ballot-box';
import { type CongressElectionState, type CongressRoundState, presentDelegateIds } from './congress-election-state';
import type {
  CongressBallotBoxOpened,
  CongressPositionFilled,
  CongressRoundClosed,
  CongressRoundOpened,
  CongressVotingMethod,
  ElectionCompleted,
} from './congress-events';
import { assertElectionStage, assertNotCompleted, requireOpenRound } from './congress-guards';
import { electedToPosition, nextCongressRound, openRoundOf, roundsOfPosition } from './congress-progress';
import { type CompetitiveException, openCongressRound } from './congress-round';
import { roundConfigOf, tallyRound, votesOf } from './congress-round-count';
import { type CongressBallotBox, EMPTY_BALLOT_BOX } from './congress-voting';

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
  if (index < 0)
    throw notFound('election.position-unknown', `The campaign has no position "${input.positionKey}".`, undefined, { position: input.positionKey });
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
          throw invalid('election.write-in-not-eligible', `${id} is not a qualified candidacy of this campaign.`, 'writeInEligibleIds', {
            candidate: candidacy?.details.name ?? id,
          });
        }
        if (!available(id))
          throw invalid('election.write-in-not-eligible', `${candidacy.details.name} is on the ballot or already elected.`, 'writeInEligibleIds', {
            candidate: candidacy.details.name,
          });
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
  const opened =
    open.method === 'electronic' && open.credentials.size > 0
      ? openBallotBox(campaign.id, open.roundId, { ballots: box.ballots, usedCodeHashes: [...box.usedCodeHashes] }, randomIndex)
      : null;
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
