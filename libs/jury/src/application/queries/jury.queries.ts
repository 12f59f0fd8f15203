import { Query } from '@nestjs/cqrs';
import type { JurorEntry, JurorLineError } from '@app/domain';
import type { BallotPaperView, JurorListView, JuryProgressView, JuryTallyView, ReceiptCheckView, ReceiptListView } from './jury.views';

export class ListJurorsQuery extends Query<JurorListView | undefined> {
  constructor(
    readonly campaignId: string,
    readonly offset = 0,
    readonly limit = 1000,
  ) {
    super();
  }
}

export class GetBallotPaperQuery extends Query<BallotPaperView | undefined> {
  constructor(readonly campaignId: string) {
    super();
  }
}

export class GetJuryProgressQuery extends Query<JuryProgressView | undefined> {
  constructor(readonly campaignId: string) {
    super();
  }
}

export class GetJuryTallyQuery extends Query<JuryTallyView | undefined> {
  constructor(readonly campaignId: string) {
    super();
  }
}

export class ListReceiptsQuery extends Query<ReceiptListView | undefined> {
  constructor(
    readonly campaignId: string,
    readonly after: string | undefined,
    readonly limit: number,
  ) {
    super();
  }
}

export class CheckReceiptQuery extends Query<ReceiptCheckView | undefined> {
  constructor(
    readonly campaignId: string,
    readonly receipt: string,
  ) {
    super();
  }
}

/**
 * Every line of a roster import that conflicts with the roster as it stands (a name or reference already there, a
 * candidate of this campaign): reported at once, before the command, which checks again atomically.
 */
export class CheckJurorEntriesQuery extends Query<JurorLineError[]> {
  constructor(
    readonly campaignId: string,
    readonly jurors: readonly JurorEntry[],
  ) {
    super();
  }
}
