import { Query } from '@nestjs/cqrs';

/** A campaign whose certified finalists the parent campaign may take as candidates. */
export interface ChildCampaignView {
  campaignId: string;
  title: string;
  organisationId: string;
  organisationName: string;
  /** How many people its certified result hands on. */
  finalists: number;
  /** Its finalists are already candidates of the parent. */
  adopted: boolean;
}

/** Certified campaigns of the organisations below the parent campaign's organisation. */
export class ListChildCampaignsQuery extends Query<ChildCampaignView[]> {
  constructor(readonly parentCampaignId: string) {
    super();
  }
}
