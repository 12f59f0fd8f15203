import Decimal from 'decimal.js';
import { isMultipleOf, sum } from '../shared/score';
import { invalid } from '../shared/domain-error';
import { parseFiniteDecimal } from './parse-decimal';
import { RubricCriterion, validateRubric } from './rubric';

/** Scores keyed by criterion, exact; what a validated sheet stores and what its total is taken from. */
export type ExactScores = Readonly<Record<string, Decimal>>;

export interface SheetValidationOptions {
  /**
   * True on submit: every criterion must be scored. False for a saved draft, which an expert fills in over
   * several sittings; each score present is still checked so that a draft never holds a value submit would refuse.
   */
  readonly requireComplete: boolean;
}

/**
 * Checks one expert's scores against the rubric and returns them as exact decimals.
 * Throws a DomainError (kind 'invalid') on the first broken rule; its code names the rule and its message
 * and field name the criterion, so the expert's form can point at the offending box.
 * Unknown keys are reported before missing ones: a misspelt key shows up as "unknown", which is the real cause.
 */
export function validateSheetScores(
  rubric: readonly RubricCriterion[],
  scores: Readonly<Record<string, string | number>>,
  options: SheetValidationOptions = { requireComplete: true },
): ExactScores {
  const criteria = validateRubric(rubric);
  // A Map, not the scores object, answers "is this a criterion?" so that keys like "constructor" or
  // "__proto__" are never mistaken for criteria through the prototype chain.
  const byKey = new Map(criteria.map((c) => [c.key, c]));
  const given = Object.keys(scores);

  for (const key of given) {
    if (!byKey.has(key)) throw invalid('score.unknown-criterion', `"${key}" is not a criterion of this rubric.`, `scores.${key}`, { criterion: key });
  }

  const entries: [string, Decimal][] = [];
  for (const criterion of criteria) {
    const { key, title, max, step } = criterion;
    if (!Object.prototype.hasOwnProperty.call(scores, key) || scores[key] === undefined || scores[key] === null) {
      if (options.requireComplete) {
        throw invalid('score.missing-criterion', `Criterion "${title}" has no score; every criterion must be scored before submitting.`, `scores.${key}`, {
          criterion: title,
        });
      }
      continue;
    }
    const value = parseFiniteDecimal(scores[key], 'score.not-a-number', `The score for "${title}" is not a number.`, `scores.${key}`, { criterion: title });
    if (value.lessThan(0) || value.greaterThan(max)) {
      throw invalid('score.out-of-range', `The score for "${title}" must be between 0 and ${max.toString()}; got ${value.toString()}.`, `scores.${key}`, {
        criterion: title,
        max: max.toString(),
        score: value.toString(),
      });
    }
    if (!isMultipleOf(value, step)) {
      throw invalid('score.wrong-step', `The score for "${title}" must be a multiple of ${step.toString()}; got ${value.toString()}.`, `scores.${key}`, {
        criterion: title,
        step: step.toString(),
        score: value.toString(),
      });
    }
    entries.push([key, value]);
  }
  // fromEntries defines own properties, so even an odd criterion key cannot reach the prototype.
  return Object.freeze(Object.fromEntries(entries));
}

/** The exact total of a sheet; no rounding, since totals feed the trimmed mean and only the part score is rounded. */
export function sheetTotal(scores: ExactScores): Decimal {
  return sum(Object.values(scores));
}
