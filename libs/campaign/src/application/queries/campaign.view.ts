import {
  allowedIn,
  type CampaignConfig,
  type CampaignStage,
  campaignStages,
  DEADLINE_STAGES,
  type ExtendableDeadline,
  extendableDeadlinesIn,
  nextStage,
  type StageActivity,
  type StageDefinition,
  stageDefinitions,
  withdrawalAfterCandidacyOpenIn,
} from '@app/domain';
import type { CampaignOrmEntity, DeadlineExtensionRecord } from '../../infrastructure/campaign.orm-entity';

/** A campaign as the API shows it. */
export interface CampaignView {
  id: string;
  title: string;
  organisingBody: string;
  organisationId: string | null;
  stage: CampaignStage;
  nextStage: CampaignStage | null;
  /** What its stage allows (GET /stages has every stage's): the web UI shows and hides by this, not by stage. */
  allows: StageActivity[];
  /** The campaign's own stages in order (its pipeline's, less those it leaves out), as GET /stages gives them. */
  stages: StageDefinition[];
  config: CampaignConfig;
  /** The template (key) or past campaign (id) its configuration started from; null when entered from scratch. */
  origin: { template?: string; clonedFrom?: string } | null;
  /** Deadlines extended while it ran, oldest first, each with its reason. */
  deadlineExtensions: DeadlineExtensionRecord[];
  /** The deadlines its stage still lets the organiser extend (POST /campaigns/:id/timeline/extend). */
  extendableDeadlines: ExtendableDeadline[];
  /** Whether a qualified candidate may still withdraw, candidacy having closed (POST /candidacies/:id/withdraw). */
  qualifiedCandidatesMayWithdraw: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export const toCampaignView = (row: CampaignOrmEntity): CampaignView => {
  const stages = campaignStages(row.config);
  return {
    id: row.id,
    title: row.title,
    organisingBody: row.organisingBody,
    organisationId: row.organisationId,
    stage: row.stage,
    nextStage: nextStage(row.stage, stages) ?? null,
    allows: allowedIn(row.stage, stages),
    stages: stageDefinitions(stages),
    config: row.config,
    origin: row.origin ? { ...row.origin } : null,
    deadlineExtensions: row.deadlineExtensions ?? [],
    // A deadline of a stage the campaign leaves out is never shown as one to extend.
    extendableDeadlines: extendableDeadlinesIn(row.stage).filter((d) => stages.includes(DEADLINE_STAGES[d])),
    qualifiedCandidatesMayWithdraw: withdrawalAfterCandidacyOpenIn(row.stage),
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
};
