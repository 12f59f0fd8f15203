import { conflict, notFound } from '../shared/domain-error';
import type { DomainEvent } from '../shared/domain-event';
import { type Fold, foldHistory, immutableFold } from '../shared/fold';
import { type CampaignConfig, validateCampaignConfig } from './campaign-config';
import type { CampaignEvent, CampaignOrigin, CampaignStageAdvanced, DraftCampaignDiscarded } from './campaign-events';
import { assertCanAdvance, type CampaignStage } from './campaign-stage';
import { stageEntry } from './stage-definitions';
import { campaignStages } from '../pipeline/campaign-stages-of';

/** What the rules need to know about a campaign, folded from its events. */
export interface CampaignState {
  readonly id: string;
  readonly config: CampaignConfig;
  readonly stage: CampaignStage;
  /** A discarded draft keeps its history but no command may act on it again. */
  readonly discarded?: boolean;
}

export function evolveCampaign(state: CampaignState | undefined, event: DomainEvent): CampaignState | undefined {
  const e = event as CampaignEvent;
  switch (e.type) {
    case 'CampaignCreated':
      return { id: e.payload.campaignId, config: e.payload.config, stage: 'draft' };
    case 'CampaignReconfigured':
      return state && { ...state, config: e.payload.config };
    case 'CampaignStageAdvanced':
      return state && { ...state, stage: e.payload.to };
    case 'DraftCampaignDiscarded':
      return state && { ...state, discarded: true };
    case 'DeadlineExtended':
      return state && { ...state, config: { ...state.config, timeline: { ...state.config.timeline, [e.payload.deadline]: e.payload.to } } };
    default:
      return state;
  }
}

export const CAMPAIGN_FOLD: Fold<CampaignState | undefined> = immutableFold('campaign', 1, () => undefined, evolveCampaign);

export const foldCampaign = (history: readonly DomainEvent[]): CampaignState | undefined => foldHistory(CAMPAIGN_FOLD, history);

export function requireCampaign(state: CampaignState | undefined, campaignId: string): CampaignState {
  if (!state) throw notFound('campaign.not-found', `Campaign ${campaignId} does not exist.`);
  if (state.discarded) throw notFound('campaign.discarded', `Campaign ${campaignId} was a draft and has been discarded.`);
  return state;
}

export function createCampaign(
  existing: CampaignState | undefined,
  campaignId: string,
  config: CampaignConfig,
  organisationId?: string,
  origin?: CampaignOrigin,
): CampaignEvent[] {
  if (existing) throw conflict('campaign.exists', `Campaign ${campaignId} already exists.`);
  validateCampaignConfig(config);
  const recordedOrigin = origin && (origin.template || origin.clonedFrom) ? { origin } : {};
  return [{ type: 'CampaignCreated', payload: { campaignId, config, ...(organisationId ? { organisationId } : {}), ...recordedOrigin } }];
}

/** Configuration may change freely in draft and never after (DOMAIN.md: stage 1). */
export function reconfigureCampaign(state: CampaignState, config: CampaignConfig): CampaignEvent[] {
  if (state.stage !== 'draft') {
    throw conflict('campaign.not-draft', `The configuration can only change in draft; the campaign is in stage "${state.stage}".`, undefined, {
      stage: state.stage,
    });
  }
  validateCampaignConfig(config);
  return [{ type: 'CampaignReconfigured', payload: { campaignId: state.id, config } }];
}

/**
 * A draft nobody will run (a test, a duplicate, a false start) is discarded: it leaves every list, and its history
 * keeps who discarded it and when. Once candidacy has opened, people have acted on the campaign: never discarded.
 */
export function discardDraftCampaign(state: CampaignState, reason?: string): DraftCampaignDiscarded[] {
  if (state.stage !== 'draft') {
    throw conflict('campaign.not-draft', `Only a draft can be discarded; the campaign is in stage "${state.stage}".`);
  }
  return [{ type: 'DraftCampaignDiscarded', payload: { campaignId: state.id, ...(reason ? { reason } : {}) } }];
}

/**
 * Stages entered only through the command that does the work of the stage before (checks completeness, records
 * results), never by a bare transition.
 */
export function advanceCampaignStage(state: CampaignState, to: CampaignStage, reason?: string): CampaignStageAdvanced[] {
  const stages = campaignStages(state.config);
  const { path, bareTransitionRefusal: refusal } = stageEntry(to, stages);
  if (refusal) throw conflict(refusal.code, `The campaign enters stage "${to}" only through POST ${path}, which ${refusal.checks}.`);
  assertCanAdvance(state.stage, to, stages);
  return [{ type: 'CampaignStageAdvanced', payload: { campaignId: state.id, from: state.stage, to, reason } }];
}
