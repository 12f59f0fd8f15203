import type { DomainEvent } from '../shared/domain-event';
import type { CongressBallot, PaperCount } from './ballot-count';
import type { CompetitiveException, MajorityBase, QuorumRule } from './congress-round';
import type { CongressElectionStatus, ElectionMinutes, FurtherRoundCall, RunOffCall } from './tally-congress-election';

/*
 * The facts of the congress election (DOMAIN.md stage 9). Every event lives in its campaign's stream and carries
 * plain JSON, so that every published number can be recomputed from the log by a third party.
 *
 * Secret ballot (无记名投票): codes are issued as an unnamed pack, handed out at random, so nothing anywhere says
 * which code went to whom; the log holds only the hashes of the codes. Ballots wait in the round's ballot box
 * (a table) and enter the log only when the round closes, shuffled, in one event.
 */

/** Quorum and majority base for every round of this campaign's congress; set before the first round opens. */
export type CongressElectionRulesSet = DomainEvent<'CongressElectionRulesSet', { campaignId: string; quorum: QuorumRule; majorityBase: MajorityBase }>;

/** Delegates added to the congress roster (the registered delegates). */
export type CongressDelegatesRegistered = DomainEvent<'CongressDelegatesRegistered', { campaignId: string; delegates: { delegateId: string; name: string }[] }>;

/** A delegate is present in the hall from now on; rounds opened afterwards count her as present. */
export type CongressDelegateCheckedIn = DomainEvent<'CongressDelegateCheckedIn', { campaignId: string; delegateId: string }>;

/** A check-in made by mistake is withdrawn, with the reason; rounds opened afterwards no longer count her. */
export type CongressDelegateCheckInCancelled = DomainEvent<'CongressDelegateCheckInCancelled', { campaignId: string; delegateId: string; reason: string }>;

/**
 * 'first': the first round of a position (all eligible finalists); 'run-off': among those tied for the last
 * seats (再次投票); 'further': a further round for seats left unfilled (另行选举), among those not elected.
 * A repeat of a void round keeps the kind of the round it repeats and names it in `repeatOf`.
 */
export type CongressRoundKind = 'first' | 'run-off' | 'further';
export type CongressVotingMethod = 'electronic' | 'paper';

/** A round was opened: who is on the ballot, for how many seats, and the attendance it is held with. */
export type CongressRoundOpened = DomainEvent<
  'CongressRoundOpened',
  {
    campaignId: string;
    roundId: string;
    positionKey: string;
    /** 1, 2, … across the whole election. */
    number: number;
    /** 1, 2, … within the position. */
    positionRound: number;
    kind: CongressRoundKind;
    repeatOf: string | null;
    method: CongressVotingMethod;
    seats: number;
    /** In ballot order. */
    candidateIds: string[];
    /** null: write-ins not allowed in this round. */
    writeInEligibleIds: string[] | null;
    competitiveException: CompetitiveException | null;
    registeredDelegates: number;
    presentDelegates: number;
    /** Who was checked in when the round opened (attendance is public; it is not linked to any ballot). */
    presentDelegateIds: string[];
    quorum: QuorumRule;
    majorityBase: MajorityBase;
  }
>;

/**
 * One-time codes for an electronic round, one per present delegate, stored as SHA-256 hashes only (sorted, so
 * that not even their order says whom they went to). Replaces codes issued earlier for the round.
 */
export type CongressCredentialsIssued = DomainEvent<'CongressCredentialsIssued', { campaignId: string; roundId: string; codeHashes: string[] }>;

/** A credential of the round was spent; the ballot it carried is recorded apart, with nothing linking the two. */
export type CongressCredentialUsed = DomainEvent<'CongressCredentialUsed', { campaignId: string; roundId: string; codeHash: string }>;

/**
 * A secret electronic ballot, as cast. Written by logs before ballot boxes (one per ballot, right after the
 * credential it spent, which let the order join them); still read, never written now.
 */
export type CongressBallotCast = DomainEvent<'CongressBallotCast', { campaignId: string; roundId: string; marks: CongressBallot['marks']; writeIns: string[] }>;

/**
 * The round's ballot box, opened at the close: every ballot cast, shuffled with a CSPRNG so that the order says
 * nothing of who voted when, and the credentials spent, sorted. Nothing in it joins a ballot to a code. Each
 * ballot carries its receipt (SHA-256 of the ballot and a salt only its delegate holds) so she can find it here.
 */
export type CongressBallotBoxOpened = DomainEvent<
  'CongressBallotBoxOpened',
  { campaignId: string; roundId: string; ballots: ReceiptedCongressBallot[]; usedCodeHashes: string[] }
>;

export interface ReceiptedCongressBallot {
  marks: CongressBallot['marks'];
  writeIns: string[];
  receipt: string;
}

/** The counting officers' paper count, checked to add up before it is accepted; a later entry replaces it. */
export type CongressPaperCountRecorded = DomainEvent<'CongressPaperCountRecorded', { campaignId: string; roundId: string; count: PaperCount }>;

/** A round was closed and counted: the outcome and the full minutes (选举记录). */
export type CongressRoundClosed = DomainEvent<
  'CongressRoundClosed',
  {
    campaignId: string;
    roundId: string;
    positionKey: string;
    kind: CongressRoundKind;
    status: CongressElectionStatus;
    /** Elected in this round, most approvals first. */
    elected: { candidacyId: string; approvals: number }[];
    runOff: RunOffCall | null;
    furtherRound: FurtherRoundCall | null;
    voidReason: string | null;
    minutes: ElectionMinutes;
    /** Everyone elected to the position so far, in order of election. */
    positionElected: string[];
  }
>;

/** Every seat of a position is filled. */
export type CongressPositionFilled = DomainEvent<'CongressPositionFilled', { campaignId: string; positionKey: string; candidacyIds: string[] }>;

/** Every seat of every position is filled: the election is over (publication is the organiser's next decision). */
export type ElectionCompleted = DomainEvent<'ElectionCompleted', { campaignId: string; elected: { positionKey: string; candidacyIds: string[] }[] }>;

/**
 * The elected broke a minimum quota (of a body or of the whole elected set): the elected people of one position who
 * do not count for it, fewest approvals first, give up their seats (as many as the shortfall, at most as many as
 * can be filled), and a further round restricted to the finalists counting for the quota who are not elected fills
 * them — `planQuotaFurtherRound`. The election is complete again once they are filled.
 */
export type QuotaFurtherRoundOpened = DomainEvent<
  'QuotaFurtherRoundOpened',
  {
    campaignId: string;
    positionKey: string;
    vacatedCandidacyIds: string[];
    eligibleCandidacyIds: string[];
    quota: { label: string; attribute: string; equals: string | number | boolean; body: string | null; limitCount: number; actualCount: number };
  }
>;

export type CongressElectionEvent =
  | QuotaFurtherRoundOpened
  | CongressElectionRulesSet
  | CongressDelegatesRegistered
  | CongressDelegateCheckedIn
  | CongressDelegateCheckInCancelled
  | CongressRoundOpened
  | CongressCredentialsIssued
  | CongressCredentialUsed
  | CongressBallotCast
  | CongressBallotBoxOpened
  | CongressPaperCountRecorded
  | CongressRoundClosed
  | CongressPositionFilled
  | ElectionCompleted;
