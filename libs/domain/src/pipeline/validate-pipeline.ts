import type { CampaignConfig } from '../campaign/campaign-config';
import type { CampaignStage } from '../campaign/campaign-stage';
import { invalid } from '../shared/domain-error';
import { dec } from '../shared/score';
import { PIPELINE_TEMPLATES, SCORING_STAGES, SKIPPABLE_STAGE_GROUPS, TEMPLATE_STAGES } from './pipeline-template';

const SKIPPABLE = new Set<CampaignStage>(SKIPPABLE_STAGE_GROUPS.flat());
const TIER_KEY = /^[a-z0-9][a-z0-9-]{0,39}$/;

/**
 * The rules of a campaign's pipeline (DOMAIN.md, "A campaign"): only expert review, the panel opinion or the public
 * vote may be left out, never all scoring; a part left out weighs 0 (the weights of the rest still add up to 100);
 * an honours campaign has at least one award tier, an open selection none. Throws on the first broken rule.
 */
export function validatePipeline(config: CampaignConfig): void {
  const pipeline = config.pipeline;
  if (!pipeline) return;
  if (!PIPELINE_TEMPLATES.includes(pipeline.template)) {
    throw invalid('pipeline.template', `The pipeline template must be one of ${PIPELINE_TEMPLATES.join(', ')}.`, 'pipeline.template');
  }
  const skipped = new Set(pipeline.skippedStages ?? []);
  (pipeline.skippedStages ?? []).forEach((stage, i) => {
    if (!SKIPPABLE.has(stage) || !TEMPLATE_STAGES[pipeline.template].includes(stage)) {
      throw invalid(
        'pipeline.stage-not-skippable',
        `Stage "${stage}" cannot be left out; only expert review, the panel opinion or the public vote can.`,
        `pipeline.skippedStages.${i}`,
        {
          stage,
        },
      );
    }
  });
  if (skipped.has('project-review') && !skipped.has('panel-opinion')) {
    throw invalid(
      'pipeline.skip-expert-review-whole',
      'Project review is left out only together with the panel opinion (the panel grades the projects it reviewed).',
      'pipeline.skippedStages',
    );
  }
  const scoring = Object.keys(SCORING_STAGES) as (keyof typeof SCORING_STAGES)[];
  if (scoring.every((stage) => skipped.has(stage))) {
    throw invalid(
      'pipeline.no-scoring-stage',
      'At least one scoring stage (project review, panel opinion or public vote) must stay.',
      'pipeline.skippedStages',
    );
  }
  for (const stage of scoring) {
    const part = SCORING_STAGES[stage];
    if (skipped.has(stage) && !dec(config.weights[part]).isZero()) {
      throw invalid('pipeline.skipped-stage-weighted', `Stage "${stage}" is left out, so its weight must be 0 (the others add up to 100).`, `weights.${part}`, {
        stage,
      });
    }
  }
  if (pipeline.publication !== undefined && pipeline.publication !== 'ranked' && pipeline.publication !== 'unranked') {
    throw invalid('pipeline.publication', 'The publication is either ranked or unranked.', 'pipeline.publication');
  }
  const tiers = pipeline.awardTiers ?? [];
  if (pipeline.template !== 'honours') {
    if (tiers.length > 0) throw invalid('pipeline.award-tiers-honours-only', 'Only an honours campaign has award tiers.', 'pipeline.awardTiers');
    return;
  }
  if (tiers.length === 0) throw invalid('pipeline.award-tiers-required', 'An honours campaign needs at least one award tier.', 'pipeline.awardTiers');
  const keys = new Set<string>();
  tiers.forEach((tier, i) => {
    if (!TIER_KEY.test(tier.key))
      throw invalid('pipeline.award-tier-key', 'A tier key is lower-case letters, digits and dashes.', `pipeline.awardTiers.${i}.key`);
    if (keys.has(tier.key)) throw invalid('pipeline.award-tier-duplicate-key', `Tier key "${tier.key}" is used twice.`, `pipeline.awardTiers.${i}.key`);
    keys.add(tier.key);
    if (!tier.title?.trim()) throw invalid('pipeline.award-tier-title', 'Each award tier needs a title.', `pipeline.awardTiers.${i}.title`);
    if (!Number.isInteger(tier.size) || tier.size < 1) {
      throw invalid('pipeline.award-tier-size', `Tier "${tier.title}" must have a whole number of places of at least 1.`, `pipeline.awardTiers.${i}.size`, {
        tier: tier.title,
      });
    }
  });
}
