import { Query } from '@nestjs/cqrs';

export interface ShortlistView {
  campaignId: string;
  size: number;
  closed: boolean;
  swaps: unknown[];
  unmetQuotas: unknown[];
  members: {
    candidacyId: string;
    name: string;
    rank: number;
    via: string;
    status: string;
    inspectionResult: string | null;
    findings: string | null;
    grassrootsFrontline: boolean;
  }[];
}

export class GetShortlistQuery extends Query<ShortlistView | undefined> {
  constructor(readonly campaignId: string) {
    super();
  }
}
