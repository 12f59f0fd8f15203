import { foldCampaign } from '../campaign/campaign';
import { foldCandidacies } from '../candidacy/candidacy';
import { foldCongressElection } from '../election/congress-election-state';
import { closeCongressElectionRound } from '../election/congress-round-lifecycle';
import { withCurrentMinutes } from '../election/recorded-minutes';
import { openQuotaFurtherRound, quotaFurtherRoundOf } from '../election/quota-further-round';
import { approvalShare, trimmedMeanFromAggregate } from '../jury/jury-tally';
import type { JuryTallyRow } from '../jury/jury-tally';
import { foldResults, publishResults } from '../results/results';
import type { DomainEvent } from '../shared/domain-event';
import { FoldMemo, withFoldMemo } from '../shared/fold';
import { roundPartScore } from '../shared/score';
import { freezeRanking } from '../ranking/ranking-workflow';
import { foldShortlisting } from '../shortlisting/shortlisting-state';
import { canonicalJson } from './canonical-json';
import { eventHash, GENESIS_HASH } from './event-hash';

/** One event as exported: everything its hash covers, plus the hash itself. */
export interface ExportedEvent {
  readonly version: number;
  readonly type: string;
  readonly payload: unknown;
  readonly actorId: string;
  readonly occurredAt: string;
  readonly prevHash: string;
  readonly hash: string;
}

export interface CampaignLog {
  readonly campaignId: string;
  readonly events: readonly ExportedEvent[];
}

export interface VerificationProblem {
  readonly version: number | null;
  readonly type: string | null;
  readonly message: string;
}

export interface VerificationReport {
  readonly ok: boolean;
  readonly campaignId: string;
  readonly events: number;
  /** Recorded outcomes recomputed from the events before them and found equal. */
  readonly recomputed: number;
  readonly problems: VerificationProblem[];
}

type Recompute = (prefix: DomainEvent[], event: ExportedEvent, previous: ExportedEvent | undefined) => DomainEvent[] | null;

const campaignOf = (prefix: DomainEvent[]) => {
  const campaign = foldCampaign(prefix);
  if (!campaign) throw new Error('no CampaignCreated before this event');
  return campaign;
};

/**
 * For each kind of event that records a computed outcome: the events the domain produces from the history before
 * it. The verifier compares them with what was recorded.
 */
const RECOMPUTE: Record<string, Recompute> = {
  RankingFrozen: (prefix) => freezeRanking(campaignOf(prefix), foldCandidacies(prefix), prefix).slice(0, 1),
  ShortlistFormed: (prefix) => {
    const beforeFreeze = prefix.slice(0, prefix.length - 1); // the RankingFrozen recorded just before
    return freezeRanking(campaignOf(beforeFreeze), foldCandidacies(beforeFreeze), beforeFreeze).slice(1, 2);
  },
  CongressRoundClosed: (prefix, event) => {
    const { roundId } = event.payload as { roundId: string };
    return closeCongressElectionRound(campaignOf(prefix), foldCongressElection(prefix), { roundId }).filter((e) => e.type === 'CongressRoundClosed');
  },
  ResultsPublished: (prefix, event, previous) => {
    const { publishedAt, quotaException } = event.payload as { publishedAt: string; quotaException?: { reason: string } };
    const campaign = campaignOf(prefix);
    const candidacies = foldCandidacies(prefix);
    return publishResults(
      campaign,
      candidacies,
      foldResults(prefix),
      {
        now: new Date(publishedAt),
        lastEventHash: previous?.hash ?? GENESIS_HASH,
        quotaExceptionReason: quotaException?.reason,
        quotaFurtherRoundPossible: () => quotaFurtherRoundOf(campaign.config, foldCongressElection(prefix), candidacies).plan !== null,
      },
      foldShortlisting(prefix),
    ).slice(0, 1);
  },
  QuotaFurtherRoundOpened: (prefix) => openQuotaFurtherRound(campaignOf(prefix), foldCandidacies(prefix), foldCongressElection(prefix)),
};

/** A jury result's part scores must follow from its own per-candidate counts. */
function checkJuryResult(event: ExportedEvent): string[] {
  const p = event.payload as {
    mode: 'score' | 'approval';
    validBallots: number;
    scores: { candidacyId: string; score: string }[];
    candidates?: readonly JuryTallyRow[];
  };
  const problems: string[] = [];
  for (const row of p.candidates ?? []) {
    const exact =
      p.mode === 'score'
        ? trimmedMeanFromAggregate({ ballots: row.ballots, sum: row.sum, lowest: row.lowest, highest: row.highest } as never)
        : approvalShare(row.approvals as number, p.validBallots);
    const expected = exact === undefined ? null : roundPartScore(exact).toFixed(2);
    const published = p.scores.find((s) => s.candidacyId === row.candidacyId)?.score ?? null;
    if (expected !== row.juryScore || (expected !== null && expected !== published)) {
      problems.push(`jury score of ${row.candidacyId}: counts give ${expected}, recorded ${row.juryScore} / published ${published}`);
    }
  }
  return problems;
}

/**
 * Checks a campaign's exported event log with nothing but this function: the hash chain (every event's hash and
 * its link to the one before), and every recorded outcome recomputed through the domain rules — the ranking, the
 * shortlist, each congress round, the jury scores and the published result. Names the first event that differs.
 */
export function verifyCampaignLog(log: CampaignLog): VerificationReport {
  const problems: VerificationProblem[] = [];
  let recomputed = 0;
  let prevHash = GENESIS_HASH;
  // One array that only grows: its folds resume from where the previous event left them.
  const history: DomainEvent[] = withFoldMemo([], new FoldMemo());
  log.events.forEach((event, i) => {
    const where = { version: event.version, type: event.type };
    if (event.version !== i + 1) problems.push({ ...where, message: `expected version ${i + 1}: an event is missing or out of order` });
    if (event.prevHash !== prevHash) problems.push({ ...where, message: 'does not link to the event before it (prevHash differs)' });
    const hash = eventHash({
      campaignId: log.campaignId,
      version: event.version,
      type: event.type,
      payload: event.payload,
      actorId: event.actorId,
      occurredAt: event.occurredAt,
      prevHash: event.prevHash,
    });
    if (hash !== event.hash) problems.push({ ...where, message: `content changed: its hash is ${hash}, recorded ${event.hash}` });
    prevHash = event.hash;

    // The hash covers the event as stored; the recomputation is compared with it as the domain reads it today.
    const recorded = withCurrentMinutes({ type: event.type, payload: event.payload });
    const recompute = RECOMPUTE[event.type];
    try {
      if (recompute) {
        const [expected] = recompute(history, event, log.events[i - 1]) ?? [];
        if (!expected || canonicalJson(expected.payload) !== canonicalJson(recorded.payload)) {
          problems.push({ ...where, message: `recorded outcome differs from the one recomputed from the events before it` });
        } else recomputed += 1;
      }
      if (event.type === 'JuryResultRecorded') {
        const jury = checkJuryResult(event);
        jury.forEach((message) => problems.push({ ...where, message }));
        if (jury.length === 0) recomputed += 1;
      }
    } catch (err) {
      problems.push({ ...where, message: `cannot be recomputed: ${(err as Error).message}` });
    }
    history.push(recorded);
  });
  return { ok: problems.length === 0, campaignId: log.campaignId, events: log.events.length, recomputed, problems };
}
