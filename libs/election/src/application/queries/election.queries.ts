import { Query } from '@nestjs/cqrs';
import type {
  DelegateBallotView,
  DelegateRosterView,
  ElectedQuotaCheckView,
  ElectedView,
  ElectionOverviewView,
  ElectionRoundView,
  RoundAttendanceView,
} from './election.views';

/** Where the election stands: finalists, rules, attendance, each position's progress and the round it needs next. */
export class GetElectionOverviewQuery extends Query<ElectionOverviewView> {
  constructor(readonly campaignId: string) {
    super();
  }
}

export class GetDelegateRosterQuery extends Query<DelegateRosterView> {
  constructor(readonly campaignId: string) {
    super();
  }
}

/** Every round (optionally of one position) in order, with the minutes of those closed. */
export class ListElectionRoundsQuery extends Query<ElectionRoundView[]> {
  constructor(
    readonly campaignId: string,
    readonly positionKey?: string,
  ) {
    super();
  }
}

export class GetElectionRoundQuery extends Query<ElectionRoundView> {
  constructor(
    readonly campaignId: string,
    readonly roundId: string,
  ) {
    super();
  }
}

/** Who is elected to each position so far, and whether the election is complete. */
export class GetElectedQuery extends Query<ElectedView> {
  constructor(readonly campaignId: string) {
    super();
  }
}

/** The campaign's 'elected' quotas checked on the elected set. */
export class GetElectedQuotaCheckQuery extends Query<ElectedQuotaCheckView> {
  constructor(readonly campaignId: string) {
    super();
  }
}

/** Who was present when a round opened: the delegates to hand one-time codes to. */
export class GetRoundAttendanceQuery extends Query<RoundAttendanceView> {
  constructor(
    readonly campaignId: string,
    readonly roundId: string,
  ) {
    super();
  }
}

/** The ballot paper a delegate's code opens; undefined when the code is no credential of this campaign. */
export class GetDelegateBallotQuery extends Query<DelegateBallotView | undefined> {
  constructor(
    readonly campaignId: string,
    readonly codeHash: string,
  ) {
    super();
  }
}

/** Whether a delegate's receipt is among the ballots of a closed round (a round's box is opened only when it closes). */
export class CheckCongressReceiptQuery extends Query<{ receipt: string; counted: boolean; roundId: string | null }> {
  constructor(
    readonly campaignId: string,
    readonly receipt: string,
  ) {
    super();
  }
}
