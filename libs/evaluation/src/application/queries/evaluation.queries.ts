import { Query } from '@nestjs/cqrs';
import type {
  CandidacySheetsView,
  ExpertCandidacyView,
  MissingSheetsView,
  MyAssignmentsView,
  OrganiserCandidacyView,
  PanelOpinionView,
  PanelView,
  ProjectReviewScoresView,
  RaterStatisticsView,
} from './evaluation.views';

/** Who is asking: queries apply the visibility rules (own sheet first, recusal, blind review) themselves. */
export interface Viewer {
  readonly id: string;
  readonly organiser: boolean;
}

/** An expert's own assignments in one campaign, blind while blind review applies. */
export class GetMyAssignmentsQuery extends Query<MyAssignmentsView> {
  constructor(
    readonly campaignId: string,
    readonly expertId: string,
  ) {
    super();
  }
}

/** One candidacy as the evaluation sees it: the organiser everything, an assigned expert a (possibly blind) view. */
export class GetEvaluationCandidacyQuery extends Query<OrganiserCandidacyView | ExpertCandidacyView> {
  constructor(
    readonly campaignId: string,
    readonly candidacyId: string,
    readonly viewer: Viewer,
  ) {
    super();
  }
}

/** The sheets of one candidacy: all for the organiser; for an expert, the others only once she has submitted hers. */
export class GetCandidacySheetsQuery extends Query<CandidacySheetsView> {
  constructor(
    readonly campaignId: string,
    readonly candidacyId: string,
    readonly viewer: Viewer,
  ) {
    super();
  }
}

export class GetPanelQuery extends Query<PanelView> {
  constructor(readonly campaignId: string) {
    super();
  }
}

export class GetMissingSheetsQuery extends Query<MissingSheetsView> {
  constructor(readonly campaignId: string) {
    super();
  }
}

export class GetProjectReviewScoresQuery extends Query<ProjectReviewScoresView> {
  constructor(readonly campaignId: string) {
    super();
  }
}

export class GetRaterStatisticsQuery extends Query<RaterStatisticsView> {
  constructor(
    readonly campaignId: string,
    readonly outlierDistance: string,
  ) {
    super();
  }
}

export class GetPanelOpinionQuery extends Query<PanelOpinionView> {
  constructor(readonly campaignId: string) {
    super();
  }
}
