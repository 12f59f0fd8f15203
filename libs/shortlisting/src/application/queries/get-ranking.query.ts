import { Query } from '@nestjs/cqrs';
import type { MissingRankingPart } from '@app/domain';

export interface RankingRowView {
  rank: number;
  candidacyId: string;
  name: string;
  grassrootsFrontline: boolean;
  employment: string;
  projectReview: string;
  panelPoints: string;
  panelGrade: string | null;
  jury: string;
  composite: string;
  decidedBy: string | null;
  missingParts: string[];
}

export interface RankingView {
  campaignId: string;
  frozen: boolean;
  weights: { projectReview: string; panelOpinion: string; jury: string };
  lines: RankingRowView[];
  /** What keeps the ranking from being frozen (a weighted part with no result); empty when it may be frozen, or is. */
  freezeBlockers: MissingRankingPart[];
}

/** The ranking as it stands: live (recomputed as parts change) until frozen. */
export class GetRankingQuery extends Query<RankingView> {
  constructor(readonly campaignId: string) {
    super();
  }
}
