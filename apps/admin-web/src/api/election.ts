import { anonymousRequest, command, type CommandOutcome, get, request } from './client';
import type { Answer, Schemas } from './contract';

/** The congress election (代表大会选举): apps/api/src/http/election. Delegates vote without an account, with a one-time code. */
export type NamedCandidacy = Schemas['NamedCandidacy'];
export type QuorumRule = Schemas['QuorumRule'];
export type MajorityBase = Schemas['MajorityBase'];
export type RoundKind = Schemas['CongressRoundKind'];
export type VotingMethod = Schemas['CongressVotingMethod'];
export type RoundStatus = Schemas['CongressElectionStatus'];
export type CandidateOutcome = Schemas['CandidateOutcome'];
export type InvalidReason = keyof Schemas['ElectionMinutes']['invalidReasons'];
export type ElectionOverview = Schemas['ElectionOverviewView'];
export type DelegateRoster = Schemas['DelegateRosterView'];
/** What POST …/rounds/{roundId}/paper-count takes. */
export type PaperCountInput = Schemas['PaperCountDto'];
export type MinutesLine = Schemas['MinutesLine'];
export type ElectionMinutes = Schemas['ElectionMinutes'];
export type ElectionRound = Schemas['ElectionRoundView'];
export type ElectedView = Schemas['ElectedView'];
export type QuotaCheck = Schemas['ElectedQuotaCheckView'];
/** One slip of the unnamed pack: a number to count the slips by, and the code. No delegate: slips go out at random. */
export type DelegateCredential = Answer<'ElectionController_credentials'>['credentials'][number];
export type DelegateBallot = Schemas['DelegateBallotView'];
export type Mark = Schemas['CastBallotDto']['marks'][string];
/** A cast ballot's command result (command results are not in the OpenAPI document: `result` is any JSON there). */
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
  openRound: (campaignId: string, input: { positionKey: string; method: VotingMethod; allowWriteIns?: boolean; competitiveException?: { reason: string } }) =>
    command<{ roundId: string; number: number }>('POST', `${base(campaignId)}/rounds`, input),
  rounds: (campaignId: string) => get<ElectionRound[]>(`${base(campaignId)}/rounds`),
  round: (campaignId: string, roundId: string) => get<ElectionRound>(`${base(campaignId)}/rounds/${roundId}`),
  /** Not a retried command: each call makes new codes (and voids the earlier ones of the round). */
  issueCredentials: (campaignId: string, roundId: string) =>
    request<CommandOutcome<{ roundId: string; issued: number }> & { credentials: DelegateCredential[] }>(
      'POST',
      `${base(campaignId)}/rounds/${roundId}/credentials`,
    ),
  paperCount: (campaignId: string, roundId: string, count: PaperCountInput) => command('POST', `${base(campaignId)}/rounds/${roundId}/paper-count`, count),
  closeRound: (campaignId: string, roundId: string) => command<{ status: RoundStatus }>('POST', `${base(campaignId)}/rounds/${roundId}/close`),
  elected: (campaignId: string) => get<ElectedView>(`${base(campaignId)}/elected`),
  quotaCheck: (campaignId: string) => get<QuotaCheck>(`${base(campaignId)}/quota-check`),
  /** Vacates the planned seats for a further round restricted to qualifying finalists (the plan is in quotaCheck). */
  openQuotaFurtherRound: (campaignId: string) => command('POST', `${base(campaignId)}/quota-further-round`),
  // delegate (no account)
  ballot: (campaignId: string, code: string) => anonymousRequest<DelegateBallot>('GET', `${base(campaignId)}/ballot`, undefined, { 'x-delegate-code': code }),
  cast: (campaignId: string, code: string, ballot: { marks: Record<string, Mark>; writeIns?: string[] }, key: string) =>
    anonymousRequest<CommandOutcome<CastResult>>('POST', `${base(campaignId)}/ballot`, ballot, { 'x-delegate-code': code, 'idempotency-key': key }),
  checkReceipt: (campaignId: string, receipt: string) =>
    anonymousRequest<Answer<'DelegateReceiptController_check'>>('GET', `${base(campaignId)}/receipts/${receipt}`),
};

/** The link on a delegate's slip: the UI's ballot page with her campaign and code (served under /app). */
export const delegateLink = (campaignId: string, code?: string) =>
  `${window.location.origin}/app/delegate/vote?campaign=${campaignId}${code ? `&code=${encodeURIComponent(code)}` : ''}`;
