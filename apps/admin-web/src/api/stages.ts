import { campaignsApi } from './campaigns';
import { command } from './client';
import { evaluationApi } from './evaluation';
import type { CampaignStage } from './types';

/**
 * How the organiser enters each stage. Most are a plain transition; a few are entered only through the command
 * that finishes the stage before (it checks completeness and records results), e.g. closing project review.
 */
const DEDICATED: Partial<Record<CampaignStage, (campaignId: string, reason?: string) => Promise<unknown>>> = {
  'panel-opinion': (id, reason) => evaluationApi.closeProjectReview(id, reason),
  inspection: (id) => command('POST', `/campaigns/${id}/ranking/freeze`, {}),
  election: (id) => command('POST', `/campaigns/${id}/inspection/close`, {}),
  publicity: (id) => command('POST', `/campaigns/${id}/results/publish`, {}),
  certified: (id) => command('POST', `/campaigns/${id}/results/certify`, {}),
};

export function enterStage(campaignId: string, to: CampaignStage, reason?: string): Promise<unknown> {
  const dedicated = DEDICATED[to];
  return dedicated ? dedicated(campaignId, reason) : campaignsApi.advance(campaignId, to, reason);
}
