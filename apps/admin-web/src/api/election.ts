import { anonymousRequest, command, type CommandOutcome, get, request } from './client';
import type { CampaignStage } from './types';

/** The congress election (代表大会选举): apps/api/src/http/election. Delegates vote without an account, with a one-time code. */

export interface NamedCandidacy {
  candidacyId: string;
  name: string;
}
export interface QuorumRule {
  numerator: number;
  denominator: number;
}
export type MajorityBase = 'present' | 'registered';
export type RoundKind = 'first' | 'run-off' | 'further';
export type VotingMethod = 'electronic' | 'paper';
export type RoundStatus = 'elected' | 'run-off-required' | 'further-round-required' | 'void';
export type CandidateOutcome = 'elected' | 'run-off' | 'not-elected' | 'void';
export type InvalidReason = 'over-approval' | 'unknown-candidate' | 'bad-mark';

export interface ElectionOverview {
  campaignId: string;
  stage: CampaignStage;
  finalists: (NamedCandidacy & { rank: number })[] | null;
  rules: { quorum: QuorumRule; majorityBase: MajorityBase };
  registeredDelegates: number;
  presentDelegates: number;
  openRoundId: string | null;
  positions: {
    positionKey: string;
    title: string;
    seats: number;
    elected: NamedCandidacy[];
    filled: boolean;
    openRoundId: string | null;
    next: { kind: RoundKind; repeatOf: string | null; seats: number; candidates: NamedCandidacy[]; competitive: boolean } | null;
  }[];
  completed: boolean;
}

export interface DelegateRoster {
  campaignId: string;
  registered: number;
  present: number;
  delegates: { delegateId: string; name: string; checkedIn: boolean; checkedInAt: string | null }[];
}

export interface PaperCountInput {
  ballotsIssued: number;
  ballotsReturned: number;
  invalidBallots: number;
  perCandidate: Record<string, { approve: number; oppose: number; abstain: number }>;
  writeIns?: Record<string, number>;
}

export interface MinutesLine {
  candidateId: string;
  approve: number;
  oppose: number;
  abstain: number;
  writeIn: boolean;
  /** null in a run-off: most votes wins, no majority is needed. */
  passesMajority: boolean | null;
  outcome: CandidateOutcome;
}

export interface ElectionMinutes {
  positionId: string | null;
  round: 'congress' | 'run-off';
  /** Absent on rounds recorded before it was added: then `round` says the same. */
  electedBy?: 'majority' | 'most-votes';
  registeredDelegates: number;
  presentDelegates: number;
  quorum: QuorumRule;
  majorityBase: MajorityBase | null;
  majorityThreshold: number | null;
  seats: number;
  method: VotingMethod;
  ballotsIssued: number;
  ballotsReturned: number;
  validBallots: number;
  invalidBallots: number;
  invalidReasons: Partial<Record<InvalidReason, number>>;
  disregardedWriteIns: number;
  candidates: MinutesLine[];
  elected: string[];
  status: RoundStatus;
}

export interface ElectionRound {
  roundId: string;
  positionKey: string;
  positionTitle: string;
  number: number;
  positionRound: number;
  kind: RoundKind;
  repeatOf: string | null;
  method: VotingMethod;
  status: 'open' | 'closed';
  seats: number;
  candidates: NamedCandidacy[];
  writeInEligible: NamedCandidacy[] | null;
  competitiveException: { reason: string; recordedBy?: string } | null;
  registeredDelegates: number;
  presentDelegates: number;
  quorum: QuorumRule;
  majorityBase: MajorityBase;
  credentialsIssued: number;
  ballotsCast: number;
  paperCount: (PaperCountInput & { method: 'paper' }) | null;
  outcome: {
    status: RoundStatus;
    elected: { candidacyId: string; approvals: number }[];
    runOff: { seats: number; candidateIds: string[] } | null;
    furtherRound: { seats: number; eligibleCandidateIds: string[]; competitive: boolean } | null;
    voidReason: string | null;
    positionElected: string[];
  } | null;
  minutes: ElectionMinutes | null;
  openedAt: string;
  closedAt: string | null;
}

export interface ElectedView {
  campaignId: string;
  completed: boolean;
  completedAt: string | null;
  positions: { positionKey: string; title: string; seats: number; filled: boolean; elected: NamedCandidacy[] }[];
}

export interface QuotaCheck {
  campaignId: string;
  completed: boolean;
  quotas: { attribute: string; equals: string | number | boolean; minSharePercent: string | null; maxSharePercent: string | null }[];
  violations: { quota: string; attribute: string; bound: 'min' | 'max'; limitPercent: string; limitCount: number; actualCount: number; total: number; actualSharePercent: string; message: string }[];
  passed: boolean;
}

/** One slip of the unnamed pack: a number to count the slips by, and the code. No delegate: slips go out at random. */
export interface DelegateCredential {
  slip: number;
  code: string;
}

export interface DelegateBallot {
  campaignId: string;
  roundId: string;
  number: number;
  positionKey: string;
  positionTitle: string;
  kind: RoundKind;
  seats: number;
  maxApprovals: number;
  candidates: NamedCandidacy[];
  writeIns: { allowed: boolean; eligible: NamedCandidacy[] };
  roundOpen: boolean;
  used: boolean;
}

export type Mark = 'approve' | 'oppose' | 'abstain';

export interface CastResult {
  roundId: string;
  counted: boolean;
  valid: boolean;
  invalidReason: InvalidReason | null;
  /** Hash of the ballot and a salt only the delegate is given: found among the opened ballots once the round closes. */
  receipt: string;
}


const base = (campaignId: string) => `/campaigns/${campaignId}/election`;

export const electionApi = {
  // organiser
  overview: (campaignId: string) => get<ElectionOverview>(base(campaignId)),
  setRules: (campaignId: string, rules: { quorum?: QuorumRule; majorityBase?: MajorityBase }) => command('PUT', `${base(campaignId)}/rules`, rules),
  register: (campaignId: string, input: { delegates: { delegateId: string; name?: string }[] } | { count: number }) =>
    command<{ registered: number; totalRegistered: number }>('POST', `${base(campaignId)}/delegates`, input),
  roster: (campaignId: string) => get<DelegateRoster>(`${base(campaignId)}/delegates`),
  checkIn: (campaignId: string, delegateIds: string[]) =>
    command<{ checkedIn: number; present: number; registered: number }>('POST', `${base(campaignId)}/check-ins`, { delegateIds }),
  cancelCheckIn: (campaignId: string, delegateId: string, reason: string) =>
    command<{ present: number; registered: number }>('POST', `${base(campaignId)}/delegates/${encodeURIComponent(delegateId)}/check-in/cancel`, { reason }),
  openRound: (
    campaignId: string,
    input: { positionKey: string; method: VotingMethod; allowWriteIns?: boolean; competitiveException?: { reason: string } },
  ) => command<{ roundId: string; number: number }>('POST', `${base(campaignId)}/rounds`, input),
  rounds: (campaignId: string) => get<ElectionRound[]>(`${base(campaignId)}/rounds`),
  round: (campaignId: string, roundId: string) => get<ElectionRound>(`${base(campaignId)}/rounds/${roundId}`),
  /** Not a retried command: each call makes new codes (and voids the earlier ones of the round). */
  issueCredentials: (campaignId: string, roundId: string) =>
    request<CommandOutcome<{ roundId: string; issued: number }> & { credentials: DelegateCredential[] }>('POST', `${base(campaignId)}/rounds/${roundId}/credentials`),
  paperCount: (campaignId: string, roundId: string, count: PaperCountInput) => command('POST', `${base(campaignId)}/rounds/${roundId}/paper-count`, count),
  closeRound: (campaignId: string, roundId: string) => command<{ status: RoundStatus }>('POST', `${base(campaignId)}/rounds/${roundId}/close`),
  elected: (campaignId: string) => get<ElectedView>(`${base(campaignId)}/elected`),
  quotaCheck: (campaignId: string) => get<QuotaCheck>(`${base(campaignId)}/quota-check`),
  // delegate (no account)
  ballot: (campaignId: string, code: string) => anonymousRequest<DelegateBallot>('GET', `${base(campaignId)}/ballot`, undefined, { 'x-delegate-code': code }),
  cast: (campaignId: string, code: string, ballot: { marks: Record<string, Mark>; writeIns?: string[] }, key: string) =>
    anonymousRequest<CommandOutcome<CastResult>>('POST', `${base(campaignId)}/ballot`, ballot, { 'x-delegate-code': code, 'idempotency-key': key }),
  checkReceipt: (campaignId: string, receipt: string) => anonymousRequest<{ receipt: string; counted: boolean }>('GET', `${base(campaignId)}/receipts/${receipt}`),
};

/** The link on a delegate's slip: the UI's ballot page with her campaign and code (served under /app). */
export const delegateLink = (campaignId: string, code?: string) =>
  `${window.location.origin}/app/delegate/vote?campaign=${campaignId}${code ? `&code=${encodeURIComponent(code)}` : ''}`;
