import { Query } from '@nestjs/cqrs';
import type { QuotaSwap, QuotaViolation } from '@app/domain';

export interface ShortlistView {
  campaignId: string;
  size: number;
  closed: boolean;
  swaps: QuotaSwap[];
  unmetQuotas: QuotaViolation[];
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
