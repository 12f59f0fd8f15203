import Decimal from 'decimal.js';
import { isMultipleOf, sum } from '../shared/score';
import { invalid } from '../shared/domain-error';
import { parseFiniteDecimal } from './parse-decimal';

/**
 * One line of the project-review rubric. `max` and `step` accept text so that a configuration stored as JSON
 * never passes through a binary float (e.g. "0.1" stays exactly one tenth).
 */
export interface RubricCriterion {
  readonly key: string;
  readonly title: string;
  readonly max: number | string;
  readonly step: number | string;
}

/**
 * The documented default rubric (DOMAIN.md stage 4). Named DEFAULT_REVIEW_RUBRIC rather than DEFAULT_RUBRIC
 * so that the domain barrel can re-export it next to the campaign configuration's constant without a clash.
 */
export const DEFAULT_REVIEW_RUBRIC: readonly RubricCriterion[] = Object.freeze([
  { key: 'needs-fit', title: '契合妇女群众需求 Needs fit', max: '30', step: '0.5' },
  { key: 'feasibility', title: '可行性 Feasibility', max: '25', step: '0.5' },
  { key: 'innovation', title: '创新性 Innovation', max: '20', step: '0.5' },
  { key: 'sustainability', title: '可持续性 Sustainability', max: '15', step: '0.5' },
  { key: 'presentation', title: '陈述答辩 Presentation', max: '10', step: '0.5' },
]);

/** A criterion whose numbers have been checked and made exact, so callers never re-parse them. */
export interface ExactCriterion {
  readonly key: string;
  readonly title: string;
  readonly max: Decimal;
  readonly step: Decimal;
}

/**
 * Checks the rules every rubric obeys whatever the organiser chooses, and returns its exact form.
 * Throws on the first broken rule; field paths follow the campaign configuration (`rubric.<index>.<field>`)
 * so a form can highlight the offending input.
 */
export function validateRubric(criteria: readonly RubricCriterion[]): readonly ExactCriterion[] {
  if (criteria.length === 0) throw invalid('rubric.empty', 'The rubric needs at least one criterion.', 'rubric');
  const seen = new Set<string>();
  return criteria.map((c, i) => {
    if (typeof c.key !== 'string' || c.key.trim() === '') {
      throw invalid('rubric.key', `Criterion ${i + 1} needs a key.`, `rubric.${i}.key`);
    }
    if (seen.has(c.key)) throw invalid('rubric.duplicate-key', `Criterion key "${c.key}" is used twice.`, `rubric.${i}.key`);
    seen.add(c.key);
    const max = parseFiniteDecimal(c.max, 'rubric.max', `Criterion "${c.key}" needs a numeric maximum.`, `rubric.${i}.max`);
    const step = parseFiniteDecimal(c.step, 'rubric.step', `Criterion "${c.key}" needs a numeric step.`, `rubric.${i}.step`);
    if (!max.greaterThan(0)) throw invalid('rubric.max', `Criterion "${c.key}" needs a maximum above 0.`, `rubric.${i}.max`);
    if (!step.greaterThan(0)) throw invalid('rubric.step', `Criterion "${c.key}" needs a step above 0.`, `rubric.${i}.step`);
    // Otherwise the maximum itself could never be awarded, and a full-marks sheet would be rejected.
    if (!isMultipleOf(max, step)) {
      throw invalid(
        'rubric.max-not-multiple-of-step',
        `Criterion "${c.key}": maximum ${max.toString()} is not a multiple of step ${step.toString()}.`,
        `rubric.${i}.step`,
      );
    }
    return { key: c.key, title: c.title, max, step };
  });
}

/** The highest sheet total the rubric allows; the scale a project review score is normalised from. */
export function rubricMaxTotal(criteria: readonly RubricCriterion[]): Decimal {
  return sum(validateRubric(criteria).map((c) => c.max));
}
