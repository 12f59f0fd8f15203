import type { CampaignConfig } from '../campaign/campaign-config';

/**
 * Sensible defaults for an honours campaign (e.g. a city's 十佳家庭): nomination, a public vote by approval, inspection,
 * two tiers of ten published in no particular order; expert review left out, so the public vote weighs 100.
 */
export const HONOURS_TEMPLATE_CONFIG: Partial<CampaignConfig> = {
  pipeline: {
    template: 'honours',
    skippedStages: ['project-review', 'panel-opinion'],
    awardTiers: [
      { key: 'winner', title: '十佳', size: 10 },
      { key: 'nominee', title: '提名奖', size: 10 },
    ],
    publication: 'unranked',
  },
  weights: { projectReview: '0', panelOpinion: '0', jury: '100' },
  juryMode: 'approval',
  approvalLimit: 10,
  competitiveMarginPercent: 0,
};
