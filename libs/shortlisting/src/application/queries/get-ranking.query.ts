import { Query } from '@nestjs/cqrs';

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
}

/** The ranking as it stands: live (recomputed as parts change) until frozen. */
export class GetRankingQuery extends Query<RankingView> {
  constructor(readonly campaignId: string) {
    super();
  }
}
