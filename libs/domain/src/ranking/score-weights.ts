import Decimal from 'decimal.js';
import { dec, DecimalInput, sum } from '../shared/score';
import { invalid } from '../shared/domain-error';

/**
 * The weights of the three part scores (三方成绩) in the composite, as percentages.
 *
 * Weights are percentages with at most 2 decimal places (e.g. 33.34) so that a weight times a 2-dp part score
 * has at most 4 decimal places and the composite can be compared exactly. They must sum to exactly 100
 * (always, per the domain rules) — otherwise a composite would not stay on the 0–100 scale of the parts.
 */
export interface ScoreWeights {
  readonly projectReview: Decimal;
  readonly panelOpinion: Decimal;
  readonly jury: Decimal;
}

/** Weights as an organiser enters them: decimal strings or numbers (numbers are read through their decimal text). */
export interface ScoreWeightsInput {
  readonly projectReview: DecimalInput;
  readonly panelOpinion: DecimalInput;
  readonly jury: DecimalInput;
}

export const WEIGHT_PARTS = ['projectReview', 'panelOpinion', 'jury'] as const;
export type WeightPart = (typeof WEIGHT_PARTS)[number];

/** The documented default: project review 40%, expert panel 30%, jury 30%. */
export const DEFAULT_WEIGHTS: ScoreWeights = Object.freeze({
  projectReview: dec(40),
  panelOpinion: dec(30),
  jury: dec(30),
});

const parseWeight = (part: WeightPart, value: unknown): Decimal => {
  if (!(typeof value === 'string' || typeof value === 'number' || Decimal.isDecimal(value))) {
    throw invalid('weights.not-a-number', `Weight ${part} must be a decimal number`, `weights.${part}`);
  }
  let weight: Decimal;
  try {
    weight = dec(value as DecimalInput);
  } catch {
    throw invalid('weights.not-a-number', `Weight ${part} must be a decimal number`, `weights.${part}`);
  }
  if (!weight.isFinite()) {
    throw invalid('weights.not-a-number', `Weight ${part} must be a finite number`, `weights.${part}`);
  }
  if (weight.isNegative() || weight.gt(100)) {
    throw invalid('weights.out-of-range', `Weight ${part} must be between 0 and 100`, `weights.${part}`);
  }
  // More than 2 decimals would push the composite beyond the 4 decimal places we promise to publish exactly.
  if (weight.decimalPlaces() > 2) {
    throw invalid('weights.too-precise', `Weight ${part} may have at most 2 decimal places`, `weights.${part}`);
  }
  // Normalise -0 to 0 so that equal weights print equally.
  return weight.isZero() ? dec(0) : weight;
};

/**
 * Parses and checks weights: each 0..100 with ≤ 2 decimals, and the three summing to exactly 100.
 * Throws DomainError (kind 'invalid'); the sum error has code 'weights.sum-not-100' and field 'weights'.
 */
export const validateWeights = (input: ScoreWeightsInput): ScoreWeights => {
  if (input === null || typeof input !== 'object') {
    throw invalid('weights.missing', 'Weights are required', 'weights');
  }
  const weights: ScoreWeights = {
    projectReview: parseWeight('projectReview', input.projectReview),
    panelOpinion: parseWeight('panelOpinion', input.panelOpinion),
    jury: parseWeight('jury', input.jury),
  };
  const total = sum(WEIGHT_PARTS.map((p) => weights[p]));
  if (!total.eq(100)) {
    throw invalid('weights.sum-not-100', `Weights must sum to exactly 100, got ${total.toString()}`, 'weights');
  }
  return Object.freeze(weights);
};
