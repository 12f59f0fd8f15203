import { thrownDomainError } from '../shared/domain-error.testing';
import { DEFAULT_REVIEW_RUBRIC, RubricCriterion, rubricMaxTotal, validateRubric } from './rubric';

describe('rubric', () => {
  it('the default rubric is valid and its maxima sum to 100', () => {
    const exact = validateRubric(DEFAULT_REVIEW_RUBRIC);
    expect(exact.map((c) => [c.key, c.max.toString(), c.step.toString()])).toEqual([
      ['needs-fit', '30', '0.5'],
      ['feasibility', '25', '0.5'],
      ['innovation', '20', '0.5'],
      ['sustainability', '15', '0.5'],
      ['presentation', '10', '0.5'],
    ]);
    expect(rubricMaxTotal(DEFAULT_REVIEW_RUBRIC).toString()).toBe('100');
  });

  it('accepts decimal text and numbers that are exact in decimal', () => {
    expect(() => validateRubric([{ key: 'a', title: 'A', max: '2.5', step: '0.5' }])).not.toThrow();
    // 0.3 / 0.1 is not whole in binary floats; in decimal it is.
    expect(() => validateRubric([{ key: 'a', title: 'A', max: 0.3, step: 0.1 }])).not.toThrow();
  });

  const c = (over: Partial<RubricCriterion>): RubricCriterion => ({ key: 'k', title: 'T', max: 10, step: 1, ...over });

  it.each<[string, RubricCriterion[], string, string]>([
    ['empty', [], 'rubric.empty', 'rubric'],
    ['duplicate key', [c({ key: 'a' }), c({ key: 'a' })], 'rubric.duplicate-key', 'rubric.1.key'],
    ['blank key', [c({ key: ' ' })], 'rubric.key', 'rubric.0.key'],
    ['max zero', [c({ max: 0 })], 'rubric.max', 'rubric.0.max'],
    ['max negative', [c({ max: '-5' })], 'rubric.max', 'rubric.0.max'],
    ['max not a number', [c({ max: 'ten' })], 'rubric.max', 'rubric.0.max'],
    ['max infinite', [c({ max: Infinity })], 'rubric.max', 'rubric.0.max'],
    ['step zero', [c({ step: 0 })], 'rubric.step', 'rubric.0.step'],
    ['step negative', [c({ step: -0.5 })], 'rubric.step', 'rubric.0.step'],
    ['max not a multiple of step', [c({ key: 'a' }), c({ key: 'b', max: 10, step: 3 })], 'rubric.max-not-multiple-of-step', 'rubric.1.step'],
  ])('refuses %s', (_, criteria, code, field) => {
    const err = thrownDomainError(() => validateRubric(criteria));
    expect(err).toMatchObject({ kind: 'invalid', code, field });
  });
});
