import { DEFAULT_REVIEW_RUBRIC, type RubricCriterion, validateRubric } from '../evaluation/rubric';
import { validateQuota } from '../quotas/quota-check';
import { validateAttributeDefinitions } from '../quotas/candidate-attribute-definitions';
import { validateBodies, validateQuotaBody } from '../quotas/body-quotas';
import { validateWeights } from '../ranking/score-weights';
import { type NominationRules, validateNominationRules } from '../candidacy/nomination';
import { DomainError, invalid } from '../shared/domain-error';
import type { PipelineConfig } from '../pipeline/pipeline-template';
import { validatePipeline } from '../pipeline/validate-pipeline';

export interface Position {
  readonly key: string;
  readonly title: string;
  readonly seats: number;
}

/** Percentages with at most 2 decimals, kept as text so that no float ever touches them. */
export interface WeightsConfig {
  readonly projectReview: string;
  readonly panelOpinion: string;
  readonly jury: string;
}

export type JuryMode = 'score' | 'approval';

export interface QuotaRule {
  /** A candidate attribute, e.g. grassrootsFrontline (boolean) or employment (= value). */
  readonly attribute: string;
  /** The value that counts towards the quota, e.g. 'full-time'; true when left out (boolean attributes). */
  readonly equals?: string | boolean;
  readonly minSharePercent?: number;
  readonly maxSharePercent?: number;
  readonly appliesTo: 'shortlist' | 'elected';
  /**
   * With appliesTo 'elected': the governing body (`CampaignConfig.bodies`) whose composition the quota is checked
   * on — the people elected to its positions plus its sitting members. Left out: the whole elected set, as before.
   */
  readonly body?: string;
}

/** Sitting members of a governing body who are not up for election, as attribute records (never names). */
export interface SittingMembers {
  readonly count: number;
  readonly attributes: Readonly<Record<string, string | boolean>>;
}

/** A governing body (e.g. the standing committee) whose composition quotas are checked on (DOMAIN.md stage 9). */
export interface GoverningBody {
  readonly key: string;
  readonly title: string;
  /** The campaign's positions whose elected people join this body. */
  readonly positionKeys: readonly string[];
  readonly sittingMembers?: readonly SittingMembers[];
}

/** An extra candidate attribute a quota may count (sector, age band, non-party, ethnic minority, 台胞 …). */
export interface AttributeDefinition {
  readonly key: string;
  readonly label: string;
  readonly kind: 'boolean' | 'choice';
  /** kind 'choice': the values a candidate may give. */
  readonly choices?: readonly string[];
}

export interface CampaignTimeline {
  readonly candidacyOpensAt?: string;
  readonly candidacyClosesAt?: string;
  readonly juryClosesAt?: string;
  /** Experts with sheets still to submit get a reminder before it (issue 17); nothing closes by itself. */
  readonly projectReviewClosesAt?: string;
  readonly congressAt?: string;
}

export interface CampaignConfig {
  readonly title: string;
  readonly organisingBody: string;
  readonly positions: readonly Position[];
  readonly weights: WeightsConfig;
  readonly rubric: readonly RubricCriterion[];
  readonly juryMode: JuryMode;
  /** In approval mode: the most candidates a juror may approve. */
  readonly approvalLimit?: number;
  readonly competitiveMarginPercent: number;
  readonly quotas: readonly QuotaRule[];
  readonly timeline: CampaignTimeline;
  readonly blindReview: boolean;
  /** Working days of the publicity period (公示期) after results are published; default 5. */
  readonly publicityWorkingDays?: number;
  /** Days personal data is kept after certification before it may be erased; DEFAULT_RETENTION_DAYS when left out. */
  readonly retentionDays?: number;
  /** Governing bodies quotas may be checked on; left out = quotas on the whole elected set only. */
  readonly bodies?: readonly GoverningBody[];
  /** Extra attributes candidates give (in clear, like the other quota attributes) and quotas may count. */
  readonly candidateAttributes?: readonly AttributeDefinition[];
  /** Which pipeline the campaign runs (open selection or honours) and what it leaves out; an open selection when absent. */
  readonly pipeline?: PipelineConfig;
  /** Which nomination channels are open and how many names a joint nomination needs; absent: all, 5 (nomination.ts). */
  readonly nomination?: NominationRules;
}

/** What makes two quota rows the same quota: who counts (attribute and value, true when left out) and for which body. */
export const quotaIdentity = (q: Pick<QuotaRule, 'attribute' | 'equals' | 'appliesTo' | 'body'>): string =>
  JSON.stringify([q.attribute, q.equals ?? true, q.appliesTo, ...(q.body !== undefined ? [q.body] : [])]);

export const DEFAULT_WEIGHTS_CONFIG: WeightsConfig = { projectReview: '40', panelOpinion: '30', jury: '30' };

export const DEFAULT_COMPETITIVE_MARGIN_PERCENT = 20;

/** Fills in the documented defaults for anything the organiser left out. */
export function withDefaults(input: Partial<CampaignConfig> & Pick<CampaignConfig, 'title' | 'organisingBody' | 'positions'>): CampaignConfig {
  return {
    title: input.title,
    organisingBody: input.organisingBody,
    positions: input.positions,
    weights: input.weights ?? DEFAULT_WEIGHTS_CONFIG,
    rubric: input.rubric ?? DEFAULT_REVIEW_RUBRIC,
    juryMode: input.juryMode ?? 'score',
    approvalLimit: input.approvalLimit,
    competitiveMarginPercent: input.competitiveMarginPercent ?? DEFAULT_COMPETITIVE_MARGIN_PERCENT,
    quotas: input.quotas ?? [],
    timeline: input.timeline ?? {},
    blindReview: input.blindReview ?? false,
    publicityWorkingDays: input.publicityWorkingDays ?? 5,
    // Left out rather than defaulted, so that configurations recorded before it existed read the same.
    ...(input.retentionDays !== undefined ? { retentionDays: input.retentionDays } : {}),
    ...(input.bodies !== undefined ? { bodies: input.bodies } : {}),
    ...(input.candidateAttributes !== undefined ? { candidateAttributes: input.candidateAttributes } : {}),
    ...(input.pipeline !== undefined ? { pipeline: input.pipeline } : {}),
    ...(input.nomination !== undefined ? { nomination: input.nomination } : {}),
  };
}

/** The rules a configuration must obey whatever the organiser chooses. Throws on the first broken rule. */
export function validateCampaignConfig(config: CampaignConfig): void {
  if (config.positions.length === 0) throw invalid('positions.empty', 'A campaign needs at least one position.', 'positions');
  const keys = new Set<string>();
  config.positions.forEach((p, i) => {
    if (keys.has(p.key)) throw invalid('positions.duplicate-key', `Position key "${p.key}" is used twice.`, `positions.${i}.key`);
    keys.add(p.key);
    if (!Number.isInteger(p.seats) || p.seats < 1) {
      throw invalid('positions.seats', `Position "${p.key}" must have a whole number of seats of at least 1.`, `positions.${i}.seats`);
    }
  });

  validateWeights(config.weights);
  validatePipeline(config);
  validateRubric(config.rubric);

  if (config.juryMode === 'approval' && (config.approvalLimit === undefined || config.approvalLimit < 1)) {
    throw invalid('jury.approval-limit', 'In approval mode the jury needs an approval limit K of at least 1.', 'approvalLimit');
  }
  if (config.competitiveMarginPercent < 0) {
    throw invalid('margin.negative', 'The competitive margin cannot be negative.', 'competitiveMarginPercent');
  }
  validateAttributeDefinitions(config.candidateAttributes ?? []);
  validateBodies(config);
  const quotaRows = new Map<string, number>();
  config.quotas.forEach((q, i) => {
    try {
      validateQuota(q);
    } catch (err) {
      if (err instanceof DomainError) throw invalid(err.code, `Quota ${i + 1}: ${err.message}`, `quotas.${i}`);
      throw err;
    }
    // Two rows for the same people and body would be checked one after the other, the stricter silently winning:
    // one row holds both bounds.
    const key = quotaIdentity(q);
    const first = quotaRows.get(key);
    if (first !== undefined) {
      throw invalid(
        'quota.duplicate',
        `Quota ${i + 1} repeats quota ${first + 1} (${q.attribute} = ${String(q.equals ?? true)}, ${q.appliesTo}): put the minimum and maximum in one quota.`,
        `quotas.${i}.attribute`,
        { row: i + 1, firstRow: first + 1 },
      );
    }
    quotaRows.set(key, i);
    validateQuotaBody(config, q, i);
  });
  validateNominationRules(config.nomination);
  const { candidacyOpensAt, candidacyClosesAt } = config.timeline;
  if (candidacyOpensAt && candidacyClosesAt && new Date(candidacyClosesAt) <= new Date(candidacyOpensAt)) {
    throw invalid('timeline.order', 'Candidacy must close after it opens.', 'timeline.candidacyClosesAt');
  }
}
