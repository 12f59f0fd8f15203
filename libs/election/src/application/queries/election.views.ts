import type {
  CompetitiveException,
  CongressRoundClosed,
  CongressRoundKind,
  CongressVotingMethod,
  ElectionMinutes,
  MajorityBase,
  PaperCount,
  QuorumRule,
} from '@app/domain';

export interface NamedCandidacy {
  candidacyId: string;
  name: string;
}

export interface ElectionRoundView {
  roundId: string;
  positionKey: string;
  positionTitle: string;
  number: number;
  positionRound: number;
  kind: CongressRoundKind;
  repeatOf: string | null;
  method: CongressVotingMethod;
  status: 'open' | 'closed';
  seats: number;
  candidates: NamedCandidacy[];
  writeInEligible: NamedCandidacy[] | null;
  competitiveException: CompetitiveException | null;
  registeredDelegates: number;
  presentDelegates: number;
  quorum: QuorumRule;
  majorityBase: MajorityBase;
  credentialsIssued: number;
  ballotsCast: number;
  paperCount: PaperCount | null;
  outcome: Omit<CongressRoundClosed['payload'], 'campaignId' | 'minutes' | 'roundId' | 'positionKey' | 'kind'> | null;
  /** The minutes (选举记录) as recorded when the round closed; null while open. */
  minutes: ElectionMinutes | null;
  openedAt: string;
  closedAt: string | null;
}

export interface ElectionOverviewView {
  campaignId: string;
  stage: string;
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
    next: { kind: CongressRoundKind; repeatOf: string | null; seats: number; candidates: NamedCandidacy[]; competitive: boolean } | null;
  }[];
  completed: boolean;
  /** Inspection closed with no more finalists than seats, with the organiser's written reason (等额选举). */
  inspectionException: { reason: string; finalists: number; seats: number } | null;
}

export interface DelegateRosterView {
  campaignId: string;
  registered: number;
  present: number;
  delegates: { delegateId: string; name: string; checkedIn: boolean; checkedInAt: string | null }[];
}

export interface ElectedView {
  campaignId: string;
  completed: boolean;
  completedAt: string | null;
  positions: { positionKey: string; title: string; seats: number; filled: boolean; elected: NamedCandidacy[] }[];
}

export interface QuotaViolationView {
  quota: string;
  attribute: string;
  equals: string | number | boolean;
  bound: 'min' | 'max';
  limitPercent: string;
  limitCount: number;
  actualCount: number;
  total: number;
  actualSharePercent: string;
  matchingIds: string[];
  message: string;
}

export interface ElectedQuotaCheckView {
  campaignId: string;
  completed: boolean;
  quotas: { attribute: string; equals: string | number | boolean; minSharePercent: string | null; maxSharePercent: string | null; body?: string }[];
  members: { candidacyId: string; name: string; positionKey: string; attributes: Record<string, unknown> }[];
  /** On the whole elected set and on each body (its elected and sitting members); empty = the quotas are met. */
  violations: QuotaViolationView[];
  byPosition: { positionKey: string; violations: QuotaViolationView[] }[];
  passed: boolean;
  /** Broken minimum quotas and the further round that would mend the first one (null: no qualifying finalist left). */
  quotaFurtherRound: QuotaFurtherRoundView;
}

export interface QuotaFurtherRoundView {
  brokenMinimums: string[];
  plan: {
    positionKey: string;
    positionTitle: string;
    quota: string;
    body: string | null;
    limitCount: number;
    actualCount: number;
    vacated: NamedCandidacy[];
    eligible: NamedCandidacy[];
  } | null;
}

export interface RoundAttendanceView {
  roundId: string;
  number: number;
  method: CongressVotingMethod;
  status: 'open' | 'closed';
  ballotsCast: number;
  delegates: { delegateId: string; name: string }[];
}

export interface DelegateBallotView {
  campaignId: string;
  roundId: string;
  number: number;
  positionKey: string;
  positionTitle: string;
  kind: CongressRoundKind;
  seats: number;
  /** Approve at most this many (write-ins included), or the ballot is invalid. */
  maxApprovals: number;
  candidates: NamedCandidacy[];
  writeIns: { allowed: boolean; eligible: NamedCandidacy[] };
  roundOpen: boolean;
  /** Whether this code has already been used. */
  used: boolean;
}
