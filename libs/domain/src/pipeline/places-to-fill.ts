import type { CampaignConfig } from '../campaign/campaign-config';
import { awardPlaces } from './award-tiers';
import { isHonours } from './campaign-stages-of';

/** The seats of an open selection's positions, or the places of an honours campaign's award tiers. */
export const placesToFill = (config: Pick<CampaignConfig, 'pipeline' | 'positions'>): number =>
  isHonours(config) ? awardPlaces(config.pipeline?.awardTiers ?? []) : config.positions.reduce((n, p) => n + p.seats, 0);
